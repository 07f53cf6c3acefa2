/**
 * One line of the CLI: a JSON request or a bare note in, one JSON result out. Kept apart from the
 * script so it can be tested without a process.
 */
import { analyze } from './analyzer';
import { MAX_PROFILE_TEXT, type ParsedProfile, parseProfile } from './profile';
import { PROOFREAD_UNAVAILABLE, proofread } from './proofread';
import { proofreadRewrite } from './proofread/gate';
import type { Analysis, NoteRequest, ProofreadResult, RewriteResult, RuleConfig, TriageResponse } from './schema';
import { noteRequestSchema, ruleConfigSchema, triageRequestSchema } from './schema';
import { triage } from './triage';
import type { z } from 'zod';

export type LineResult =
  | (Analysis & { rewrite?: RewriteResult })
  | { error: string; issues?: { path: (string | number)[]; message: string }[] };

/**
 * Parses a JSON file given to a flag (`--config`, `--sender`) with its schema. Throws a readable
 * message: `notJson` when it is not JSON, else every issue at its path (`what` for the root).
 */
export function parseJsonFile<T extends z.ZodType>(text: string, schema: T, what: string, notJson: string): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw new Error(notJson);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.map(String).join('.') || what}: ${i.message}`).join('; '));
  return parsed.data;
}

/** Parses a `--config FILE`'s text: the user's rules for every line. Throws a readable message. */
export function parseConfig(text: string): RuleConfig {
  return parseJsonFile(text, ruleConfigSchema, 'config', 'the config file is not JSON: it must be {"rules"?, "phrases"?, "allow"?}');
}

/** The config for one line: the file's, with the line's own settings on top (phrases and allows add up). */
function mergeConfig(base: RuleConfig | undefined, own: unknown): unknown {
  if (!base) return own;
  if (own === undefined) return base;
  if (typeof own !== 'object' || own === null) return own;
  const line = own as Record<string, unknown>;
  const phrases: Record<string, unknown> = { ...base.phrases };
  for (const [id, list] of Object.entries((line.phrases as Record<string, unknown> | undefined) ?? {})) {
    phrases[id] = Array.isArray(list) ? [...((base.phrases as Record<string, string[]> | undefined)?.[id] ?? []), ...list] : list;
  }
  // A line's malformed list is passed on as it is, so the schema reports it on that line.
  return {
    ...line,
    rules: { ...base.rules, ...(line.rules as object | undefined) },
    phrases,
    allow: line.allow === undefined ? base.allow : Array.isArray(line.allow) ? [...(base.allow ?? []), ...line.allow] : line.allow,
  };
}

type LineError = Extract<LineResult, { error: string }>;

/** Proofreads one input line (read as for `analyzeLine`); never rejects. */
export async function proofreadLine(rawLine: string, options: { config?: RuleConfig } = {}): Promise<ProofreadResult | LineError> {
  const request = readLine(rawLine, options.config);
  if ('error' in request) return request;
  const outcome = await proofread(request);
  return outcome.ok ? outcome.result : { error: PROOFREAD_UNAVAILABLE };
}

/** Analyzes and rewrites one input line as the API does (proofread, fixed, gated); never throws. */
export async function rewriteLine(rawLine: string, options: { config?: RuleConfig } = {}): Promise<LineResult> {
  const request = readLine(rawLine, options.config);
  if ('error' in request) return request;
  try {
    return { ...analyze(request), rewrite: await proofreadRewrite(request) };
  } catch {
    return { error: 'Internal error while analyzing this line.' };
  }
}

/** Analyzes one input line; never throws. A line that is not JSON (or not an object) is a bare note. */
export function analyzeLine(rawLine: string, options: { config?: RuleConfig } = {}): LineResult {
  const request = readLine(rawLine, options.config);
  if ('error' in request) return request;
  try {
    return analyze(request);
  } catch {
    return { error: 'Internal error while analyzing this line.' };
  }
}

/** One input line as a validated request (the file's config merged in), or the error to print for it. */
function readLine(rawLine: string, config: RuleConfig | undefined): NoteRequest | LineError {
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
  if (config && typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const request = body as Record<string, unknown>;
    body = { ...request, config: mergeConfig(config, request.config) };
  }
  const parsed = noteRequestSchema.safeParse(body);
  if (!parsed.success) {
    return {
      error: 'Invalid request: it must be {"note": string, "plan"?, "profile"?, "sender"?, "config"?} within the limits.',
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    };
  }
  return parsed.data;
}

/** The answer of `--parse-profile`: the parsed profile, or why the input was refused. */
export type ProfileResult = ParsedProfile | { error: string };

/**
 * Reads a whole input (a file or stdin) as one pasted profile, with the API's bound; never throws.
 * A byte-order mark is not part of the text.
 */
export function parseProfileInput(raw: string): ProfileResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.length > MAX_PROFILE_TEXT) {
    return { error: `This is longer than a profile (${text.length} characters; the limit is ${MAX_PROFILE_TEXT}): paste one profile.` };
  }
  try {
    return parseProfile(text);
  } catch {
    return { error: 'Internal error while reading this profile.' };
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
