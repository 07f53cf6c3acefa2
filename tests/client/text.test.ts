import { describe, expect, test } from 'vitest';
import { cutAtLimit, findPlaceholders, limitState, splitPlaceholders } from '@/lib/client/text';

describe('limitState', () => {
  test.each([
    [0, 300, 'ok'],
    [269, 300, 'ok'],
    [270, 300, 'near'],
    [300, 300, 'near'],
    [301, 300, 'over'],
    [179, 200, 'ok'],
    [180, 200, 'near'],
    [250, 200, 'over'],
  ] as const)('%i of %i is %s', (length, limit, expected) => {
    expect(limitState(length, limit)).toBe(expected);
  });
});

describe('cutAtLimit', () => {
  test.each([
    ['short', 10, 'short', ''],
    ['exactly10!', 10, 'exactly10!', ''],
    ['abcdefghijkl', 10, 'abcdefghij', 'kl'],
    ['', 200, '', ''],
    // 🚀 is two UTF-16 units; a cut between them would leave half an emoji.
    ['abcdefghi🚀z', 10, 'abcdefghi', '🚀z'],
    ['abcdefgh🚀z', 10, 'abcdefgh🚀', 'z'],
  ])('%j at %i', (note, limit, sent, cut) => {
    const result = cutAtLimit(note, limit);
    expect(result).toEqual({ sent, cut });
    expect(result.sent + result.cut).toBe(note);
    expect(result.sent.length).toBeLessThanOrEqual(limit);
  });
});

describe('findPlaceholders', () => {
  test.each([
    ['Hi [Name], loved {company}.', ['[Name]', '{company}']],
    ['Hi <first name>, hi <first name>', ['<first name>']],
    ['No placeholders here.', []],
    ['I <3 your work', []],
    ['[an aside that runs on for well over forty characters in total]', []],
    ['Hi [their first name]', ['[their first name]']],
  ])('%j', (note, expected) => {
    expect(findPlaceholders(note)).toEqual(expected);
  });
});

describe('splitPlaceholders', () => {
  test.each([
    ['Hi [their first name], hi.', ['[their first name]'], [['Hi ', false], ['[their first name]', true], [', hi.', false]]],
    ['[a] and [a] (b)', ['[a]'], [['[a]', true], [' and ', false], ['[a]', true], [' (b)', false]]],
    ['Nothing to mark.', [], [['Nothing to mark.', false]]],
    // Regex characters in a placeholder are taken literally.
    ['Say (why?) [x.*]', ['[x.*]'], [['Say (why?) ', false], ['[x.*]', true]]],
  ])('%j', (text, placeholders, expected) => {
    const parts = splitPlaceholders(text, placeholders);
    expect(parts.map((p) => [p.text, p.placeholder])).toEqual(expected);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});
