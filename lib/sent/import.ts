/**
 * Reading a sent-notes file back: the JSON export, or a CSV with a header row (ours, or one a
 * spreadsheet has been through). Every row is checked with the schema on its own, so one bad row
 * is reported and the good ones are kept. Loads zod: the page imports this module on use only.
 */
import type { z } from 'zod';
import { savedDraftSchema, sentEntrySchema, sentExportSchema } from '../schema';
import { parseCsv } from '../triage/paste';
import { newId, type SavedDraft, type SentEntry } from './entry';
import { CSV_COLUMNS, type CsvColumn, unescapeCell } from './export';

/** Biggest file the page reads (a full log of 5,000 notes is under 5 MB). */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

/** A row that could not be read, and why. */
export interface ImportProblem {
  /** 1-based: the entry's place in the JSON list, or the CSV data row (the header not counted). */
  row: number;
  message: string;
}

/** What a file gave. */
export type ImportResult =
  | { ok: true; kind: 'json' | 'csv'; entries: SentEntry[]; drafts: SavedDraft[]; weeklyCap?: number; problems: ImportProblem[] }
  | { ok: false; error: string };

// How a problem's field is named to the user: the CSV's column where there is one.
const FIELD_NAMES: Record<string, string> = { sentAt: 'date', text: 'note', statusAt: 'statusDate', 'recipient.name': 'name', 'recipient.headline': 'headline' };

function describe(error: z.ZodError, csv: boolean): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.join('.');
      const name = csv ? (FIELD_NAMES[path] ?? path) : path;
      return name ? `${name}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Checks rows one by one; a repeated id is a problem of the later row. */
function checkRows<T extends { id: string }>(rows: readonly unknown[], schema: z.ZodType<T>, csv: boolean): { good: T[]; problems: ImportProblem[] } {
  const good: T[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((value, i) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      problems.push({ row: i + 1, message: describe(parsed.error, csv) });
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ row: i + 1, message: `the same id as row ${first}` });
      return;
    }
    seen.set(parsed.data.id, i + 1);
    good.push(parsed.data);
  });
  return { good, problems };
}

function readJson(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON. Choose a file exported from Sent notes.' };
  }
  // A bare list of entries is accepted too.
  const file = Array.isArray(value) ? { format: 'notecoach-sent-notes', version: 1, entries: value } : value;
  const outer = sentExportSchema.safeParse(file);
  if (!outer.success) return { ok: false, error: `This is not a sent-notes file notecoach can read (${describe(outer.error, false)}).` };
  const entries = checkRows(outer.data.entries, sentEntrySchema, false);
  const drafts = checkRows(outer.data.drafts ?? [], savedDraftSchema, false);
  const problems = [...entries.problems, ...drafts.problems.map((p) => ({ row: p.row, message: `saved draft ${p.row}: ${p.message}` }))];
  const result: ImportResult = { ok: true, kind: 'json', entries: entries.good, drafts: drafts.good, problems };
  if (outer.data.weeklyCap !== undefined) result.weeklyCap = outer.data.weeklyCap;
  return result;
}

const STATUS_WORDS: Record<string, string> = { 'no answer': 'no-answer', noanswer: 'no-answer' };
const VERDICT_WORDS: Record<string, string> = { 'needs work': 'needs-work' };
const BOOLEAN_WORDS: Record<string, boolean> = { yes: true, no: false, true: true, false: false };

/** A time cell: an ISO date as exported, or anything Date.parse reads; a bad one is left for the schema to name. */
function timeOf(cell: string): number | string {
  const t = Date.parse(cell);
  return Number.isNaN(t) ? `“${cell}” is not a date` : t;
}

/** One CSV row as the object the schema checks (absent cells stay absent). */
function rowObject(get: (c: CsvColumn) => string, row: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const date = get('date').trim();
  o.sentAt = date === '' ? undefined : timeOf(date);
  o.id = get('id').trim() || newId(typeof o.sentAt === 'number' ? o.sentAt : 0, () => row / 36 ** 6);
  o.text = get('note');
  const status = get('status').trim().toLowerCase();
  o.status = status === '' ? 'pending' : (STATUS_WORDS[status] ?? status);
  const statusDate = get('statusDate').trim();
  if (statusDate !== '') o.statusAt = timeOf(statusDate);
  const recipient: Record<string, string> = {};
  if (get('name').trim() !== '') recipient.name = get('name').trim();
  if (get('headline').trim() !== '') recipient.headline = get('headline').trim();
  o.recipient = recipient;
  if (get('scenario').trim() !== '') o.scenario = get('scenario').trim();
  o.plan = get('plan').trim().toLowerCase() || 'free';
  const score = get('score').trim();
  if (score !== '') o.score = /^\d+$/u.test(score) ? Number(score) : score;
  const verdict = get('verdict').trim().toLowerCase();
  if (verdict !== '') o.verdict = VERDICT_WORDS[verdict] ?? verdict;
  for (const key of ['sharedGround', 'specificPraise'] as const) {
    const v = get(key).trim().toLowerCase();
    if (v !== '') o[key] = BOOLEAN_WORDS[v] ?? v;
  }
  // The schema says "required" for a missing date, not "expected number".
  if (o.sentAt === undefined) delete o.sentAt;
  return o;
}

function readCsvFile(text: string): ImportResult {
  const [header = [], ...rows] = parseCsv(text);
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = CSV_COLUMNS.find((c) => c.toLowerCase() === name.trim().toLowerCase());
    if (key && !index.has(key)) index.set(key, i);
  });
  if (!index.has('note') || !index.has('date')) {
    return { ok: false, error: 'This CSV has no “note” and “date” columns. Export one from Sent notes to see the columns it takes.' };
  }
  const objects = rows.map((cells, r) =>
    rowObject((c) => {
      const i = index.get(c);
      return i === undefined ? '' : unescapeCell(cells[i] ?? '');
    }, r + 1),
  );
  const { good, problems } = checkRows(objects, sentEntrySchema, true);
  return { ok: true, kind: 'csv', entries: good, drafts: [], problems };
}

/** Reads an exported file: JSON when it starts like JSON, else CSV. Never throws. */
export function readImport(text: string): ImportResult {
  const clean = text.replace(/^\uFEFF/u, '');
  if (clean.trim() === '') return { ok: false, error: 'This file is empty.' };
  const first = clean.trimStart()[0];
  return first === '{' || first === '[' ? readJson(clean) : readCsvFile(clean);
}
