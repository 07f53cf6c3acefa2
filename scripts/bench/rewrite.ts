/**
 * The rewrite engine's time per note: `rewrite(request)` on the ~300-character notes, after
 * warm-up, in the same process as the analyzer's measure. A rewrite analyzes its draft and every
 * candidate (as written and once filled), so it is measured on its own, against its own budget.
 */
import { rewrite } from '../../lib/rewrite';
import type { NoteRequest } from '../../lib/schema';
import { summarize, type Summary } from './stats';

// Results go here so no engine can decide the work is unused and skip it.
export let rewriteSink: unknown;

/** Times `rewrite` on every note of `requests` for `rounds` rounds after `warmupRounds`. */
export function benchRewrite(requests: readonly NoteRequest[], options: { warmupRounds: number; rounds: number }): Summary {
  const times: number[] = [];
  for (let round = 0; round < options.warmupRounds + options.rounds; round += 1) {
    for (const request of requests) {
      const start = process.hrtime.bigint();
      rewriteSink = rewrite(request);
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (round >= options.warmupRounds) times.push(elapsed);
    }
  }
  return summarize(times);
}
