'use client';
/**
 * The loop behind live feedback and live proofreading: asks the server about the request after a
 * short pause in typing (at once for a restored draft), aborts any request a newer one replaced,
 * skips a request whose answer is already shown (typed and undone within the pause), and on a 429
 * waits as long as the server asks before trying again. What a failure shows, and whether it is
 * retried, is each caller's policy.
 */
import { useEffect, useRef, useState } from 'react';
import type { NoteRequest } from '@/lib/schema';
import type { ApiResult } from './api';

/** Pause after the last keystroke before asking; short enough to feel live (budget: 400 ms). */
export const TYPING_PAUSE_MS = 200;

/** What a live request shows. */
export interface LiveState<T> {
  /** The latest answer, or null before the first one (or when the note is empty, or after a failure that clears it). */
  data: T | null;
  /** The note `data` belongs to (its spans index into this text). */
  note: string;
  /** True while a newer answer is awaited (typing pause or request in flight). */
  pending: boolean;
  /** A calm message when the last attempt failed or was rate limited; null otherwise. */
  problem: string | null;
}

/** How a caller treats what is not an answer. */
export interface LivePolicy {
  /** On a 429: true to show the server's "wait" message, false to keep the current problem line. */
  sayRateLimit: boolean;
  /** On any other failure: the problem to show, whether the last answer stays, and when to ask again (if at all). */
  failed: (failure: { status?: number; message: string }) => { problem: string; keep: boolean; retryMs?: number };
}

const IDLE = { data: null, note: '', pending: false, problem: null } as const;

/**
 * Keeps `fetcher`'s answer about `request` fresh. `enabled` stays false until stored drafts are
 * loaded, so the first request is for the restored note, sent at once rather than after the pause.
 * `fetcher` and `policy` must be stable (module constants).
 */
export function useLiveRequest<T>(
  request: NoteRequest,
  enabled: boolean,
  fetcher: (request: NoteRequest, signal: AbortSignal) => Promise<ApiResult<T>>,
  policy: LivePolicy,
): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>(IDLE);
  const key = JSON.stringify(request);
  const first = useRef(true);
  const lastKey = useRef<string | null>(null);
  // A retry bumps this to re-run the effect for the same request.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const current = JSON.parse(key) as NoteRequest;
    if (current.note.trim() === '') {
      // Only a restored draft skips the pause; once the user starts typing, every request waits.
      first.current = false;
      lastKey.current = null;
      setState(IDLE);
      return;
    }
    if (key === lastKey.current) {
      // Typed and undone within the pause: the shown answer is already the fresh one.
      setState((s) => (s.pending ? { ...s, pending: false } : s));
      return;
    }
    const controller = new AbortController();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => ({ ...s, pending: true }));
    const delay = first.current ? 0 : TYPING_PAUSE_MS;
    first.current = false;
    const timer = setTimeout(async () => {
      const result = await fetcher(current, controller.signal);
      if (controller.signal.aborted) return;
      if (result.ok) {
        lastKey.current = key;
        setState({ data: result.data, note: current.note, pending: false, problem: null });
      } else if (result.kind === 'rate-limited') {
        setState((s) => ({ ...s, pending: true, problem: policy.sayRateLimit ? result.message : s.problem }));
        retryTimer = setTimeout(() => setAttempt((n) => n + 1), result.retryAfterSeconds * 1000);
      } else if (result.kind === 'error') {
        const { problem, keep, retryMs } = policy.failed(result);
        setState((s) => (keep ? { ...s, pending: false, problem } : { data: null, note: current.note, pending: false, problem }));
        if (retryMs !== undefined) retryTimer = setTimeout(() => setAttempt((n) => n + 1), retryMs);
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      clearTimeout(retryTimer);
      controller.abort();
    };
  }, [key, enabled, attempt, fetcher, policy]);

  return state;
}
