'use client';
/**
 * Live feedback: analyzes the request after a short pause in typing, aborts any request a newer
 * one replaced, and on a 429 waits as long as the server asks before trying again.
 */
import { useEffect, useRef, useState } from 'react';
import type { Analysis, NoteRequest } from '@/lib/schema';
import { fetchAnalysis } from './api';

/** Pause after the last keystroke before asking; short enough to feel live (budget: 400 ms). */
export const TYPING_PAUSE_MS = 200;

/** What the feedback region shows. */
export interface LiveAnalysis {
  /** The latest analysis received, or null before the first one (or when the note is empty). */
  analysis: Analysis | null;
  /** The note that `analysis` belongs to (its spans index into this text). */
  analyzedNote: string;
  /** True while a newer analysis is awaited (typing pause or request in flight). */
  pending: boolean;
  /** A calm message when the last attempt failed or was rate limited; null otherwise. */
  problem: string | null;
}

const IDLE: LiveAnalysis = { analysis: null, analyzedNote: '', pending: false, problem: null };

/**
 * Keeps an analysis of `request` fresh. `enabled` stays false until stored drafts are loaded, so
 * the first request is for the restored note, sent at once rather than after the typing pause.
 */
export function useLiveAnalysis(request: NoteRequest, enabled: boolean): LiveAnalysis {
  const [state, setState] = useState<LiveAnalysis>(IDLE);
  const key = JSON.stringify(request);
  const first = useRef(true);
  const lastKey = useRef<string | null>(null);
  // A rate-limit retry bumps this to re-run the effect for the same request.
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
      // Typed and undone within the pause: the shown analysis is already the fresh one.
      setState((s) => (s.pending ? { ...s, pending: false } : s));
      return;
    }
    const controller = new AbortController();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => ({ ...s, pending: true }));
    const delay = first.current ? 0 : TYPING_PAUSE_MS;
    first.current = false;
    const timer = setTimeout(async () => {
      const result = await fetchAnalysis(current, controller.signal);
      if (controller.signal.aborted) return;
      if (result.ok) {
        lastKey.current = key;
        setState({ analysis: result.data, analyzedNote: current.note, pending: false, problem: null });
      } else if (result.kind === 'rate-limited') {
        setState((s) => ({ ...s, pending: true, problem: result.message }));
        retryTimer = setTimeout(() => setAttempt((n) => n + 1), result.retryAfterSeconds * 1000);
      } else if (result.kind === 'error') {
        setState((s) => ({ ...s, pending: false, problem: result.message }));
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      clearTimeout(retryTimer);
      controller.abort();
    };
  }, [key, enabled, attempt]);

  return state;
}
