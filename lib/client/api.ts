/**
 * The page's only network calls: POST /api/analyze, /api/rewrite, /api/proofread and /api/batch on the same origin.
 * Outcomes come back as a typed result, never a throw, so components can render each one.
 */
import type { Analysis, BatchRequest, BatchResponse, NoteRequest, ProofreadResult, RewriteResult } from '@/lib/schema';

/** What a call can end in. */
export type ApiResult<T> =
  | { ok: true; data: T }
  /** 429: the server asks us to wait; retry after `retryAfterSeconds`. */
  | { ok: false; kind: 'rate-limited'; retryAfterSeconds: number; message: string }
  /** The request was aborted because a newer one replaced it. */
  | { ok: false; kind: 'aborted' }
  /** Anything else: the server's own message when it sent one. */
  | { ok: false; kind: 'error'; status?: number; message: string };

/** Seconds to wait on a 429 without a usable Retry-After header. */
const DEFAULT_RETRY_SECONDS = 5;
/** Never wait longer than this, whatever the header says: the user is typing. */
const MAX_RETRY_SECONDS = 60;

/** Reads Retry-After (seconds or an HTTP date) as whole seconds, at least 1. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_SECONDS;
  const seconds = Number(header);
  const wait = Number.isFinite(seconds) ? seconds : (Date.parse(header) - now) / 1000;
  if (!Number.isFinite(wait)) return DEFAULT_RETRY_SECONDS;
  return Math.min(MAX_RETRY_SECONDS, Math.max(1, Math.ceil(wait)));
}

const FRIENDLY: Record<number, string> = {
  413: 'That is more text than the coach reads at once. Shorten the note or the pasted About text.',
  422: 'Some details are too long or malformed for the coach. Shorten the longest field and try again.',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A light structural check of an Analysis (zod stays on the server to keep the bundle small):
 * enough that rendering can rely on every field it reads.
 */
export function isAnalysis(value: unknown): value is Analysis {
  if (!isObject(value) || typeof value.score !== 'number' || typeof value.verdict !== 'string') return false;
  const stats = value.stats;
  if (!isObject(stats) || typeof stats.characters !== 'number' || typeof stats.limit !== 'number') return false;
  return (
    Array.isArray(value.checks) &&
    value.checks.every(
      (c) =>
        isObject(c) &&
        typeof c.id === 'string' &&
        typeof c.status === 'string' &&
        typeof c.message === 'string' &&
        Array.isArray(c.findings) &&
        c.findings.every((f) => isObject(f) && typeof f.message === 'string' && isObject(f.span) && typeof f.span.start === 'number' && typeof f.span.end === 'number'),
    )
  );
}

/** The same light check for a RewriteResult. */
export function isRewriteResult(value: unknown): value is RewriteResult {
  return (
    isObject(value) &&
    Array.isArray(value.variants) &&
    value.variants.every(
      (v) => isObject(v) && typeof v.text === 'string' && typeof v.label === 'string' && Array.isArray(v.changes) && Array.isArray(v.placeholders) && isAnalysis(v.analysis) && isAnalysis(v.filled),
    )
  );
}

async function post<T>(
  path: string,
  body: NoteRequest | BatchRequest,
  guard: (v: unknown) => v is T,
  signal?: AbortSignal,
  // A note's 413 and 422 get the page's own advice; a batch's carry the server's exact reason.
  friendly: Record<number, string> = FRIENDLY,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) return { ok: false, kind: 'aborted' };
    return { ok: false, kind: 'error', message: 'The coach could not be reached. Check your connection; feedback resumes when you type.' };
  }
  if (response.status === 429) {
    const wait = retryAfterSeconds(response.headers.get('retry-after'));
    return { ok: false, kind: 'rate-limited', retryAfterSeconds: wait, message: `Lots of checks in a short time. Feedback will refresh in ${wait} s.` };
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    if (signal?.aborted) return { ok: false, kind: 'aborted' };
    payload = undefined;
  }
  if (!response.ok) {
    const serverMessage =
      typeof payload === 'object' && payload !== null && typeof (payload as { error?: unknown }).error === 'string'
        ? (payload as { error: string }).error
        : undefined;
    return {
      ok: false,
      kind: 'error',
      status: response.status,
      message: friendly[response.status] ?? serverMessage ?? `The coach answered with an error (${response.status}).`,
    };
  }
  if (!guard(payload)) return { ok: false, kind: 'error', status: response.status, message: 'The coach sent an answer this page does not understand. Reload the page to update it.' };
  return { ok: true, data: payload };
}

/** Analyzes a note on the server. */
export function fetchAnalysis(request: NoteRequest, signal?: AbortSignal): Promise<ApiResult<Analysis>> {
  return post('/api/analyze', request, isAnalysis, signal);
}

/** Asks the server for rewrites of a note. */
export function fetchRewrite(request: NoteRequest, signal?: AbortSignal): Promise<ApiResult<RewriteResult>> {
  return post('/api/rewrite', request, isRewriteResult, signal);
}

/** The same light check for a ProofreadResult. */
export function isProofreadResult(value: unknown): value is ProofreadResult {
  return (
    isObject(value) &&
    Array.isArray(value.findings) &&
    value.findings.every(
      (f) =>
        isObject(f) &&
        typeof f.ruleId === 'string' &&
        typeof f.message === 'string' &&
        typeof f.actual === 'string' &&
        isObject(f.span) &&
        typeof f.span.start === 'number' &&
        typeof f.span.end === 'number' &&
        Array.isArray(f.suggestions) &&
        f.suggestions.every((s) => typeof s === 'string'),
    )
  );
}

/** Proofreads a note on the server (a 503 means the checker is unavailable there). */
export function fetchProofread(request: NoteRequest, signal?: AbortSignal): Promise<ApiResult<ProofreadResult>> {
  return post('/api/proofread', request, isProofreadResult, signal);
}

/** The same light check for a BatchResponse. */
export function isBatchResponse(value: unknown): value is BatchResponse {
  return (
    isObject(value) &&
    isObject(value.summary) &&
    Array.isArray(value.results) &&
    value.results.every(
      (r) =>
        isObject(r) &&
        typeof r.note === 'string' &&
        (r.score === null || typeof r.score === 'number') &&
        (r.verdict === null || typeof r.verdict === 'string') &&
        Array.isArray(r.flags) &&
        Array.isArray(r.missing) &&
        (r.error === undefined || typeof r.error === 'string') &&
        (r.advice === undefined || typeof r.advice === 'string'),
    )
  );
}

/** Writes and scores one note per row on the server (at most 1,000 rows per call). */
export function fetchBatch(request: BatchRequest, signal?: AbortSignal): Promise<ApiResult<BatchResponse>> {
  return post('/api/batch', request, isBatchResponse, signal, {});
}
