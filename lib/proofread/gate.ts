/**
 * The rewrite's proofreading gate (SPEC "Proofreading"): no variant may carry a slip its draft did
 * not have. A slip is compared by rule and text (`spelling` + "becuase"), not by position, since a
 * rewrite moves text around. When the checker is unavailable, variants pass through unchanged.
 */
import type { NoteRequest, ProofreadFinding, RewriteResult } from '@/lib/schema';
import { proofread, type ProofreadOptions } from './index';

const slipKey = (f: ProofreadFinding) => `${f.ruleId}\u0000${f.actual}`;

/** The rewrite result without the variants that add a proofreading finding to the draft's. */
export async function gateRewrite(request: NoteRequest, result: RewriteResult, options: ProofreadOptions = {}): Promise<RewriteResult> {
  if (result.variants.length === 0) return result;
  const draft = await proofread(request, options);
  if (!draft.ok) return result;
  const known = new Set(draft.result.findings.map(slipKey));
  const variants = [];
  for (const variant of result.variants) {
    const checked = await proofread({ ...request, note: variant.text }, options);
    if (!checked.ok) return result;
    if (checked.result.findings.every((f) => known.has(slipKey(f)))) variants.push(variant);
  }
  return { ...result, variants };
}
