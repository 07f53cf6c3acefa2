/**
 * Writing CSV that spreadsheets open safely: one cell writer for every export (triage decisions,
 * batch notes). A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab
 * or carriage return) is prefixed with ' so it stays text. Imports nothing: the page uses it.
 */

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A cell safe for spreadsheets, quoted when it needs to be. */
export function csvCell(value: string): string {
  const safe = value.length > 0 && FORMULA_START.has(value[0] as string) ? `'${value}` : value;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** Rows of cells as CSV text, header first (CRLF line ends, as spreadsheets expect). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
