'use client';
/**
 * Live proofreading: asks POST /api/proofread on the same loop as the analysis (useLiveRequest:
 * the same typing pause, aborts and 429 waits), as a separate request, so the analysis never
 * waits for it (and a slow or missing checker never holds up the score). A 503 means the server's
 * checker is unavailable (or still starting): the card says so calmly and the page asks again
 * 30 s later.
 */
import { useMemo } from 'react';
import type { NoteRequest, ProofreadFinding } from '@/lib/schema';
import { fetchProofread } from './api';
import { type LivePolicy, useLiveRequest } from './use-live-request';

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

/** Shown when the server's checker is unavailable (503). */
export const PROOFREAD_UNAVAILABLE_TEXT = 'Spelling and grammar checks are unavailable on this server right now. The rest of your feedback is unaffected.';

// A 429 keeps the card as it is (the feedback says to wait); a failure clears the slips, since
// their spans may no longer fit; a 503 is asked again later.
const PROOFREAD_POLICY: LivePolicy = {
  sayRateLimit: false,
  failed: ({ status }) =>
    status === 503
      ? { problem: PROOFREAD_UNAVAILABLE_TEXT, keep: false, retryMs: UNAVAILABLE_RETRY_MS }
      : { problem: 'Spelling and grammar could not be checked just now; it will try again as you type.', keep: false },
};

/** Keeps proofreading of `request` fresh; `enabled` as for the analysis (after stored drafts load). */
export function useProofread(request: NoteRequest, enabled: boolean): LiveProofread {
  const { data, note, pending, problem } = useLiveRequest(request, enabled, fetchProofread, PROOFREAD_POLICY);
  return useMemo(() => ({ findings: data?.findings ?? null, proofreadNote: note, pending, problem }), [data, note, pending, problem]);
}
