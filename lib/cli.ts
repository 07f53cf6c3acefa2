/**
 * One line of the CLI: a JSON request or a bare note in, one JSON result out. Kept apart from the
 * script so it can be tested without a process.
 */
import { analyze } from './analyzer';
import { rewrite } from './rewrite';
import type { Analysis, RewriteResult, TriageResponse } from './schema';
import { noteRequestSchema, triageRequestSchema } from './schema';
import { triage } from './triage';

export type LineResult =
  | (Analysis & { rewrite?: RewriteResult })
  | { error: string; issues?: { path: (string | number)[]; message: string }[] };

/** Analyzes one input line; never throws. A line that is not JSON (or not an object) is a bare note. */
export function analyzeLine(rawLine: string, options: { rewrite?: boolean } = {}): LineResult {
  // Files saved on Windows often start with a byte-order mark; it is not part of the JSON.
  const line = rawLine.startsWith('\uFEFF') ? rawLine.slice(1) : rawLine;
  let body: unknown;
  try {
    body = JSON.parse(line);
  } catch {
    body = undefined;
  }
  // Plain text, and JSON that is only a string, are bare notes ("great post!" or "\"great post!\"").
  if (body === undefined || typeof body === 'string') body = { note: typeof body === 'string' ? body : line };
  const parsed = noteRequestSchema.safeParse(body);
  if (!parsed.success) {
    return {
      error: 'Invalid request: it must be {"note": string, "plan"?, "profile"?, "sender"?} within the limits.',
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    };
  }
  try {
    const analysis = analyze(parsed.data);
    return options.rewrite ? { ...analysis, rewrite: rewrite(parsed.data) } : analysis;
  } catch {
    return { error: 'Internal error while analyzing this line.' };
  }
}

/** One line of `--triage`: a triage request as JSON in, one triage response (or an error) out. Never throws. */
export function triageLine(rawLine: string): TriageResponse | { error: string; issues?: { path: (string | number)[]; message: string }[] } {
  const line = rawLine.startsWith('\uFEFF') ? rawLine.slice(1) : rawLine;
  let body: unknown;
  try {
    body = JSON.parse(line);
  } catch {
    return { error: 'Not JSON: each line must be a triage request, {"invitations": [{"name": …}, …], "me"?, "criteria"?}.' };
  }
  const parsed = triageRequestSchema.safeParse(body);
  if (!parsed.success) {
    return {
      error: 'Invalid triage request: it must be {"invitations": [1–200 × {"name": string, …}], "me"?, "criteria"?} within the limits.',
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    };
  }
  try {
    return triage(parsed.data);
  } catch {
    return { error: 'Internal error while triaging this line.' };
  }
}
