/**
 * Reads a spreadsheet of recipients: CSV with a header row, through papaparse (quoted fields with
 * commas and line breaks, `""` escapes, CRLF or LF). A UTF-8 byte-order mark is dropped; the
 * delimiter, `,` or `;`, is read from the header line. A row that does not fit the header gets its
 * own error and the others go on. Light enough for the page (no analyzer).
 */
import Papa from 'papaparse';

/** Most recipients one file may hold. */
export const MAX_CSV_ROWS = 10_000;

/** One data row: its cells by header, and why it cannot be used, if it cannot. */
export interface CsvRecord {
  cells: Record<string, string>;
  error?: string;
}

/** A read file: the headers in order and one record per data row, or why the file cannot be read at all. */
export type CsvRead = { ok: true; headers: string[]; records: CsvRecord[]; delimiter: ',' | ';' } | { ok: false; error: string };

/** `;` when the header line holds more of them than commas (outside quotes), else `,`. */
export function delimiterOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Reads CSV text. Never throws. */
export function readCsv(raw: string, maxRows = MAX_CSV_ROWS): CsvRead {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, error: 'The file is empty: it needs a header row (name, company, …) and one row per recipient.' };
  const delimiter = delimiterOf(text);
  // Blank lines are dropped below, not by papaparse, so its error rows still index `data`.
  const parsed = Papa.parse<string[]>(text, { delimiter });
  const [head, ...data] = parsed.data;
  const headers = (head ?? []).map((h) => h.trim());
  if (headers.length === 0 || headers.every((h) => h === '')) return { ok: false, error: 'The first row must name the columns (name, company, …).' };
  const seen = new Set<string>();
  for (const [i, h] of headers.entries()) {
    if (h === '') return { ok: false, error: `Column ${i + 1} has no name in the header row: name every column (or delete the empty one).` };
    if (seen.has(h.toLowerCase())) return { ok: false, error: `Two columns are named “${h}”: give each column its own name.` };
    seen.add(h.toLowerCase());
  }
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  const count = data.filter((cells) => !blank(cells)).length;
  if (count > maxRows) {
    return { ok: false, error: `This file has ${count.toLocaleString('en-US')} recipients; one batch takes at most ${maxRows.toLocaleString('en-US')}. Split it into smaller files.` };
  }
  // papaparse reports problems by data row (its row 0 is our header).
  const problems = new Map<number, string>();
  for (const e of parsed.errors) {
    const row = (e.row ?? -1) - 1;
    if (row < 0 || problems.has(row)) continue;
    if (e.code === 'MissingQuotes') problems.set(row, 'A quoted value is never closed, so the rest of the file was read into this row: add the missing " (a value that opens with " must end with one).');
    else if (e.code === 'InvalidQuotes') problems.set(row, 'A quote mark sits inside a value that is not quoted: put the whole value in double quotes and double the inner ones ("").');
  }
  const records: CsvRecord[] = [];
  data.forEach((cells, row) => {
    if (blank(cells) && !problems.has(row)) return;
    const record: Record<string, string> = {};
    headers.forEach((h, i) => {
      record[h] = cells[i] ?? '';
    });
    const error =
      problems.get(row) ??
      (cells.length > headers.length
        ? `This row has ${cells.length} values but the header has ${headers.length} columns: a value with a ${delimiter === ',' ? 'comma' : 'semicolon'} in it must be in double quotes.`
        : undefined);
    records.push(error ? { cells: record, error } : { cells: record });
  });
  return { ok: true, headers, records, delimiter };
}
