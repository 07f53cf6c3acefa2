'use client';
/**
 * Live feedback: the analysis of the request, kept fresh as the user types (the loop is
 * useLiveRequest's). A failure keeps the last analysis on screen with a calm problem line.
 */
import { useMemo } from 'react';
import type { Analysis, NoteRequest } from '@/lib/schema';
import { fetchAnalysis } from './api';
import { type LivePolicy, useLiveRequest } from './use-live-request';

export { TYPING_PAUSE_MS } from './use-live-request';

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

const ANALYSIS_POLICY: LivePolicy = { sayRateLimit: true, failed: ({ message }) => ({ problem: message, keep: true }) };

/**
 * Keeps an analysis of `request` fresh. `enabled` stays false until stored drafts are loaded, so
 * the first request is for the restored note, sent at once rather than after the typing pause.
 */
export function useLiveAnalysis(request: NoteRequest, enabled: boolean): LiveAnalysis {
  const { data, note, pending, problem } = useLiveRequest(request, enabled, fetchAnalysis, ANALYSIS_POLICY);
  return useMemo(() => ({ analysis: data, analyzedNote: note, pending, problem }), [data, note, pending, problem]);
}
