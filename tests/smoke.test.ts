import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
describe('analyze', () => {
  test('answers with five checks', () => {
    expect(analyze({ note: '' }).checks.map((c) => c.id)).toEqual(['length', 'intent', 'shared-ground', 'specific-praise', 'red-flags']);
  });
});
