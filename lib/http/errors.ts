/**
 * Error responses of the HTTP API: one JSON shape, `{ "error": "<clear message>" }`, plus zod's
 * issues on 422. Messages are fixed strings written here, never built from the request, so an
 * error body can never echo a user's note back (or into a log).
 */
import type { z } from 'zod';

/** The statuses the API answers with when it does not answer 200 (SPEC "Entry points"). */
export type ErrorStatus = 400 | 405 | 413 | 415 | 422 | 429 | 500 | 503;

/** The body of every error response. */
export interface ErrorBody {
  error: string;
  /** Only on 422: where the request broke the schema (paths and rule names, never the values). */
  issues?: z.core.$ZodIssue[];
}

/**
 * Headers every API response carries. `no-store` because bodies describe a private draft and must
 * not sit in a shared cache; the security headers themselves come from next.config.mjs.
 */
export const API_HEADERS: Readonly<Record<string, string>> = { 'Cache-Control': 'no-store' };

/** Builds a JSON error response with the API's headers plus any extras (`Allow`, `Retry-After`). */
export function errorResponse(
  status: ErrorStatus,
  error: string,
  options: { issues?: z.core.$ZodIssue[]; headers?: Record<string, string> } = {},
): Response {
  const body: ErrorBody = options.issues ? { error, issues: options.issues } : { error };
  return Response.json(body, { status, headers: { ...API_HEADERS, ...options.headers } });
}

/**
 * Zod issues stripped down to what a client needs to fix its request. Zod 4 copies the offending
 * value into some issues (`input`); dropping it keeps user text out of responses that proxies or
 * clients may log.
 */
export function publicIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.map((issue) => {
    const { input: _input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
    void _input;
    return rest as z.core.$ZodIssue;
  });
}
