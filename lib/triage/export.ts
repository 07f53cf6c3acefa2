/**
 * Exports triage decisions as CSV or JSON. A CSV cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is prefixed with ' so it stays text.
 */
import { csvText } from '../csv';

export { csvCell } from '../csv';

/** One exported row. */
export interface DecisionRow {
  name: string;
  headline?: string;
  note?: string;
  decision: string;
  /** "you" when the user overrode the suggestion, else "suggested". */
  decidedBy: string;
  reasons: string[];
  reply?: string;
  date: string;
}


const COLUMNS = ['name', 'headline', 'note', 'decision', 'decidedBy', 'reasons', 'reply', 'date'] as const;

/** Decisions as CSV with a header row (CRLF line ends, as spreadsheets expect). */
export function decisionsToCsv(rows: readonly DecisionRow[]): string {
  return csvText([
    [...COLUMNS],
    ...rows.map((row) =>
      COLUMNS.map((c) => {
        const v = row[c];
        return Array.isArray(v) ? v.join('; ') : (v ?? '');
      }),
    ),
  ]);
}

/** Decisions as pretty JSON. */
export function decisionsToJson(rows: readonly DecisionRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
