/**
 * The profile vocabulary is data: keys are lowercase with straight apostrophes (lookups lowercase
 * the line once), lists hold no duplicates, and the parser's bounds are the request schema's.
 */
import { describe, expect, test } from 'vitest';
import * as lexicon from '@/lib/profile/lexicon';
import { PROFILE_BOUNDS, PROFILE_FIELD_KEYS } from '@/lib/profile';
import { profileSchema } from '@/lib/schema';

const lists = Object.entries(lexicon).flatMap(([name, value]) => {
  if (value instanceof Set) return [[name, [...value] as string[]] as const];
  if (Array.isArray(value)) return [[name, value as string[]] as const];
  if (typeof value === 'object' && value) return [[name, Object.keys(value)] as const];
  return [];
});

describe('profile lexicon', () => {
  test.each(lists)('%s: lowercase, trimmed keys', (_, entries) => {
    for (const entry of entries) {
      expect(entry, entry).toBe(entry.toLowerCase());
      expect(entry.trim().length, entry).toBeGreaterThan(0);
    }
  });
  test.each(lists.filter(([name]) => Array.isArray(lexicon[name as keyof typeof lexicon])))('%s: no duplicates', (_, entries) => {
    expect(new Set(entries).size).toBe(entries.length);
  });
});

describe('bounds', () => {
  test('every field and bound matches profileSchema', () => {
    const shape = profileSchema.shape;
    expect([...PROFILE_FIELD_KEYS].sort()).toEqual(Object.keys(shape).sort());
    // A value one over each bound is refused by the schema, one at the bound accepted.
    for (const key of ['name', 'headline', 'company', 'industry', 'about', 'recentWork'] as const) {
      expect(profileSchema.safeParse({ [key]: 'x'.repeat(PROFILE_BOUNDS[key]) }).success).toBe(true);
      expect(profileSchema.safeParse({ [key]: 'x'.repeat(PROFILE_BOUNDS[key] + 1) }).success).toBe(false);
    }
    for (const key of ['schools', 'mutualConnections'] as const) {
      const { items, length } = PROFILE_BOUNDS[key];
      expect(profileSchema.safeParse({ [key]: Array(items).fill('x'.repeat(length)) }).success).toBe(true);
      expect(profileSchema.safeParse({ [key]: Array(items + 1).fill('x') }).success).toBe(false);
      expect(profileSchema.safeParse({ [key]: ['x'.repeat(length + 1)] }).success).toBe(false);
    }
  });
});
