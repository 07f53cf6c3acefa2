/**
 * A read spreadsheet as a batch: each record's row for `batch()` (through the column mapping), and
 * the results joined back to the records in order, a broken record keeping its own error. Shared
 * by the CLI and the page so both read a file the same way. Light (no analyzer).
 */
import type { BatchResponse, BatchResult } from '../schema';
import type { CsvRecord } from './csv';
import { type BatchRow, type FieldMapping, toBatchRow } from './fields';

/** An error row: no note, the reason instead. */
export const errorResult = (error: string): BatchResult => ({ note: '', score: null, verdict: null, flags: [], missing: [], error });

/** The rows to write a note for (the records without an error), with where each came from. */
export function rowsToRun(records: readonly CsvRecord[], mapping: FieldMapping): { rows: BatchRow[]; at: number[] } {
  const rows: BatchRow[] = [];
  const at: number[] = [];
  records.forEach((record, i) => {
    if (record.error) return;
    rows.push(toBatchRow(record.cells, mapping));
    at.push(i);
  });
  return { rows, at };
}

/** One result per record, in order: a broken record's own error, else its row's result. */
export function joinResults(records: readonly CsvRecord[], at: readonly number[], results: readonly BatchResult[]): BatchResult[] {
  const out: BatchResult[] = records.map((record) => errorResult(record.error ?? 'This row was not written.'));
  at.forEach((index, k) => {
    const result = results[k];
    if (result) out[index] = result;
  });
  return out;
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
