/**
 * Exports triage decisions as CSV or JSON. A CSV cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is prefixed with ' so it stays text.
 */

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

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A cell safe for spreadsheets, quoted when it needs to be. */
export function csvCell(value: string): string {
  const safe = value.length > 0 && FORMULA_START.has(value[0] as string) ? `'${value}` : value;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

const COLUMNS = ['name', 'headline', 'note', 'decision', 'decidedBy', 'reasons', 'reply', 'date'] as const;

/** Decisions as CSV with a header row (CRLF line ends, as spreadsheets expect). */
export function decisionsToCsv(rows: readonly DecisionRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      COLUMNS.map((c) => {
        const v = row[c];
        return csvCell(Array.isArray(v) ? v.join('; ') : (v ?? ''));
      }).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Decisions as pretty JSON. */
export function decisionsToJson(rows: readonly DecisionRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
