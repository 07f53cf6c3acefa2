import { describe, expect, test } from 'vitest';
import * as intent from '@/lib/analyzer/lexicon/intent';
import * as praise from '@/lib/analyzer/lexicon/praise';
import * as redFlags from '@/lib/analyzer/lexicon/red-flags';
import * as shared from '@/lib/analyzer/lexicon/shared-ground';
import * as stopwords from '@/lib/analyzer/lexicon/stopwords';
import * as structure from '@/lib/analyzer/lexicon/structure';
import { analyze } from '@/lib/analyzer';
import { RED_FLAG_IDS } from '@/lib/schema';

const modules = { intent, praise, redFlags, shared, stopwords, structure };
const lists = Object.entries(modules).flatMap(([mod, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => Array.isArray(value) && value.every((v) => typeof v === 'string'))
    .map(([name, value]) => [`${mod}.${name}`, value as string[]] as const),
);
const patternLists = lists.filter(([name]) => /PATTERN|FRAMES|PURPOSES$/.test(name) && !/VAGUE/.test(name));
const phraseLists = lists.filter(([name]) => !patternLists.some(([p]) => p === name));

describe('lexicons stay clean', () => {
  test.each(lists)('%s has no duplicates', (_, list) => {
    expect(new Set(list).size).toBe(list.length);
  });

  test.each(phraseLists)('%s is lowercase, trimmed and uses straight quotes', (_, list) => {
    for (const entry of list) {
      expect(entry).toBe(entry.toLowerCase());
      expect(entry).toBe(entry.trim());
      expect(entry).not.toMatch(/[‘’“”]/);
    }
  });

  // The phrase lists are swept word by word: every entry must be findable as written.
  test.each([
    ['boilerplate', redFlags.BOILERPLATE_PHRASES],
    ['buzzword-title', redFlags.BUZZWORD_TITLES],
    ['hedging', redFlags.HEDGING_PHRASES],
  ] as const)('every %s phrase is flagged when it stands in a note', (rule, phrases) => {
    for (const phrase of phrases) {
      const found = analyze({ note: `Well, ${phrase}.` }).checks.find((c) => c.id === 'red-flags')?.findings.map((f) => f.ruleId);
      expect(found, phrase).toContain(rule);
    }
  });

  test('every vague purpose is heard as at least a vague purpose', () => {
    for (const phrase of intent.VAGUE_PURPOSES) {
      expect(analyze({ note: `I’d ${phrase}.` }).checks.find((c) => c.id === 'intent')?.status, phrase).not.toBe('fail');
    }
  });

  test('every red-flag id has a rule with a description and an expected fix', () => {
    for (const id of RED_FLAG_IDS) {
      const rule = redFlags.RED_FLAG_RULES[id];
      expect(rule.id).toBe(id);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.expected.length).toBeGreaterThan(0);
    }
  });
});

test('docs/rules.md is generated from the current rules (run `npm run docs`)', async () => {
  const { readFileSync } = await import('node:fs');
  const { renderRulesDoc } = await import('@/lib/analyzer/rules-doc');
  expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(renderRulesDoc());
});
