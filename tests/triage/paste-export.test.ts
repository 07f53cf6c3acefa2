/**
 * Reading pasted invitations (LinkedIn-style blocks and CSV), exporting decisions (formula-like
 * cells neutralised), and the page's stored triage data (guards, memory, criteria).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDecisionMemory, isStoredCriteria, MAX_REMEMBERED, personKey, remember, toCriteria } from '@/lib/client/triage';
import { triageRequestSchema } from '@/lib/schema';
import { csvCell, decisionsToCsv } from '@/lib/triage/export';
import { parseCsv, parseInvitations, readMutuals } from '@/lib/triage/paste';

describe('blocks', () => {
  test('name, headline, mutuals and a note, blocks split by blank lines', () => {
    const text = 'Sam Ortiz\nData Engineer at Northwind\n4 mutual connections\nHi Dana, loved your talk.\nWould love to compare notes.\n\n\nJohn Doe\n\nRita Moreno\nProduct Designer\nJamie Lee and 3 other mutual connections';
    expect(parseInvitations(text).invitations).toEqual([
      { name: 'Sam Ortiz', headline: 'Data Engineer at Northwind', note: 'Hi Dana, loved your talk.\nWould love to compare notes.', mutualConnections: 4 },
      { name: 'John Doe' },
      { name: 'Rita Moreno', headline: 'Product Designer', mutualConnections: 4, mutualNames: ['Jamie Lee'] },
    ]);
  });
  test.each([
    ['Sam\nHi Dana, would love to connect.', { name: 'Sam', note: 'Hi Dana, would love to connect.' }],
    ['Sam\nHey Dana', { name: 'Sam', note: 'Hey Dana' }],
    ['Sam\nGrowth lead at Acme', { name: 'Sam', headline: 'Growth lead at Acme' }],
    ['Sam\nEarn $5,000 weekly trading bitcoin with my mentor, message me now! bit.ly/x', { name: 'Sam', note: 'Earn $5,000 weekly trading bitcoin with my mentor, message me now! bit.ly/x' }],
    ['Sam\r\nEngineer\r\n', { name: 'Sam', headline: 'Engineer' }],
  ])('two lines: %j', (text, expected) => {
    expect(parseInvitations(text).invitations).toEqual([expected]);
  });
  test.each([
    ['12 mutual connections', { count: 12, names: [] }],
    ['1 mutual connection', { count: 1, names: [] }],
    ['Jamie Lee is a mutual connection', { count: 1, names: ['Jamie Lee'] }],
    ['Jamie Lee, Ana Ruiz and 10 other mutual connections', { count: 12, names: ['Jamie Lee', 'Ana Ruiz'] }],
    ['1,204 mutual connections', { count: 1204, names: [] }],
    ['We have no mutual friends', undefined],
    ['Mutual connections matter', undefined],
  ])('%s', (line, expected) => {
    expect(readMutuals(line)).toEqual(expected);
  });
  test('more than 200 are cut to 200 and counted', () => {
    const text = Array.from({ length: 230 }, (_, i) => `Person ${i}`).join('\n\n');
    const r = parseInvitations(text);
    expect(r.invitations).toHaveLength(200);
    expect(r.dropped).toBe(30);
  });
  test('any paste yields invitations the API accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        const { invitations } = parseInvitations(text);
        if (invitations.length > 0) expect(triageRequestSchema.safeParse({ invitations }).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV', () => {
  test('a header with name, headline, note, mutual columns; quoted cells with commas, quotes and new lines', () => {
    const csv = 'Name,Headline,Message,Mutual connections,Mutual names\r\n"Ortiz, Sam",Engineer,"Hi Dana, ""quick"" one\nsecond line",4,Jamie Lee; Ana Ruiz\r\n,no name,,,\r\nJo,,,,\r\n';
    const r = parseInvitations(csv);
    expect(r.invitations).toEqual([
      { name: 'Ortiz, Sam', headline: 'Engineer', note: 'Hi Dana, "quick" one\nsecond line', mutualConnections: 4, mutualNames: ['Jamie Lee', 'Ana Ruiz'] },
      { name: 'Jo' },
    ]);
    expect(r.skipped).toBe(1);
  });
  test('a first line without a name column is not CSV', () => {
    expect(parseInvitations('Sam Ortiz, PhD\nEngineer').invitations).toEqual([{ name: 'Sam Ortiz, PhD', headline: 'Engineer' }]);
  });
  test('parseCsv keeps empty cells', () => {
    expect(parseCsv('a,,c\n1,2,')).toEqual([
      ['a', '', 'c'],
      ['1', '2', ''],
    ]);
  });
});

describe('export', () => {
  test.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1 555', "'+1 555"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['Plain, with comma', '"Plain, with comma"'],
    ['Dana – 5', 'Dana – 5'],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
  test('one header and one line per decision', () => {
    const csv = decisionsToCsv([{ name: '=Evil', decision: 'ignore', decidedBy: 'suggested', reasons: ['Ignore: scam', 'Accept: says why'], date: '2026-12-01' }]);
    expect(csv).toBe("name,headline,note,decision,decidedBy,reasons,reply,date\r\n'=Evil,,,ignore,suggested,Ignore: scam; Accept: says why,,2026-12-01\r\n");
  });
});

describe('stored triage data', () => {
  test('people are recognised by their folded name', () => {
    expect(personKey('  José  Álvarez ')).toBe(personKey('jose alvarez'));
  });
  test('memory keeps the newest entries only', () => {
    const entries = Array.from({ length: MAX_REMEMBERED + 5 }, (_, i) => ({ name: `P${i}`, decision: 'ignore' as const, reason: 'r', date: i, override: false }));
    const m = remember({}, entries);
    expect(Object.keys(m)).toHaveLength(MAX_REMEMBERED);
    expect(m[personKey('P0')]).toBeUndefined();
    expect(isDecisionMemory(m)).toBe(true);
  });
  test('guards refuse what an older or foreign page left', () => {
    expect(isStoredCriteria({ preset: 'curated', rules: { scam: 'maybe' }, keywords: { accept: '', ignore: '' } })).toBe(false);
    expect(isStoredCriteria({ preset: 'lax', rules: {}, keywords: { accept: '', ignore: '' } })).toBe(false);
    expect(isDecisionMemory({ x: { name: 'x', decision: 'accept', reason: 'r', date: '2026', override: false } })).toBe(false);
  });
  test('criteria as the request carries them', () => {
    expect(toCriteria({ preset: 'strict', rules: { emoji: 'off' }, keywords: { accept: 'rust, data contracts', ignore: '' } })).toEqual({
      preset: 'strict',
      rules: { emoji: 'off' },
      keywords: { accept: ['rust', 'data contracts'] },
    });
    expect(triageRequestSchema.safeParse({ invitations: [{ name: 'a' }], criteria: toCriteria({ preset: 'open', rules: {}, keywords: { accept: '', ignore: ' ; ' } }) }).success).toBe(true);
  });
});
