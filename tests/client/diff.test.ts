import { describe, expect, test } from 'vitest';
import { diffWords, tokenize } from '@/lib/client/diff';

describe('tokenize', () => {
  test.each([
    ['Hi Dana, hello', ['Hi ', 'Dana, ', 'hello']],
    ['  lead', ['  ', 'lead']],
    ['', []],
    ['a\nb', ['a\n', 'b']],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('diffWords', () => {
  test.each([
    ['identical', 'Hi Dana.', 'Hi Dana.', [['same', 'Hi Dana.']]],
    ['a word added', 'Hi Dana.', 'Hi dear Dana.', [['same', 'Hi '], ['added', 'dear '], ['same', 'Dana.']]],
    ['a word removed', 'Hi dear Dana.', 'Hi Dana.', [['same', 'Hi '], ['removed', 'dear '], ['same', 'Dana.']]],
    ['a word replaced', 'I like cats', 'I love cats', [['same', 'I '], ['removed', 'like '], ['added', 'love '], ['same', 'cats']]],
    ['from nothing', '', 'Hello there', [['added', 'Hello there']]],
    ['to nothing', 'Hello there', '', [['removed', 'Hello there']]],
  ] as const)('%s', (_name, before, after, expected) => {
    const parts = diffWords(before, after);
    expect(parts.map((p) => [p.kind, p.text])).toEqual(expected);
    // Same and added parts rebuild the rewrite; same and removed rebuild the draft (modulo spacing).
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
  });

  test('a very long input falls back to "all replaced" rather than building a huge table', () => {
    const long = 'word '.repeat(2000);
    const parts = diffWords(long, `${long}more`);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });
});
