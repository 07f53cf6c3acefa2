/**
 * Totality of the profile parser: for any text — profile-shaped lines shuffled and mangled,
 * arbitrary Unicode, control characters, lone surrogates, very long lines — it answers without
 * throwing, within the schema's bounds, deterministically, and every value it returns occurs in
 * the text (it never invents).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_PROFILE_TEXT, PROFILE_BOUNDS, parseProfile } from '@/lib/profile';
import { normalizeSpace, occursIn } from '@/lib/profile/text';
import { profileSchema } from '@/lib/schema';

/** Lines a profile copy is made of, and lines that look like them but are not. */
const PROFILE_LINES = [
  'About', 'Summary', 'Activity', 'Experience', 'Education', 'Skills', 'Top Skills', 'Contact', 'Publications',
  'Languages', 'Interests', 'People also viewed', 'Industry', 'Olga Petrova', 'Ольга Смирнова', '李明', 'محمد العلي',
  'Jane Doe, PhD', 'Ana de la Cruz 🚀', '· 2nd', 'She/Her', 'Contact info', 'Pittsburgh, Pennsylvania, United States  Contact info',
  '500+ connections', '1,204 followers', 'Dana Whitfield, Sam Lee, and 12 other mutual connections', 'Sam Lee is a mutual connection',
  'Data Scientist at Northwind Health | Python', 'Founder & CEO', 'Northwind Health · Full-time', 'Full-time · 6 yrs 2 mos',
  'Jan 2022 - Present · 2 yrs 11 mos', 'March 2018 - Present (6 years 9 months)', '2019 - 2021', '(2010 - 2012)',
  'Carnegie Mellon University', 'Master of Science - MS, Machine Learning', 'Master of Business Administration - MBA · (2010 - 2012)',
  'Olga Petrova posted this • 2w', 'Olga Petrova reposted this', '2w', 'What teaching taught me about models …show more',
  '…see more', 'Show all 12 experiences', 'Message', 'More', 'Connect', 'Page 1 of 2', 'www.linkedin.com/in/olga (LinkedIn)',
  'Grade: 3.9', 'Endorsed by 3 colleagues', '👋', '🚀🚀🔥', 'Remote', 'Greater Boston', '', '   ', '\t',
  'Industry: Software Development', 'x'.repeat(3000), 'word '.repeat(700),
];

const HOSTILE = ['\u0000', '\u200b', '\u200d', '\ufeff', '\u00a0', '\r', '\r\n', '\u2028', '\uD800', '\uDFFF', 'e\u0301', '\u202e', '·', '•', '–', '—', '(', ')', ',', ':', '@', '|'];

const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PROFILE_LINES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE, ...PROFILE_LINES.slice(0, 20)), { maxLength: 6 }).map((parts) => parts.join(' ')) },
);
const paste = fc.array(line, { maxLength: 80 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((sep) => lines.join(sep)));

function checkAnswer(text: string): void {
  const parsed = parseProfile(text);
  // Within the schema (strict: no unknown keys) and its bounds.
  expect(profileSchema.safeParse(parsed.fields).success).toBe(true);
  if (parsed.fields.about) expect(parsed.fields.about.length).toBeLessThanOrEqual(PROFILE_BOUNDS.about);
  // Never invents: every value, each line of it, occurs in the text up to whitespace.
  const normalized = normalizeSpace(text);
  for (const value of Object.values(parsed.fields).flat()) {
    expect(value.length).toBeGreaterThan(0);
    expect(occursIn(value, normalized)).toBe(true);
  }
  expect(Object.keys(parsed.confidence).sort()).toEqual(Object.keys(parsed.fields).sort());
  expect(parsed.unused.length).toBeLessThanOrEqual(200);
  expect(parseProfile(text)).toEqual(parsed);
}

describe('parseProfile on any text', () => {
  test('profile-shaped pastes: an answer within bounds, made only of the paste', () => {
    fc.assert(fc.property(paste, checkAnswer), { numRuns: 400 });
  });

  test('arbitrary Unicode, including lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkAnswer), { numRuns: 300 });
  });

  test('a paste at the API’s limit, and one far past it, still get an answer', () => {
    const long = Array.from({ length: 600 }, (_, i) => PROFILE_LINES[i % PROFILE_LINES.length]).join('\n').slice(0, MAX_PROFILE_TEXT);
    checkAnswer(long);
    checkAnswer('Olga Petrova\n· 2nd\n' + 'Experience\nData Scientist\n'.repeat(5000));
  });
});
