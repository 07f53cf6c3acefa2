import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldName } from '@/lib/analyzer/text';

// foldName takes shortcuts for plain words and ASCII text; they must give what the full
// Unicode folding gives.
const reference = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('foldName', () => {
  test.each([
    ['josé', 'jose'],
    ['University of Michigan', 'university of michigan'],
    ['  Data-Engineering!! ', 'data engineering'],
    ['mlops2', 'mlops2'],
    ['', ''],
    ['İstanbul', 'istanbul'],
  ])('%j folds to %j', (name, folded) => expect(foldName(name)).toBe(folded));

  test('matches full Unicode folding on any text', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '-', "'", '\t', '.', 'é', 'ß', 'İ', '\u0301', '😀', 'ｚ') });
    const sample = fc.oneof(ascii, fc.string({ unit: 'binary' }), fc.string());
    fc.assert(
      fc.property(sample, (name) => {
        expect(foldName(name)).toBe(reference(name));
      }),
      { numRuns: 2000 },
    );
  });
});
