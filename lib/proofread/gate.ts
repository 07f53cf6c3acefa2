/**
 * The rewrite and the proofreader together (SPEC "Proofreading", "Rewrite contract"): the draft is
 * proofread first, its unambiguous slips ("polcy" → "policy", "didn't got" → "didn't get") are
 * fixed in every variant, and no variant may carry a slip the draft did not have. A slip is
 * compared by rule and text (`spelling` + "becuase"), not by position, since a rewrite moves text
 * around. When the checker is unavailable, the rewrite goes on without it.
 */
import { rewrite, type Correction } from '@/lib/rewrite';
import type { NoteRequest, ProofreadFinding, RewriteResult } from '@/lib/schema';
import { proofread, type ProofreadOptions, type ProofreadOutcome } from './index';

const slipKey = (f: ProofreadFinding) => `${f.ruleId}\u0000${f.actual}`;

/** Rules whose first suggestion a coach would apply without asking: the slip has one fix. */
const FIXED_WITHOUT_ASKING: ReadonlySet<string> = new Set(['spelling', 'grammar', 'capitalization', 'punctuation', 'word-choice']);

/**
 * Whether `to` is `from` with one slip undone: a letter left out, added, swapped with its
 * neighbour or mistyped — never the first letter, never a space or an apostrophe put in. Harper
 * suggests real words for words it does not know ("neobanks" → "debanks", "stablecoins" →
 * "stable coins"); those are the sender's to keep.
 */
export function oneSlipApart(from: string, to: string): boolean {
  const a = from.toLowerCase();
  const b = to.toLowerCase();
  if (a === b || a.charAt(0) !== b.charAt(0) || !/^\p{Ll}+$/u.test(b) || !/^\p{L}+$/u.test(a) || a.length < 4) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x === y;
  if (a.length === b.length) return tail(a.slice(i + 1), b.slice(i + 1)) || (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(a.slice(i + 2), b.slice(i + 2)));
  if (a.length + 1 === b.length) return tail(a.slice(i), b.slice(i + 1));
  if (a.length === b.length + 1) return tail(a.slice(i + 1), b.slice(i));
  return false;
}

/**
 * The draft's slips the rewrite fixes: those whose first suggestion is surely meant — a
 * misspelling one slip from the word, a grammar or punctuation slip of a few words. Number
 * agreement ("you guys need" → "guy") and style advice are the sender's to decide.
 */
export function correctionsOf(findings: readonly ProofreadFinding[]): Correction[] {
  const out: Correction[] = [];
  for (const f of findings) {
    const to = f.suggestions[0];
    if (to === undefined || to === '' || !FIXED_WITHOUT_ASKING.has(f.ruleId) || f.actual.split(/\s+/).length > 3) continue;
    if (f.ruleId === 'spelling' && !oneSlipApart(f.actual, to)) continue;
    if (f.ruleId !== 'spelling' && /s$/i.test(f.actual) && f.actual.slice(0, -1).toLowerCase() === to.toLowerCase()) continue;
    // "Co Founder" → "CoFounder": how a compound is spaced is the sender's style, not a slip.
    const bare = (t: string) => t.toLowerCase().replace(/[\s-]/g, '');
    if (f.ruleId !== 'capitalization' && bare(f.actual) === bare(to)) continue;
    out.push({ span: f.span, actual: f.actual, to, ruleId: f.ruleId });
  }
  return out;
}

/** The rewrite result without the variants that add a proofreading finding to the draft's. */
export async function gateRewrite(request: NoteRequest, result: RewriteResult, options: ProofreadOptions = {}, checkedDraft?: ProofreadOutcome): Promise<RewriteResult> {
  if (result.variants.length === 0) return result;
  // The draft and every variant at once: they wait for the checker together, not one after another.
  const [draft, ...checked] = await Promise.all([checkedDraft ?? proofread(request, options), ...result.variants.map((v) => proofread({ ...request, note: v.text }, options))]);
  if (!draft?.ok || checked.some((c) => !c.ok)) return result;
  const known = new Set(draft.result.findings.map(slipKey));
  const variants = result.variants.filter((_, i) => {
    const outcome = checked[i];
    return outcome?.ok === true && outcome.result.findings.every((f) => known.has(slipKey(f)));
  });
  return { ...result, variants };
}

/** Proofreads the draft, rewrites it with its sure slips fixed, and gates the variants: what the API, CLI and reviews serve. */
export async function proofreadRewrite(request: NoteRequest, options: ProofreadOptions = {}): Promise<RewriteResult> {
  const draft = await proofread(request, options);
  const result = rewrite(request, { corrections: draft.ok ? correctionsOf(draft.result.findings) : [] });
  return gateRewrite(request, result, options, draft);
}
