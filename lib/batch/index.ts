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
import { BATCH_ROW_MAX, FIELD_MAX } from '../contract';
import {
  type Analysis,
  type BatchRequest,
  type BatchResponse,
  type BatchResult,
  type BatchRowInput,
  type Profile,
  profileSchema,
} from '../schema';
import { fillTemplate } from '../templates';
import { isSlotName, type SlotName } from '../templates/slots';
import { FIELD_LABELS, LIST_FIELDS, RECIPIENT_FIELDS, type RecipientField } from './fields';
import { errorResult } from './table';
import { readTemplate } from './template';

export { readTemplate } from './template';
export { RECIPIENT_FIELDS } from './fields';

/** The checks whose message is the advice on a note that is not strong, most urgent first. */
const ADVICE_ORDER = ['red-flags', 'length', 'intent', 'shared-ground', 'specific-praise'] as const;

const isField = (key: string): key is RecipientField => (RECIPIENT_FIELDS as readonly string[]).includes(key);

/** A cell as text: numbers and booleans as written, null as empty. */
const textOf = (value: BatchRowInput[string]): string => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value));

/** The seed a row's phrasing is picked by: its values in key order, so column order does not matter. */
export function seedOf(row: BatchRowInput): string {
  return Object.keys(row)
    .sort()
    .map((key) => `${key}=${textOf(row[key] ?? null).trim()}`)
    .join('\u0001');
}

type RowDetails = { profile: Profile; slots: Partial<Record<SlotName, string>>; custom: Record<string, string> };

/** A row's profile, registry slots and own slots, or why it cannot be used. */
export function readRow(row: BatchRowInput): { ok: true; details: RowDetails } | { ok: false; error: string } {
  const profile: Record<string, string | string[]> = {};
  const slots: Partial<Record<SlotName, string>> = {};
  const custom: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (isField(key)) {
      if (LIST_FIELDS.has(key)) {
        const list = (Array.isArray(value) ? value : textOf(value).split(';')).map((s) => s.trim()).filter(Boolean);
        if (list.length > 0) profile[key] = list;
      } else if (Array.isArray(value)) {
        return { ok: false, error: `${FIELD_LABELS[key]} holds a list; only schools and mutual connections can (separate them with “;”).` };
      } else if (textOf(value).trim() !== '') profile[key] = textOf(value).trim();
      continue;
    }
    const text = textOf(value).trim();
    if (text.length > BATCH_ROW_MAX.slotValue) return { ok: false, error: `The “${key}” value is ${text.length} characters; a value used in a note can have ${BATCH_ROW_MAX.slotValue} at most. Shorten it.` };
    if (isSlotName(key)) slots[key] = text;
    else custom[key] = text;
  }
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) {
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
  return { ok: true, details: { profile: parsed.data, slots, custom } };
}

/** What a recipient may decline the note for: the evidence of every check that did not pass. */
export function flagsOf(analysis: Analysis): string[] {
  const flags = new Set<string>();
  for (const check of analysis.checks) if (check.status !== 'pass') for (const f of check.findings) flags.add(f.ruleId);
  return [...flags];
}

/** The coach's line on what to fix first, for a note that is not strong. */
function adviceOf(analysis: Analysis): string | undefined {
  if (analysis.verdict === 'strong') return undefined;
  for (const id of ADVICE_ORDER) {
    const check = analysis.checks.find((c) => c.id === id && c.status !== 'pass');
    if (check) return check.message;
  }
  return undefined;
}


/** Counts of the results by verdict. */
export function summarize(results: readonly BatchResult[]): BatchResponse['summary'] {
  const summary = { strong: 0, needsWork: 0, weak: 0, errors: 0 };
  for (const r of results) {
    if (r.error !== undefined) summary.errors++;
    else if (r.verdict === 'strong') summary.strong++;
    else if (r.verdict === 'needs-work') summary.needsWork++;
    else summary.weak++;
  }
  return summary;
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
