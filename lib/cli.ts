/**
 * One line of the CLI: a JSON request or a bare note in, one JSON result out. Kept apart from the
 * script so it can be tested without a process.
 */
import { analyze } from './analyzer';
import { PROOFREAD_UNAVAILABLE, proofread } from './proofread';
import { rewrite } from './rewrite';
import type { Analysis, NoteRequest, ProofreadResult, RewriteResult } from './schema';
import { noteRequestSchema } from './schema';

export type LineResult =
  | (Analysis & { rewrite?: RewriteResult })
  | { error: string; issues?: { path: (string | number)[]; message: string }[] };

type LineError = Extract<LineResult, { error: string }>;

/** Proofreads one input line (read as for `analyzeLine`); never rejects. */
export async function proofreadLine(rawLine: string): Promise<ProofreadResult | LineError> {
  const request = readLine(rawLine);
  if ('error' in request) return request;
  const outcome = await proofread(request);
  return outcome.ok ? outcome.result : { error: PROOFREAD_UNAVAILABLE };
}

/** Analyzes one input line; never throws. A line that is not JSON (or not an object) is a bare note. */
export function analyzeLine(rawLine: string, options: { rewrite?: boolean } = {}): LineResult {
  const request = readLine(rawLine);
  if ('error' in request) return request;
  try {
    const analysis = analyze(request);
    return options.rewrite ? { ...analysis, rewrite: rewrite(request) } : analysis;
  } catch {
    return { error: 'Internal error while analyzing this line.' };
  }
}

/** One input line as a validated request, or the error to print for it. */
function readLine(rawLine: string): NoteRequest | LineError {
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
  return parsed.data;
}
