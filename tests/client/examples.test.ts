import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { VERDICT_THRESHOLDS } from '@/lib/analyzer/score';
import { EXAMPLE_NOTES, SCORE_BANDS } from '@/lib/client/examples';

describe('first-use examples', () => {
  test.each(EXAMPLE_NOTES.map((e) => [e.id, e.note] as const))('the %s example scores as labelled on the free plan', (id, note) => {
    const { verdict } = analyze({ note, plan: 'free' });
    expect(verdict).toBe(id);
  });
  test('the page’s score bands are the analyzer’s thresholds', () => {
    expect(SCORE_BANDS).toEqual(VERDICT_THRESHOLDS);
  });
});
