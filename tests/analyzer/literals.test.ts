import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNote } from '@/lib/analyzer';
import * as intent from '@/lib/analyzer/lexicon/intent';
import * as praise from '@/lib/analyzer/lexicon/praise';
import * as redFlags from '@/lib/analyzer/lexicon/red-flags';
import * as shared from '@/lib/analyzer/lexicon/shared-ground';
import { mayMatch, requiredLiterals } from '@/lib/analyzer/literals';

// The pre-check may only ever say "may match" wrongly, never "cannot match": a wrong "cannot"
// would silently drop a finding. These tests hold it to that.

describe('requiredLiterals', () => {
  test.each([
    [String.raw`\bbook (?:a|an) (?:quick )?(?:call|demo)\b`, ['book a ', 'book an ']],
    [String.raw`\b(?:we've|we have|we) (?:just |recently )?(?:released|launched) (?:a|an|our)\b`, ['launched', 'released']],
    [String.raw`\bangel investor\b`, ['angel investor']],
    [String.raw`\bresults[\s-](?:driven|oriented)\b`, ['results']],
    [String.raw`\b(?:hop|jump)\s{1,3}on\b`, ['hop', 'jump']],
    [String.raw`(?<=[\p{L}])'s\s(?:brother|sister)\b`, ['sister', 'brother']],
    [String.raw`(?:\u{1F680}\u{1F680}\u{1F680})`, ['\u{1F680}\u{1F680}\u{1F680}']],
    [String.raw`\bcerts\b|\bcertifications\b`, ['certs', 'certifications']],
  ])('%s needs one of %j', (source, literals) => {
    expect(new Set(requiredLiterals(new RegExp(source, 'gu')))).toEqual(new Set(literals));
  });

  test.each([
    ['an empty branch lets anything through', String.raw`\b(?:hello|)\b`, 'gu'],
    ['an optional word requires nothing', String.raw`(?:referral)?`, 'gu'],
    ['only classes and properties', String.raw`[\p{L}\p{N}]+`, 'gu'],
    ['two letters are in every note', String.raw`\bok\b`, 'gu'],
    ['case-insensitive patterns are not pre-checked', String.raw`\bhello world\b`, 'giu'],
    ['a backreference gives up', String.raw`(abc)\1`, 'gu'],
    ['a branch without literals frees the alternation', String.raw`\b(?:hello there|\d+)\b`, 'gu'],
  ])('%s: %s', (_, source, flags) => {
    expect(requiredLiterals(new RegExp(source, flags))).toBeNull();
  });

  test('a repeated group still needs its text once', () => {
    expect(requiredLiterals(/(?:abc){2,3}x/gu)).toEqual(['abc']);
  });
});

describe('mayMatch never rules out a text the pattern matches', () => {
  // Random patterns over a small alphabet, with the constructs the lexicon uses.
  const atom: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('a', 'b', 'c', ' ', 'ab', 'abc', 'cab', 'bca ', '\\b', '[ab]', '\\s', '.', '\\p{L}', '(?=a)', '(?<!b)', '(?<=c)'),
    fc.constantFrom('abc', 'bcab', 'ca b').map((s) => `(?:${s})`),
  );
  const zeroWidth = (a: string) => a === '\\b' || /^\(\?<?[=!]/.test(a);
  const piece = fc
    .tuple(atom, fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{1,3}', '{0,2}'))
    .map(([a, q]) => (zeroWidth(a) ? a : q && a.length > 1 && !/^[([\\]/.test(a) ? `(?:${a})${q}` : a + q));
  const branch = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
  const pattern = fc.array(branch, { minLength: 1, maxLength: 3 }).map((b) => b.join('|'));
  const nested = fc.tuple(pattern, pattern, fc.constantFrom('', '?', '+')).map(([x, y, q]) => `${x}(?:${y})${q}`);
  const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'x'), { maxLength: 40 }).map((c) => c.join(''));

  test('on random patterns and texts', () => {
    let ruledOut = 0;
    fc.assert(
      fc.property(fc.oneof(pattern, nested), text, (source, s) => {
        const re = new RegExp(source, 'gu');
        re.lastIndex = 0;
        if (re.test(s)) expect(mayMatch(re, s)).toBe(true);
        else if (!mayMatch(re, s)) ruledOut++;
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: the pre-check did rule texts out.
    expect(ruledOut).toBeGreaterThan(100);
  });

  // The lexicon's pattern lists on every fixture note, as the checks read it.
  const notes = ['dev', 'extra', 'extra2', 'extra3', 'extra4', 'real-dev', 'golden-rules']
    .flatMap((set) => readFileSync(new URL(`../fixtures/${set}.jsonl`, import.meta.url), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => parseNote((JSON.parse(line) as { request: { note: string } }).request.note));
  const sources = Object.entries({ intent, praise, redFlags, shared }).flatMap(([, exports]) =>
    Object.entries(exports)
      .filter(([name, value]) => /PATTERN|FRAMES|PURPOSES$/.test(name) && Array.isArray(value) && value.every((v) => typeof v === 'string'))
      .flatMap(([, value]) => value as string[]),
  );

  test('on the lexicon patterns and the fixture notes', () => {
    expect(sources.length).toBeGreaterThan(50);
    let matched = 0;
    let skipped = 0;
    for (const source of sources) {
      const re = new RegExp(source, 'gu');
      for (const doc of notes) {
        for (const text of [doc.content, doc.sealed]) {
          re.lastIndex = 0;
          const matches = re.test(text);
          const may = mayMatch(re, text);
          if (matches) {
            matched++;
            expect(may, `${source} on ${JSON.stringify(text)}`).toBe(true);
          } else if (!may) skipped++;
        }
      }
    }
    // The set exercises both sides: real matches kept, and most non-matching scans skipped.
    expect(matched).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(matched);
  });
});
