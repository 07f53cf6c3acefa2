/**
 * The analyzer: one pure, synchronous function from a validated request to an analysis.
 * (Placeholder body while the checks are being written; the contract is final.)
 */
import type { Analysis, NoteRequest } from '../schema';
import { limitFor } from '../schema';

/** Analyzes one note. Never throws; the same request always gives the same analysis. */
export function analyze(request: NoteRequest): Analysis {
  const note = request.note;
  return {
    score: 0,
    verdict: 'weak',
    stats: { characters: note.length, words: 0, sentences: 0, limit: limitFor(request.plan) },
    checks: (['length', 'intent', 'shared-ground', 'specific-praise', 'red-flags'] as const).map((id) => ({
      id,
      status: 'fail' as const,
      message: 'Not analyzed yet.',
      findings: [],
    })),
  };
}
