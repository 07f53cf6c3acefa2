import { describe, expect, test } from 'vitest';
import { entryFor } from '@/lib/sent/entry';
import { comparableWords, findSameNotes } from '@/lib/sent/similar';
import { sameNoteWarning } from '@/lib/sent/warnings';

const BASE = 'Hi Dana, your KubeCon talk on boring deploys changed how my team ships. I would love to learn how you run on-call.';
const toDana = entryFor({ text: BASE, recipient: { name: 'Dana Whitfield' }, plan: 'free' }, Date.parse('2026-12-01T10:00:00Z'), 'dana');
const log = [toDana];

describe('the same note, with names and placeholders set aside', () => {
  test.each([
    ['names swapped in the greeting', 'Hi Marcus, your KubeCon talk on boring deploys changed how my team ships. I would love to learn how you run on-call.', 'Marcus Lee', 1],
    // 22 comparable words: "on-call" is two.
    ['another greeting and a two-word name, no recipient given', 'Hello Ana María, your KubeCon talk on boring deploys changed how my team ships. I would love to learn how you run on-call.', undefined, 21 / 22],
    ['the name used mid-note', 'Hi Marcus, your KubeCon talk on boring deploys changed how my team ships, Marcus. I would love to learn how you run on-call.', 'Marcus Lee', 1],
    ['a placeholder where the name was', 'Hi [Name], your KubeCon talk on boring deploys changed how my team ships. I would love to learn how you run on-call.', 'Marcus Lee', 1],
    ['punctuation, case and curly quotes', 'hi marcus — Your KubeCon talk on “boring deploys” changed how my team ships! I would love to learn how you run on-call', 'Marcus Lee', 1],
    ['one word changed of 22 (95 %)', 'Hi Marcus, your KubeCon talk on boring deploys changed how my team works. I would love to learn how you run on-call.', 'Marcus Lee', 21 / 22],
    ['two words added (22 of 24 ≥ 90 %)', 'Hi Marcus, your KubeCon talk on boring deploys really changed how my whole team ships. I would love to learn how you run on-call.', 'Marcus Lee', 22 / 24],
  ])('%s → warns', (_, text, name, sameness) => {
    const [match] = findSameNotes(log, text, name);
    expect(match?.entry.id).toBe('dana');
    expect(match?.sameness).toBeCloseTo(sameness, 5);
  });

  test.each([
    ['a rewritten second half (below 90 %)', 'Hi Marcus, your KubeCon talk on boring deploys changed how my team ships. Could we compare notes on incident reviews?', 'Marcus Lee'],
    ['three words added (22 of 25 is 88 %)', 'Hi Marcus, your KubeCon talk on boring deploys really changed how my whole team ships. I would so love to learn how you run on-call.', 'Marcus Lee'],
    ['the same words in another order', 'I would love to learn how you run on-call. Your KubeCon talk on boring deploys changed how my team ships.', 'Marcus Lee'],
    ['a note for the same person again', BASE, 'dana whitfield'],
    ['too short to tell', 'Hi Marcus, thanks!', 'Marcus Lee'],
  ])('%s → no warning', (_, text, name) => {
    expect(findSameNotes(log, text, name)).toEqual([]);
  });

  test('the greeting’s name goes, a capitalized word after it that is not a name stays ("Hi I …")', () => {
    expect(comparableWords('Hi Dana, loved it.')).toEqual(['hi', 'loved', 'it']);
    expect(comparableWords('Hi I loved your talk')).toEqual(['hi', 'i', 'loved', 'your', 'talk']);
    expect(comparableWords('Dear {first_name}, hello')).toEqual(['dear', 'hello']);
  });

  test('names which note, with who got it and when', () => {
    const matches = findSameNotes(log, BASE.replace('Dana', 'Marcus'), 'Marcus Lee');
    expect(sameNoteWarning(matches, () => '1 Dec 2026')).toBe(
      'You sent the same note to Dana Whitfield on 1 Dec 2026. Identical notes read as automated: change a line so it is about this person.',
    );
    expect(sameNoteWarning([], () => '')).toBeNull();
  });
});

test('before a copy: the repeated note first, then a limit it would pass', async () => {
  const { copyWarnings } = await import('@/lib/sent/warnings');
  const status = { month: { used: 5, limit: 5 }, week: { used: 1, limit: 100 } };
  const warnings = copyWarnings(log, BASE.replace('Dana', 'Marcus'), 'Marcus Lee', status, () => '1 Dec 2026');
  expect(warnings).toHaveLength(2);
  expect(warnings[0]).toMatch(/^You sent the same note to Dana Whitfield/);
  expect(warnings[1]).toMatch(/^This would be note 6 this month/);
  expect(copyWarnings(log, 'Hi Marcus, something else entirely for you today.', 'Marcus Lee', { month: null, week: { used: 1, limit: 100 } }, String)).toEqual([]);
});
