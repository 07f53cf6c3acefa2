/**
 * Reads invitations pasted from LinkedIn or a spreadsheet: blocks separated by a blank line
 * (name, headline, "N mutual connections", then the note), or CSV with a header row. A scan
 * without regular expressions over the text, so any paste costs one pass. Imports nothing, so the
 * page can use it without the analyzer.
 */

/** An invitation as the page sends it (the shape of the triage request's invitations). */
export interface PastedInvitation {
  name: string;
  headline?: string;
  note?: string;
  mutualConnections?: number;
  mutualNames?: string[];
}

/** The outcome of reading a paste. */
export interface PasteResult {
  invitations: PastedInvitation[];
  /** Blocks or rows that had no name and were skipped. */
  skipped: number;
  /** Invitations beyond `max`, left out. */
  dropped: number;
}

const LIMITS = { name: 100, headline: 220, note: 2000, mutualName: 100, mutualNames: 20 } as const;
const NUMBER_WORDS: Record<string, number> = { no: 0, one: 1, two: 2, three: 3, four: 4, five: 5 };
const GREETINGS = ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'greetings', 'hiya'];

/** "12 mutual connections", "Jamie Lee is a mutual connection", "Jamie Lee and 3 other mutual connections". */
export function readMutuals(line: string): { count: number; names: string[] } | undefined {
  const text = line.trim().replace(/\s+/gu, ' ');
  const lower = text.toLowerCase();
  const suffixes = [' mutual connections', ' mutual connection', ' mutuals', ' mutual'];
  const suffix = suffixes.find((s) => lower.endsWith(s));
  if (!suffix) return undefined;
  const head = text.slice(0, text.length - suffix.length);
  const headLower = head.toLowerCase();
  if (headLower.endsWith(' is a')) return { count: 1, names: [head.slice(0, -5).trim()].filter(Boolean) };
  const other = headLower.lastIndexOf(' other');
  if (other > 0 && other === headLower.length - 6) {
    const before = head.slice(0, other);
    const and = before.lastIndexOf(' and ');
    const n = Number(before.slice(and + 5).trim());
    if (and > 0 && Number.isInteger(n)) {
      const names = before
        .slice(0, and)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return { count: names.length + n, names };
    }
  }
  const n = Number(head.replace(/,/gu, ''));
  if (Number.isInteger(n) && n >= 0) return { count: n, names: [] };
  if (headLower in NUMBER_WORDS) return { count: NUMBER_WORDS[headLower] as number, names: [] };
  return undefined;
}

/** True when a line reads like the start of a note rather than a headline. */
function looksLikeNote(line: string): boolean {
  const lower = line.toLowerCase();
  if (GREETINGS.some((g) => lower === g || lower.startsWith(`${g} `) || lower.startsWith(`${g},`) || lower.startsWith(`${g}!`))) return true;
  const last = line[line.length - 1];
  if (line.length > 120 || last === '.' || last === '!' || last === '?') return true;
  // Headlines are phrases; a sentence break inside, or a dozen words, make it a note.
  return ['. ', '! ', '? '].some((brk) => line.includes(brk)) || line.split(' ').length >= 12;
}

function cut(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function build(name: string, headline: string | undefined, note: string | undefined, mutuals?: { count: number; names: string[] }): PastedInvitation {
  const inv: PastedInvitation = { name: name.trim().slice(0, LIMITS.name) };
  const h = cut(headline, LIMITS.headline);
  const n = cut(note, LIMITS.note);
  if (h) inv.headline = h;
  if (n) inv.note = n;
  if (mutuals) {
    inv.mutualConnections = mutuals.count;
    const names = mutuals.names.map((m) => m.slice(0, LIMITS.mutualName)).slice(0, LIMITS.mutualNames);
    if (names.length > 0) inv.mutualNames = names;
  }
  return inv;
}

/** Reads blank-line-separated blocks. */
function readBlocks(text: string): { invitations: PastedInvitation[]; skipped: number } {
  const blocks: string[][] = [[]];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if ((blocks[blocks.length - 1] as string[]).length > 0) blocks.push([]);
    } else (blocks[blocks.length - 1] as string[]).push(line);
  }
  const invitations: PastedInvitation[] = [];
  let skipped = 0;
  for (const lines of blocks) {
    if (lines.length === 0) continue;
    const [name, ...rest] = lines as [string, ...string[]];
    if (readMutuals(name)) {
      skipped++;
      continue;
    }
    let headline: string | undefined;
    let mutuals: { count: number; names: string[] } | undefined;
    const noteLines: string[] = [];
    for (const line of rest) {
      const m = mutuals ? undefined : readMutuals(line);
      if (m) mutuals = m;
      else if (headline === undefined && noteLines.length === 0 && !(rest.length === 1 && looksLikeNote(line))) headline = line;
      else noteLines.push(line);
    }
    invitations.push(build(name, headline, noteLines.join('\n'), mutuals));
  }
  return { invitations, skipped };
}

/** Splits CSV into rows of cells (RFC 4180 quotes; commas, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const COLUMN_NAMES: Record<string, keyof PastedInvitation> = {
  name: 'name',
  'full name': 'name',
  headline: 'headline',
  title: 'headline',
  note: 'note',
  message: 'note',
  mutualconnections: 'mutualConnections',
  'mutual connections': 'mutualConnections',
  mutuals: 'mutualConnections',
  mutualnames: 'mutualNames',
  'mutual names': 'mutualNames',
};

/** True when the first line is a CSV header naming a `name` column. */
function isCsv(text: string): boolean {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  if (!first.includes(',')) return false;
  return (parseCsv(first)[0] ?? []).some((c) => COLUMN_NAMES[c.trim().toLowerCase()] === 'name');
}

function readCsv(text: string): { invitations: PastedInvitation[]; skipped: number } {
  const [header = [], ...rows] = parseCsv(text);
  const columns = header.map((h) => COLUMN_NAMES[h.trim().toLowerCase()]);
  const invitations: PastedInvitation[] = [];
  let skipped = 0;
  for (const row of rows) {
    const get = (key: keyof PastedInvitation) => {
      const at = columns.indexOf(key);
      return at >= 0 ? row[at] : undefined;
    };
    const name = get('name')?.trim();
    if (!name) {
      skipped++;
      continue;
    }
    const names = (get('mutualNames') ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    const countCell = get('mutualConnections')?.trim();
    const count = countCell ? Number(countCell) : undefined;
    const mutuals = count !== undefined && Number.isInteger(count) && count >= 0 ? { count: Math.max(count, names.length), names } : names.length > 0 ? { count: names.length, names } : undefined;
    invitations.push(build(name, get('headline'), get('note'), mutuals));
  }
  return { invitations, skipped };
}

/** Reads a paste: CSV when the first line is a header with a name column, else blocks. */
export function parseInvitations(text: string, max = 200): PasteResult {
  const clean = text.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '');
  const { invitations, skipped } = isCsv(clean) ? readCsv(clean) : readBlocks(clean);
  return { invitations: invitations.slice(0, max), skipped, dropped: Math.max(0, invitations.length - max) };
}
