/**
 * A batch's notes as a spreadsheet: the input columns as they came, then `note, score, verdict,
 * flags, missing, error`. Lists are joined with "; ". Cells that a spreadsheet would run as a
 * formula are escaped by the one CSV writer (lib/csv). Light: the page exports with it.
 */
import { csvText } from '../csv';
import type { BatchResult } from '../schema';

/** The columns a batch adds after the input's own. */
export const RESULT_COLUMNS = ['note', 'score', 'verdict', 'flags', 'missing', 'error'] as const;

/** One exported row: the input's cells by header, and its result. */
export interface ExportRow {
  cells: Readonly<Record<string, string>>;
  result: BatchResult;
}

/** The result columns of one row, as text. */
export function resultCells(result: BatchResult): string[] {
  return [result.note, result.score === null ? '' : String(result.score), result.verdict ?? '', result.flags.join('; '), result.missing.join('; '), result.error ?? ''];
}

/** The rows as CSV: a header row, then one line per recipient in order. */
export function batchToCsv(headers: readonly string[], rows: readonly ExportRow[]): string {
  return csvText([[...headers, ...RESULT_COLUMNS], ...rows.map((row) => [...headers.map((h) => row.cells[h] ?? ''), ...resultCells(row.result)])]);
}
