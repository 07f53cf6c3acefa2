/**
 * The analyzer: one pure, synchronous function from a validated request to an analysis. The note
 * is parsed once and the same document is handed to every check.
 */
import type { Analysis, CheckResult, NoteRequest } from '../schema';
import { limitFor } from '../contract';
import { checkIntent } from './checks/intent';
import { checkLength } from './checks/length';
import { checkRedFlags, findRedFlags } from './checks/red-flags';
import { checkSharedGround } from './checks/shared-ground';
import { checkSpecificPraise } from './checks/specific-praise';
import type { CheckContext } from './context';
import { parseNote } from './document';
import { scoreChecks } from './score';

export { parseNote } from './document';
export { scoreChecks, verdictFor } from './score';

/** Analyzes one note. Never throws; the same request always gives the same analysis. */
export function analyze(request: NoteRequest): Analysis {
  const doc = parseNote(request.note);
  const limit = limitFor(request.plan);
  const base = { doc, request, limit, redFlags: [] };
  const ctx: CheckContext = { ...base, redFlags: findRedFlags(base) };
  const checks: CheckResult[] = [checkLength(ctx), checkIntent(ctx), checkSharedGround(ctx), checkSpecificPraise(ctx), checkRedFlags(ctx)];
  const stats = { characters: request.note.length, words: doc.terms.length, sentences: doc.sentences.length, limit };
  const { score, verdict } = scoreChecks(checks, stats, request.config);
  return { score, verdict, stats, checks };
}
