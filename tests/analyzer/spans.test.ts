import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { analysisSchema, CHECK_IDS } from '@/lib/schema';
import { parseLabeledLines } from '@/lib/eval';

const dev = parseLabeledLines(readFileSync(new URL('../fixtures/dev.jsonl', import.meta.url), 'utf8'));
const odd = [
  'Hi “Sam”, I ‘loved’ your talk — really!!! 🚀🚀',
  'İstanbul İSTANBUL I LOVED YOUR TALK ON RUST',
  'Hi [Name] {company} <first name> %FIRST_NAME% ____',
  '👩‍💻👩‍💻👩‍💻 Hi Dr. Zoë, e.g. the U.S. rule… ok',
  'x'.repeat(5000),
  'Hi\u0000Sam\u200B, \uD800 I’d love to learn how you ship.',
];

describe('every finding points at its own words', () => {
  const requests = [...dev.map((d) => d.request), ...odd.map((note) => ({ note, profile: { name: 'Sam Lee' } }))];
  test.each(requests.map((r, i) => [i, r] as const))('request %i', (_, request) => {
    const analysis = analyze(request);
    expect(analysisSchema.safeParse(analysis).success).toBe(true);
    expect(analysis.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    for (const check of analysis.checks) {
      for (const f of check.findings) {
        expect(f.span.start).toBeGreaterThanOrEqual(0);
        expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
        expect(f.span.end).toBeLessThanOrEqual(request.note.length);
        expect(f.actual).toBe(request.note.slice(f.span.start, f.span.end));
      }
    }
  });

  test('the same input gives the same output', () => {
    for (const request of requests.slice(0, 20)) expect(analyze(request)).toEqual(analyze(request));
  });
});
