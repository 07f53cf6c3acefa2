import { describe, expect, test } from 'vitest';
import { type Mark, markKey, marksAt, rebaseMarks, segmentNote, worstStatus } from '@/lib/client/highlight';
import type { CheckId, RuleId, Status } from '@/lib/schema';

function mark(note: string, start: number, end: number, status: Status = 'fail', checkId: CheckId = 'red-flags', ruleId: RuleId = 'boilerplate'): Mark {
  const finding = { ruleId, message: `Unexpected \`${note.slice(start, end)}\``, span: { start, end }, actual: note.slice(start, end) };
  return { checkId, status, finding, key: markKey(checkId, finding) };
}

const NOTE = "Hi Dana, I'd like to add you to my professional network.";

describe('segmentNote', () => {
  test.each([
    ['no marks: one plain segment', [], [[NOTE, 0]]],
    ['one mark in the middle', [[9, 20]], [['Hi Dana, ', 0], ["I'd like to", 1], [' add you to my professional network.', 0]]],
    ['a mark at the very start and end', [[0, 2], [55, 56]], [['Hi', 1], [" Dana, I'd like to add you to my professional network", 0], ['.', 1]]],
    ['overlapping marks split into three runs', [[9, 20], [15, 27]], [['Hi Dana, ', 0], ["I'd li", 1], ['ke to', 2], [' add yo', 1], ['u to my professional network.', 0]]],
    ['spans outside the note are ignored', [[50, 99], [5, 5]], [[NOTE, 0]]],
  ] as const)('%s', (_name, spans, expected) => {
    const segments = segmentNote(NOTE, spans.map(([s, e]) => mark(NOTE, s, e)));
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(NOTE);
    for (const s of segments) expect(NOTE.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('worstStatus', () => {
  test.each([
    [['pass'], 'pass'],
    [['pass', 'warn'], 'warn'],
    [['warn', 'fail', 'pass'], 'fail'],
    [[], 'pass'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(worstStatus(statuses.map((s) => mark(NOTE, 0, 2, s)))).toBe(expected);
  });
});

describe('marksAt', () => {
  test.each([
    [8, 0],
    [9, 1],
    [14, 1],
    [20, 1],
    [21, 0],
  ])('caret at %i is in %i marks', (offset, count) => {
    expect(marksAt([mark(NOTE, 9, 20)], offset)).toHaveLength(count);
  });
});

describe('rebaseMarks', () => {
  const before = "Hi Dana, I'd like to add you.";
  const marks = [mark(before, 0, 7), mark(before, 9, 20)];
  test.each([
    ['typing before both shifts both', `Oh, ${before}`, [[4, 11], [13, 24]]],
    ['typing between them shifts only the second', "Hi Dana, so I'd like to add you.", [[0, 7], [12, 23]]],
    ['typing inside a mark drops it', "Hi Dana, I'd really like to add you.", [[0, 7]]],
    ['typing after both keeps both', `${before} Thanks`, [[0, 7], [9, 20]]],
    ['deleting the start drops the first and shifts the second', before.slice(3), [[6, 17]]],
    ['no change keeps all', before, [[0, 7], [9, 20]]],
  ])('%s', (_name, after, expected) => {
    const rebased = rebaseMarks(before, after, marks);
    expect(rebased.map((m) => [m.finding.span.start, m.finding.span.end])).toEqual(expected);
    // Moved marks still cover the same words.
    for (const m of rebased) expect(after.slice(m.finding.span.start, m.finding.span.end)).toBe(m.finding.actual);
  });
});
