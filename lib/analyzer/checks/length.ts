/**
 * `length`: one or two sentences, within the plan's limit. Counted as a reader counts: a greeting
 * on its own and a sign-off are not sentences; characters are UTF-16 code units, like LinkedIn's box.
 */
import type { CheckResult, Finding } from '../../schema';
import type { CheckContext } from '../context';
import { ruleFinding } from '../finding';

const WHY = 'LinkedIn refuses notes over the limit, and recipients read one or two sentences; a third is often skipped.';

export function checkLength({ doc, limit, request }: CheckContext): CheckResult {
  const characters = doc.text.length;
  const sentences = doc.sentences.length;
  const plan = request.plan ?? 'premium';
  const findings: Finding[] = [];
  let status: CheckResult['status'] = 'pass';

  if (doc.text.trim() === '') {
    return {
      id: 'length',
      status: 'fail',
      message: 'The note is empty.',
      why: 'Most requests arrive blank; a short personal note is what gets yours accepted.',
      fix: 'Write one or two sentences: why you are reaching out and what you share.',
      findings,
    };
  }
  if (characters > limit) {
    status = 'fail';
    findings.push(ruleFinding(doc.text, 'over-limit', limit, characters, { vars: { n: characters - limit, limit } }));
  }
  if (sentences === 0) {
    status = 'fail';
  } else if (sentences > 2) {
    if (sentences >= 4) status = 'fail';
    else if (status === 'pass') status = 'warn';
    doc.sentences.slice(2).forEach((s, i) => findings.push(ruleFinding(doc.text, 'extra-sentence', s.start, s.end, { vars: { n: i + 3 } })));
  }
  if (status === 'pass') {
    return {
      id: 'length',
      status,
      message: `${sentences} ${sentences === 1 ? 'sentence' : 'sentences'}, ${characters} of ${limit} characters.`,
      why: WHY,
      findings,
    };
  }
  return {
    id: 'length',
    status,
    message:
      sentences === 0
        ? 'Only a greeting so far: add a sentence on why you are writing.'
        : characters > limit
          ? `${characters - limit} characters over the ${plan} limit of ${limit}: LinkedIn will not send it${sentences > 2 ? `, and its ${sentences} sentences are more than a stranger reads` : ''}.`
          : `${sentences} sentences: a stranger reads one or two, so keep the two that say why you write and what you share.`,
    why: WHY,
    fix:
      sentences === 0
        ? 'Add a sentence that says why you are reaching out.'
        : characters > limit
          ? `Cut to ${limit} characters: keep the reason and the shared ground, drop pleasantries.`
          : 'Keep the two sentences that say why you write and what you share; cut the rest.',
    findings,
  };
}
