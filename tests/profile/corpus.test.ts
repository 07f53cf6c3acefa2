/**
 * The profile corpus: profile copies written for these tests in both layouts (the web page's
 * "select all, copy" and the "Save to PDF" export's text), each with the fields a person reading
 * it would fill in. Every case parses to exactly its expected fields: a field missing from the
 * expectation must stay empty, so a parser that guesses fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type ProfileFields, parseProfile } from '@/lib/profile';
import { normalizeSpace, occursIn } from '@/lib/profile/text';
import { profileSchema } from '@/lib/schema';

interface Expected {
  layout: 'web' | 'pdf' | 'unknown';
  fields: ProfileFields;
  location: string | null;
  currentRoles: (string | null)[];
  schools: number;
}

const DIR = join(__dirname, '..', 'fixtures', 'profiles');
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const CASES = Object.entries(EXPECTED).map(([id, expected]) => ({ id, expected, text: readFileSync(join(DIR, `${id}.txt`), 'utf8') }));

describe('the corpus', () => {
  test('holds at least 12 cases in both layouts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    expect(CASES.filter((c) => c.expected.layout === 'web').length).toBeGreaterThanOrEqual(6);
    expect(CASES.filter((c) => c.expected.layout === 'pdf').length).toBeGreaterThanOrEqual(5);
  });

  test.each(CASES)('$id parses to its expected fields', ({ text, expected }) => {
    const parsed = parseProfile(text);
    expect(parsed.layout).toBe(expected.layout);
    expect(parsed.fields).toEqual(expected.fields);
    expect(parsed.details.location ?? null).toBe(expected.location);
    expect(parsed.details.experience.filter((e) => e.current).map((e) => e.title ?? null)).toEqual(expected.currentRoles);
    expect(parsed.details.education).toHaveLength(expected.schools);
    // Every field found has a confidence, and nothing else does.
    expect(Object.keys(parsed.confidence).sort()).toEqual(Object.keys(parsed.fields).sort());
    expect(profileSchema.safeParse(parsed.fields).success).toBe(true);
    const normalized = normalizeSpace(text);
    for (const value of Object.values(parsed.fields).flat()) expect(occursIn(value, normalized), value).toBe(true);
  });

  test('the same paste always gives the same answer', () => {
    for (const { text } of CASES) expect(parseProfile(text)).toEqual(parseProfile(text));
  });
});

describe('what the corpus is there to show', () => {
  const parse = (id: string) => parseProfile(CASES.find((c) => c.id === id)?.text ?? '');

  test('the current company is the first job without an end date, even with several', () => {
    const founder = parse('web-several-current');
    expect(founder.fields.company).toBe('Tidewater Robotics');
    expect(founder.confidence.company).toBe('medium');
    expect(parse('pdf-executive').fields.company).toBe('Harbor Freight Logistics');
  });

  test('a student whose only jobs have ended has no current company (not the headline’s school)', () => {
    expect(parse('web-student').fields.company).toBeUndefined();
    expect(parse('pdf-student').fields.company).toBeUndefined();
  });

  test('recent work is the first item they posted, never a repost or a comment', () => {
    expect(parse('web-student').fields.recentWork).toMatch(/^I built a bus-arrival predictor/);
    expect(parse('web-reposts-only').fields.recentWork).toBeUndefined();
  });

  test('the Posts tab, which has no "posted this" line, still gives their post, marked worth a check', () => {
    const own = parse('web-own-profile-posts-tab');
    expect(own.fields.recentWork).toMatch(/^We rewrote a 14-page consent form/);
    expect(own.confidence.recentWork).toBe('medium');
  });

  test('a very long About is cut within the schema’s 2,600 characters, at a sentence end', () => {
    const about = parse('pdf-long-about').fields.about ?? '';
    expect(about.length).toBeGreaterThan(2000);
    expect(about.length).toBeLessThanOrEqual(2600);
    expect(about).toMatch(/\.$/);
  });

  test('sections without their heading stay empty: no About, no Education', () => {
    expect(parse('web-grouped-no-about').fields.about).toBeUndefined();
    expect(parse('web-no-education').fields.schools).toBeUndefined();
  });

  test('UI noise does not leak into the fields', () => {
    const priya = parse('web-noise-heavy');
    expect(priya.fields.name).toBe('Priya Raman');
    const all = JSON.stringify(priya.fields);
    for (const chrome of ['Message', 'Show all', 'see more', '#OpenToWork', '· 2nd', 'Contact info']) expect(all).not.toContain(chrome);
  });
});

describe('texts that are not a whole profile', () => {
  test.each([
    ['empty', ''],
    ['a note, not a profile', 'Hi Sam, I loved your talk on Rust at RustConf.'],
    ['only page chrome', 'Home\nMy Network\nMessage\nMore\nShow all\n· 2nd\n👋'],
    ['headings with nothing under them', 'About\nExperience\nEducation\nSkills'],
  ])('%s: every field stays empty', (_, text) => {
    expect(parseProfile(text).fields).toEqual({});
  });

  test('the top card alone gives name and headline', () => {
    const parsed = parseProfile('Dana Whitfield\n· 2nd\nStaff engineer at Acme\nAustin, Texas, United States  Contact info');
    expect(parsed.fields).toEqual({ name: 'Dana Whitfield', headline: 'Staff engineer at Acme', company: 'Acme' });
    expect(parsed.confidence.company).toBe('low');
  });

  test('badges on the name’s own line are not part of the name', () => {
    const parsed = parseProfile('Olga Petrova She/Her · 2nd\nData Scientist at Northwind Health\nPittsburgh, PA · Contact info');
    expect(parsed.fields.name).toBe('Olga Petrova');
    expect(parsed.confidence.name).toBe('high');
    expect(parsed.fields.headline).toBe('Data Scientist at Northwind Health');
  });

  test('the industry is read only where it is labelled', () => {
    expect(parseProfile('Industry\nRenewable Energy').fields.industry).toBe('Renewable Energy');
    expect(parseProfile('Dana Whitfield\n· 2nd\nEnergy analyst at Ørsted').fields.industry).toBeUndefined();
  });
});
