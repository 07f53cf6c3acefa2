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
  // The draft and every variant at once: they wait for the checker together, not one after another.
  const [draft, ...checked] = await Promise.all([request, ...result.variants.map((v) => ({ ...request, note: v.text }))].map((r) => proofread(r, options)));
  if (!draft?.ok || checked.some((c) => !c.ok)) return result;
  const known = new Set(draft.result.findings.map(slipKey));
  const variants = result.variants.filter((_, i) => {
    const outcome = checked[i];
    return outcome?.ok === true && outcome.result.findings.every((f) => known.has(slipKey(f)));
  });
  return { ...result, variants };
}
