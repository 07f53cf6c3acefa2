/**
 * The rewrite engine: deterministic variants of a draft that fix what failed (placeholder body
 * while the engine is written; the contract is final — see SPEC "Rewrite contract").
 */
import type { NoteRequest, RewriteResult } from '../schema';

/** Rewrites a validated request into up to three variants. Never throws; deterministic. */
export function rewrite(request: NoteRequest): RewriteResult {
  void request;
  return { variants: [] };
}
