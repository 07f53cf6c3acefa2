/**
 * Reading a spreadsheet of recipients: the CSV cases spreadsheets and people produce (quoted
 * commas and line breaks, doubled quotes, a byte-order mark, `;` delimiters, CRLF), the whole-file
 * refusals, and a broken row that gets its own error while the others go on.
 */
import { describe, expect, test } from 'vitest';
import { MAX_CSV_ROWS, readCsv } from '@/lib/batch/csv';

const ok = (text: string) => {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.error);
  return read;
};

describe('readCsv', () => {
  test.each([
    ['a header row and plain rows', 'name,company\nAna Li,Acme\nBo Chen,Globex\n', [{ name: 'Ana Li', company: 'Acme' }, { name: 'Bo Chen', company: 'Globex' }]],
    ['a quoted comma', 'name,headline\nAna Li,"Head of Sales, EMEA"', [{ name: 'Ana Li', headline: 'Head of Sales, EMEA' }]],
    ['a quoted line break', 'name,recentWork\nAna Li,"post on\nhiring"', [{ name: 'Ana Li', recentWork: 'post on\nhiring' }]],
    ['doubled quotes inside quotes', 'name,recentWork\nAna Li,"the ""Quiet Offer"" essay"', [{ name: 'Ana Li', recentWork: 'the "Quiet Offer" essay' }]],
    ['a UTF-8 byte-order mark', '\uFEFFname,company\nAna Li,Acme', [{ name: 'Ana Li', company: 'Acme' }]],
    ['CRLF line ends', 'name,company\r\nAna Li,Acme\r\nBo Chen,Globex\r\n', [{ name: 'Ana Li', company: 'Acme' }, { name: 'Bo Chen', company: 'Globex' }]],
    ['; as the delimiter, with a quoted ;', 'name;schools\r\nAna Li;"MIT; Rice"\r\n', [{ name: 'Ana Li', schools: 'MIT; Rice' }]],
    [', as the delimiter while values hold ;', 'name,schools\nAna Li,MIT; Rice', [{ name: 'Ana Li', schools: 'MIT; Rice' }]],
    ['blank lines between rows', 'name\n\nAna Li\n\n\nBo Chen\n', [{ name: 'Ana Li' }, { name: 'Bo Chen' }]],
    ['headers with spaces around them', ' name , company \nAna Li,Acme', [{ name: 'Ana Li', company: 'Acme' }]],
    ['non-Latin text and emoji', 'name,company\nZoë Ångström,Société Générale 🚀\n李娜,北京', [{ name: 'Zoë Ångström', company: 'Société Générale 🚀' }, { name: '李娜', company: '北京' }]],
    ['a row with fewer cells (the rest are empty)', 'name,company,industry\nAna Li,Acme', [{ name: 'Ana Li', company: 'Acme', industry: '' }]],
  ])('%s', (_what, text, cells) => {
    const read = ok(text);
    expect(read.records.map((r) => r.cells)).toEqual(cells);
    expect(read.records.every((r) => r.error === undefined)).toBe(true);
  });

  test('a row with too many cells gets its own error; the rows after it go on', () => {
    const read = ok('name,company\nAna Li,Acme\nBo Chen,Globex, Inc.\nCyra Das,Initech\n');
    expect(read.records.map((r) => r.cells.name)).toEqual(['Ana Li', 'Bo Chen', 'Cyra Das']);
    expect(read.records[1]?.error).toBe('This row has 3 values but the header has 2 columns: a value with a comma in it must be in double quotes.');
    expect(read.records[0]?.error).toBeUndefined();
    expect(read.records[2]?.error).toBeUndefined();
  });

  test('a quote that is never closed is that row’s error, and says the rest of the file went into it', () => {
    const read = ok('name,company\nAna Li,Acme\nBo Chen,"Globex\nCyra Das,Initech\n');
    expect(read.records).toHaveLength(2);
    expect(read.records[0]?.error).toBeUndefined();
    expect(read.records[1]?.error).toMatch(/never closed, so the rest of the file was read into this row/);
  });

  test.each([
    ['an empty file', '', /empty/],
    ['only blank lines', '\n\n \n', /empty/],
    ['a header with an empty column name', 'name,,company\nAna,x,Acme', /Column 2 has no name/],
    ['two columns of one name', 'name,Name\nAna,Ana', /Two columns are named “Name”/],
  ])('refuses %s with a clear error', (_what, text, error) => {
    const read = readCsv(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(error);
  });

  test(`takes ${MAX_CSV_ROWS.toLocaleString('en-US')} rows and refuses one more`, () => {
    const rows = (n: number) => `name\n${Array.from({ length: n }, (_, i) => `P${i}`).join('\n')}\n`;
    expect(ok(rows(MAX_CSV_ROWS)).records).toHaveLength(MAX_CSV_ROWS);
    const over = readCsv(rows(MAX_CSV_ROWS + 1));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error).toBe('This file has 10,001 recipients; one batch takes at most 10,000. Split it into smaller files.');
  });
});
