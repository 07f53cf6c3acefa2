/**
 * The log leaves the browser as JSON (everything, lossless: import gives back the same log) or
 * CSV for a spreadsheet. A CSV cell that a spreadsheet would run as a formula gets a leading `'`
 * (the triage export's rule); import takes that mark off again.
 */
import { csvCell } from '../triage/export';
import type { SavedDraft, SentEntry } from './entry';

/** The JSON file's marker and version. */
export const EXPORT_FORMAT = 'notecoach-sent-notes';
export const EXPORT_VERSION = 1;

/** What a JSON export holds. */
export interface SentExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  weeklyCap?: number;
  entries: SentEntry[];
  drafts: SavedDraft[];
}

/** The log, the drafts and the weekly cap as pretty JSON. */
export function logToJson(entries: readonly SentEntry[], drafts: readonly SavedDraft[], weeklyCap: number | undefined, now: number): string {
  const file: SentExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), entries: [...entries], drafts: [...drafts] };
  if (weeklyCap !== undefined) file.weeklyCap = weeklyCap;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The CSV columns, in order; `note` last so a spreadsheet's narrow columns come first. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'status',
  'statusDate',
  'name',
  'headline',
  'scenario',
  'plan',
  'score',
  'verdict',
  'sharedGround',
  'specificPraise',
  'characters',
  'note',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const iso = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString());
const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? 'yes' : 'no');

/** One entry as CSV cells (unescaped). */
export function csvValues(e: SentEntry): Record<CsvColumn, string> {
  return {
    id: e.id,
    date: iso(e.sentAt),
    status: e.status,
    statusDate: iso(e.statusAt),
    name: e.recipient.name ?? '',
    headline: e.recipient.headline ?? '',
    scenario: e.scenario ?? '',
    plan: e.plan,
    score: e.score === undefined ? '' : String(e.score),
    verdict: e.verdict ?? '',
    sharedGround: yesNo(e.sharedGround),
    specificPraise: yesNo(e.specificPraise),
    characters: String(e.text.length),
    note: e.text,
  };
}

/**
 * A cell for the sent-notes CSV: the shared formula escape, and a value that itself starts with
 * `'` gets one more, so import can always take exactly one off and give back the text as it was.
 */
export function sentCsvCell(value: string): string {
  return csvCell(value.startsWith("'") ? `'${value}` : value);
}

/** Takes off the escape `sentCsvCell` added. */
export function unescapeCell(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const next = cell[1];
  return next === "'" || next === '=' || next === '+' || next === '-' || next === '@' || next === '\t' || next === '\r' ? cell.slice(1) : cell;
}

/** The log as CSV with a header row (CRLF line ends, as spreadsheets expect). */
export function logToCsv(entries: readonly SentEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    const values = csvValues(e);
    lines.push(CSV_COLUMNS.map((c) => sentCsvCell(values[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
