/**
 * The one rule registry (issue #9): every rule id a finding can carry has one entry; every entry's
 * example triggers its rule; every message the page shows speaks as a coach, from the data.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { RED_FLAG_RULES } from '@/lib/analyzer/lexicon/red-flags';
import { RULES, ruleMessage } from '@/lib/analyzer/rules';
import { CHECK_IDS, RED_FLAG_IDS, RULE_IDS } from '@/lib/contract';
import { findingSchema } from '@/lib/schema';

const ALL_NOTES = [
  ...RED_FLAG_IDS.map((id) => RED_FLAG_RULES[id].example),
  'Hi Sam, I loved your talk on Rust at RustConf. As a fellow Michigan alum I’d love to hear how you chose embedded work.',
  'Hi Sam, great profile! Let’s connect. We have 12 mutual connections. I read your post on hiring. I work in Rust. I live in Berlin.',
  'x'.repeat(320),
];

describe('every rule is one entry of data', () => {
  test.each(RULE_IDS)('%s has its check, message, example and rewrite action', (id) => {
    const rule = RULES[id];
    expect(rule.id).toBe(id);
    expect(CHECK_IDS).toContain(rule.check);
    expect(rule.description.length).toBeGreaterThan(15);
    expect(rule.message).toContain('{actual}');
    expect(rule.example.length).toBeGreaterThan(5);
    expect(['drop', 'repair', 'keep']).toContain(rule.rewrite);
  });

  test.each(RED_FLAG_IDS.filter((id) => id !== 'name-mismatch'))('the example of %s is flagged by it', (id) => {
    const found = analyze({ note: RED_FLAG_RULES[id].example }).checks.flatMap((c) => c.findings.map((f) => f.ruleId));
    expect(found).toContain(id);
  });

  test('the example of name-mismatch is flagged once the recipient is known', () => {
    const a = analyze({ note: RED_FLAG_RULES['name-mismatch'].example, profile: { name: 'Priya Shah' } });
    expect(a.checks.flatMap((c) => c.findings.map((f) => f.ruleId))).toContain('name-mismatch');
  });

  test('every finding of every check carries a registry id, and the schema enumerates them', () => {
    for (const note of ALL_NOTES) {
      for (const f of analyze({ note, profile: { name: 'Priya Shah' } }).checks.flatMap((c) => c.findings)) {
        expect(RULE_IDS).toContain(f.ruleId);
        expect(findingSchema.safeParse(f).success).toBe(true);
      }
    }
    expect(findingSchema.safeParse({ ruleId: 'made-up', message: 'x', span: { start: 0, end: 0 }, actual: '' }).success).toBe(false);
  });

  test('a phrase-list rule lists lowercase phrases once each', () => {
    for (const id of RED_FLAG_IDS) {
      const phrases = RED_FLAG_RULES[id].phrases ?? [];
      expect(new Set(phrases).size, id).toBe(phrases.length);
      for (const p of phrases) expect(p, id).toBe(p.toLowerCase());
    }
  });
});

describe('messages speak as a coach, not a linter', () => {
  const shown = ALL_NOTES.flatMap((note) => analyze({ note, profile: { name: 'Priya Shah' } }).checks.flatMap((c) => [c.message, c.fix ?? '', ...c.findings.map((f) => f.message)]));
  test.each(RULE_IDS)('%s', (id) => {
    const message = ruleMessage(id, 'the phrase', { n: 3, limit: 200, school: 'Purdue', who: 'their', schools: 'Michigan' });
    expect(message).not.toMatch(/^Unexpected/);
    expect(message).not.toMatch(/\{\w+\}/);
    // No rule-id jargon: "early-ask", "sales-pitch" are for machines.
    for (const other of RULE_IDS.filter((r) => r.includes('-'))) expect(message).not.toContain(other);
    expect(message).toMatch(/^[“"A-Z]/u);
  });
  test('what the checks say for real notes has no linter phrasing', () => {
    for (const text of shown) {
      expect(text).not.toMatch(/\bUnexpected\b/);
      expect(text).not.toMatch(/`/);
      expect(text).not.toMatch(/Too long or too thin/);
    }
  });
  test('the length card says what failed', () => {
    const msg = (note: string, plan?: 'free') => analyze({ note, plan }).checks.find((c) => c.id === 'length')?.message;
    expect(msg('Hi Ana')).toMatch(/Only a greeting/);
    expect(msg('x'.repeat(250), 'free')).toMatch(/^50 characters over the free limit of 200/);
    expect(msg('One. Two. Three. Four.')).toMatch(/^4 sentences/);
  });
  test('a sentence past the second is named by its number', () => {
    const f = analyze({ note: 'One here. Two here. Three here. Four here.' }).checks.find((c) => c.id === 'length')?.findings ?? [];
    expect(f.map((x) => x.message)).toEqual([
      'Sentence 3 goes past two: cut “Three here.” or merge it into another.',
      'Sentence 4 goes past two: cut “Four here.” or merge it into another.',
    ]);
  });
});
