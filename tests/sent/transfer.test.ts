import { describe, expect, test } from 'vitest';
import { entryFor, isSentEntry, mergeById, type SavedDraft, type SentEntry } from '@/lib/sent/entry';
import { logToCsv, logToJson, sentCsvCell, unescapeCell } from '@/lib/sent/export';
import { readImport } from '@/lib/sent/import';
import { sentEntrySchema } from '@/lib/schema';
import { parseCsv } from '@/lib/triage/paste';

const T = Date.parse('2026-12-01T09:30:15.123Z');
const full: SentEntry = {
  ...entryFor(
    {
      text: 'Hi Dana, "quoted", with commas\nand a second line.',
      recipient: { name: 'Dana Whitfield', headline: 'SRE lead, Acme' },
      scenario: 'Alumni',
      plan: 'premium',
      analysis: { score: 82, verdict: 'strong', sharedGround: true, specificPraise: false },
    },
    T,
    'e1',
  ),
  status: 'accepted',
  statusAt: T + 86_400_000,
};
const bare = entryFor({ text: '=HYPERLINK("x")', plan: 'free' }, T - 5000, 'e2');
const tricky = ['=HYPERLINK("x")', '+1', '@x', '-2', "'already quoted", "'=both", 'a "quote"', 'a, comma', 'two\r\nlines', '\tindented', 'plain'];
const trickyLog = tricky.map((text, i) => entryFor({ text, recipient: { name: text }, plan: 'free' }, T - i * 1000, `t${i}`));
const draft: SavedDraft = { id: 'd1', text: 'Half-written note', savedAt: T, recipient: { name: 'Sam', schools: 'MIT; Yale' } };

describe('CSV export', () => {
  test.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@x', "'@x"],
    ['-2', "'-2"],
    ['\tx', "'\tx"],
    ['a "quote"', '"a ""quote"""'],
    ['a, comma', '"a, comma"'],
    ['line\nbreak', '"line\nbreak"'],
    ["'kept", "''kept"],
    ['plain', 'plain'],
  ])('%j is written as %s', (value, cell) => {
    expect(sentCsvCell(value)).toBe(cell);
  });

  test('a spreadsheet reads every formula-like cell as text: none starts with = + - @ after parsing', () => {
    const rows = parseCsv(logToCsv(trickyLog));
    expect(rows[0]).toContain('note');
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
  });

  test('the header row and one row per entry, CRLF line ends', () => {
    const csv = logToCsv([full]);
    expect(csv.split('\r\n')[0]).toBe('id,date,status,statusDate,name,headline,scenario,plan,score,verdict,sharedGround,specificPraise,characters,note');
    expect(csv).toContain('e1,2026-12-01T09:30:15.123Z,accepted,2026-12-02T09:30:15.123Z,Dana Whitfield,"SRE lead, Acme",Alumni,premium,82,strong,yes,no,');
  });
});

describe('round trips', () => {
  test('JSON gives back the log, the drafts and the weekly cap exactly', () => {
    const result = readImport(logToJson([full, bare, ...trickyLog], [draft], 40, T));
    expect(result).toEqual({ ok: true, kind: 'json', entries: [full, bare, ...trickyLog], drafts: [draft], weeklyCap: 40, problems: [] });
  });

  test('CSV gives back every entry, formula-like and quoted text included', () => {
    const result = readImport(logToCsv([full, bare, ...trickyLog]));
    expect(result.ok && result.problems).toEqual([]);
    expect(result.ok && result.entries).toEqual([full, bare, ...trickyLog]);
  });

  test.each(tricky)('unescapeCell undoes sentCsvCell for %j', (value) => {
    expect(unescapeCell(parseCsv(`${sentCsvCell(value)}\n`)[0]?.[0] ?? '')).toBe(value.replace(/\r\n/gu, '\r\n'));
  });
});

describe('import with bad rows', () => {
  test('a CSV with one bad row keeps the good ones and says which row and why', () => {
    const csv = logToCsv([full, bare]).trimEnd().split('\r\n');
    csv.splice(2, 0, 'bad1,yesterday-ish,accepted,,Pat,,,free,,,,,5,Hello Pat');
    const result = readImport(csv.join('\r\n'));
    if (!result.ok) throw new Error(result.error);
    expect(result.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(result.problems).toEqual([{ row: 2, message: 'date: must be a date, such as 2026-12-01 or 2026-12-01T09:30:00Z' }]);
  });

  test('JSON rows are checked one by one: a wrong status, a repeated id', () => {
    const file = JSON.parse(logToJson([full, bare], [], undefined, T)) as { entries: unknown[] };
    file.entries.push({ ...bare, id: 'e3', status: 'maybe' }, { ...full });
    const result = readImport(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.entries).toEqual([full, bare]);
    expect(result.problems).toEqual([
      { row: 3, message: 'status: must be one of pending, accepted, no-answer, declined, withdrawn' },
      { row: 4, message: 'the same id as row 1' },
    ]);
  });

  test('a spreadsheet-made CSV: labels, missing optional columns, a BOM', () => {
    const result = readImport('\uFEFFdate,name,status,verdict,note\r\n2026-11-03,Lee,No answer,Needs work,Hi Lee\r\n');
    expect(result.ok && result.entries[0]).toMatchObject({ sentAt: Date.parse('2026-11-03'), status: 'no-answer', verdict: 'needs-work', recipient: { name: 'Lee' }, plan: 'free', text: 'Hi Lee' });
  });

  test.each([
    ['', 'This file is empty.'],
    ['{"entries": [', 'This file is not valid JSON. Choose a file exported from Sent notes.'],
    ['{"format":"other","version":1,"entries":[]}', 'This is not a sent-notes file notecoach can read (format: not a notecoach sent-notes file).'],
    ['name,headline\r\nPat,CTO\r\n', 'This CSV has no “note” and “date” columns. Export one from Sent notes to see the columns it takes.'],
  ])('a file that is not a log: %j', (text, error) => {
    expect(readImport(text)).toEqual({ ok: false, error });
  });

  test('merging keeps what is already in the log and adds the rest, newest first', () => {
    const edited = { ...full, status: 'declined' as const };
    const { merged, added, skipped } = mergeById([edited], [full, bare], (e) => e.sentAt);
    expect(merged).toEqual([edited, bare]);
    expect([added, skipped]).toEqual([1, 1]);
  });
});

describe('the page’s stored-log guard agrees with the schema', () => {
  const samples: unknown[] = [
    full,
    bare,
    { ...bare, status: 'maybe' },
    { ...bare, extra: 1 },
    { ...bare, recipient: { name: 'x', company: 'y' } },
    { ...bare, score: 101 },
    { ...bare, score: 5.5 },
    { ...bare, sentAt: -1 },
    { ...bare, id: '' },
    { ...bare, plan: 'gold' },
    { ...bare, verdict: 'ok' },
    { ...bare, sharedGround: 'yes' },
    { ...bare, text: 'x'.repeat(5001) },
    null,
    [],
  ];
  test.each(samples.map((s, i) => [i, s]))('sample %i', (_, sample) => {
    expect(isSentEntry(sample)).toBe(sentEntrySchema.safeParse(sample).success);
  });
});
