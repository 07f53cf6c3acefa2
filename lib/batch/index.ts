/**
 * Batch: one scored note per recipient (SPEC "Batch"). Each row becomes the recipient's profile
 * (`name, headline, company, industry, schools, recentWork, mutualConnections`; the two lists split
 * on `;`) and any other column a `{slot}`; the template — a scenario with several phrasings, or
 * the user's text with `((…|…))` options — is filled per row with a phrasing picked from a hash of
 * the row, then analyzed. Deterministic: the same rows always give the same notes. A row that
 * cannot be used gets its own `error` and the others go on. Synchronous and CPU-bound: servers run
 * it in the worker pool (./pool.ts), never on the request thread.
 */
import { analyze } from '../analyzer';
import { FIELD_MAX } from '../contract';
import {
  type BatchRequest,
  type BatchResponse,
  type BatchResult,
  type BatchRowInput,
  profileSchema,
} from '../schema';
import { fillTemplate } from '../templates';
import { FIELD_LABELS, isField, LIST_FIELDS, type RecipientField, rowDetails, type RowRead, textOf } from './fields';
import { errorResult, summarize } from './table';
import { adviceOf, flagsOf } from './flags';
import { readTemplate } from './template';

export { readTemplate } from './template';
export { RECIPIENT_FIELDS } from './fields';
export { summarize } from './table';

/** The seed a row's phrasing is picked by: its values in key order, so column order does not matter. */
export function seedOf(row: BatchRowInput): string {
  return Object.keys(row)
    .sort()
    .map((key) => `${key}=${textOf(row[key] ?? null).trim()}`)
    .join('\u0001');
}

/** A row's profile, registry slots and own slots, checked against the fields' limits; or why it cannot be used. */
export function readRow(row: BatchRowInput): RowRead {
  const read = rowDetails(row);
  if (!read.ok) return read;
  const parsed = profileSchema.safeParse(read.details.profile);
  if (parsed.success) return { ok: true, details: { ...read.details, profile: parsed.data } };
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const label = isField(field) ? FIELD_LABELS[field] : field;
  const max = isField(field) ? FIELD_MAX[field] : undefined;
  const listEntry = issue?.path.length === 2;
  return {
    ok: false,
    error:
      max !== undefined && issue?.code === 'too_big' && (listEntry || !LIST_FIELDS.has(field as RecipientField))
        ? `${label}${listEntry ? ' has an entry' : ' is'} longer than ${max} characters: shorten it.`
        : `${label}: ${issue?.message ?? 'not valid'}.`,
  };
}

/**
 * Writes, scores and explains one note per row, in row order. The request must have passed
 * `batchRequestSchema` (its template is known to read); rows are checked one by one here.
 */
export function batch(request: BatchRequest): BatchResponse {
  const read = readTemplate(request.template);
  if (!read.ok) return { results: request.rows.map(() => errorResult(read.error)), summary: { strong: 0, needsWork: 0, weak: 0, errors: request.rows.length } };
  const results = request.rows.map((row): BatchResult => {
    const details = readRow(row);
    if (!details.ok) return errorResult(details.error);
    const { profile, slots, custom } = details.details;
    try {
      const filled = fillTemplate(read.template.bodyFor(seedOf(row)), { profile, sender: request.sender, slots, custom, plan: request.plan });
      const analysis = analyze({ note: filled.text, plan: request.plan, profile, sender: request.sender, config: request.config });
      const advice = adviceOf(analysis);
      return { note: filled.text, score: analysis.score, verdict: analysis.verdict, flags: flagsOf(analysis), missing: filled.missing, ...(advice ? { advice } : {}) };
    } catch {
      return errorResult('Internal error while writing this row’s note; the other rows are fine.');
    }
  });
  return { results, summary: summarize(results) };
}
