'use client';
/**
 * Live proofreading: asks POST /api/proofread after the same typing pause as the analysis, as a
 * separate request, so the analysis never waits for it (and a slow or missing checker never holds
 * up the score). A 503 means the server's checker is unavailable (or still starting): the card
 * says so calmly and the page asks again after the server's Retry-After.
 */
import { useEffect, useRef, useState } from 'react';
import type { NoteRequest, ProofreadFinding } from '@/lib/schema';
import { fetchProofread } from './api';
import { TYPING_PAUSE_MS } from './use-live-analysis';

/** What the "Spelling & grammar" card shows. */
export interface LiveProofread {
  /** The latest findings, or null before the first answer (or when the note is empty). */
  findings: ProofreadFinding[] | null;
  /** The note `findings` belong to (their spans index into this text). */
  proofreadNote: string;
  pending: boolean;
  /** A calm message when proofreading is unavailable or failed; null otherwise. */
  problem: string | null;
}

/** How long to wait before asking a server whose checker was unavailable again. */
const UNAVAILABLE_RETRY_MS = 30_000;

const IDLE: LiveProofread = { findings: null, proofreadNote: '', pending: false, problem: null };

/** Shown when the server's checker is unavailable (503). */
export const PROOFREAD_UNAVAILABLE_TEXT = 'Spelling and grammar checks are unavailable on this server right now. The rest of your feedback is unaffected.';

/** Keeps proofreading of `request` fresh; `enabled` as for the analysis (after stored drafts load). */
export function useProofread(request: NoteRequest, enabled: boolean): LiveProofread {
  const [state, setState] = useState<LiveProofread>(IDLE);
  const key = JSON.stringify(request);
  const first = useRef(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const current = JSON.parse(key) as NoteRequest;
    if (current.note.trim() === '') {
      first.current = false;
      setState(IDLE);
      return;
    }
    const controller = new AbortController();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => ({ ...s, pending: true }));
    const delay = first.current ? 0 : TYPING_PAUSE_MS;
    first.current = false;
    const timer = setTimeout(async () => {
      const result = await fetchProofread(current, controller.signal);
      if (controller.signal.aborted) return;
      if (result.ok) setState({ findings: result.data.findings, proofreadNote: current.note, pending: false, problem: null });
      else if (result.kind === 'rate-limited') {
        setState((s) => ({ ...s, pending: true }));
        retryTimer = setTimeout(() => setAttempt((n) => n + 1), result.retryAfterSeconds * 1000);
      } else if (result.kind === 'error') {
        const unavailable = result.status === 503;
        const problem = unavailable ? PROOFREAD_UNAVAILABLE_TEXT : 'Spelling and grammar could not be checked just now; it will try again as you type.';
        setState({ findings: null, proofreadNote: current.note, pending: false, problem });
        if (unavailable) retryTimer = setTimeout(() => setAttempt((n) => n + 1), UNAVAILABLE_RETRY_MS);
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
