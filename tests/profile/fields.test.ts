/**
 * The line classifiers of lib/profile, table-driven: each case is a line a profile copy holds
 * (or one that only looks like it) and what a person would call it.
 */
import { describe, expect, test } from 'vitest';
import { canBeSchoolName, companyWithType, isDegree, isDuration, isPlace, nameOf, parseDateRange, withoutBadges } from '@/lib/profile/fields';
import { isNoiseLine } from '@/lib/profile/lines';
import { cutToLength, occursIn, normalizeSpace, trimEdges } from '@/lib/profile/text';

describe('nameOf', () => {
  test.each([
    ['Olga Petrova', 'Olga Petrova'],
    ['Ольга Смирнова', 'Ольга Смирнова'],
    ['李明', '李明'],
    ['محمد العلي', 'محمد العلي'],
    ['Ana de la Cruz', 'Ana de la Cruz'],
    ['Priya Raman, PhD 🚀', 'Priya Raman'],
    ['Siân O’Brien-Lewis', 'Siân O’Brien-Lewis'],
  ])('%s is the name %s', (line, name) => expect(nameOf(line)).toBe(name));

  test.each([
    'Message', 'Home', 'Madonna', 'Chief Executive Officer', 'Northwind Health', 'Carnegie Mellon University', 'Machine Learning',
    'Pittsburgh, Pennsylvania, United States', 'Data Scientist at Northwind Health', '500+ connections', 'Skip to main content',
    'Dana Whitfield, Sam Lee, and 12 other mutual connections', 'olga petrova', 'Background Image',
  ])('%s is not a name', (line) => expect(nameOf(line)).toBeNull());
});

describe('withoutBadges', () => {
  test.each([
    ['Olga Petrova She/Her · 2nd', 'Olga Petrova', true],
    ['Olga Petrova · 3rd+', 'Olga Petrova', true],
    ['Olga Petrova (She/Her)', 'Olga Petrova', true],
    ['Olga Petrova', 'Olga Petrova', false],
    ['· 2nd', '· 2nd', false],
  ])('%s → %s', (line, text, badge) => expect(withoutBadges(line)).toEqual({ text, badge }));
});

describe('parseDateRange', () => {
  test.each([
    ['Jan 2022 - Present · 2 yrs 11 mos', true],
    ['January 2022 - Present (2 years 11 months)', true],
    ['2019 – Present', true],
    ['Aug 2013 - Dec 2021 · 8 yrs 5 mos', false],
    ['2019 - 2021', false],
    ['(2010 - 2012)', false],
    ['Sept. 2019 - Jun 2021', false],
    ['Jun 2021', false],
  ])('%s is a range (current: %s)', (line, current) => expect(parseDateRange(line)).toEqual({ current }));

  test.each(['Full-time · 6 yrs 2 mos', 'Northwind Health · Full-time', 'Built 12 models in 2021', '2 yrs 11 mos', 'Page 1 of 2', '1234 - 5678', 'Mayday 2020'])(
    '%s is not',
    (line) => expect(parseDateRange(line)).toBeNull(),
  );
});

describe('entry parts', () => {
  test.each(['6 yrs 2 mos', 'Full-time · 6 yrs 2 mos', '12 years 2 months', '4 mos', 'less than a year'])('%s is a duration', (line) =>
    expect(isDuration(line)).toBe(true),
  );
  test.each(['Jan 2022 - Present · 2 yrs', 'Google', '6 yrs of Python'])('%s is not a duration', (line) => expect(isDuration(line)).toBe(false));

  test('a company line with its employment type', () => {
    expect(companyWithType('Northwind Health · Full-time')).toEqual({ company: 'Northwind Health', type: 'Full-time' });
    expect(companyWithType('Bentsi-Enchill, Letsa & Ankomah · Part-time')).toEqual({ company: 'Bentsi-Enchill, Letsa & Ankomah', type: 'Part-time' });
    expect(companyWithType('Python · Causal Inference')).toBeNull();
  });

  test.each(['Pittsburgh, Pennsylvania, United States', 'Greater Boston', 'San Francisco Bay Area', 'Remote', 'Riyadh, Saudi Arabia · Hybrid', 'Москва, Россия', 'India'])(
    '%s is a place',
    (line) => expect(isPlace(line)).toBe(true),
  );
  test.each(['Country Manager, India', 'Data Scientist, Machine Learning', 'Olga Petrova', 'Built readmission models used by 12 hospitals.'])(
    '%s is not a place',
    (line) => expect(isPlace(line)).toBe(false),
  );

  test.each(['Master of Science - MS, Machine Learning', "Bachelor's degree, Mathematics", 'BA, Economics', 'MBA', 'High School Diploma', 'PhD, Biostatistics'])(
    '%s is a degree',
    (line) => expect(isDegree(line)).toBe(true),
  );

  test.each(['Carnegie Mellon University', 'University of California, Berkeley', 'École normale supérieure', 'Universidad de los Andes', 'INSEAD', '清华大学'])(
    '%s can be a school',
    (line) => expect(canBeSchoolName(line)).toBe(true),
  );
  test.each(['Teaching assistant for the School of Design', 'Grade: 3.9', 'Led the robotics club to the state final at Lincoln High School.'])(
    '%s cannot',
    (line) => expect(canBeSchoolName(line)).toBe(false),
  );
});

describe('page chrome', () => {
  test.each(['Message', 'More', 'Connect', '· 2nd', 'Show all 12 experiences', '…see more', '👋', '🚀🔥', '2w', '3d •', '42', '8 comments', 'Page 1 of 2', 'She/Her', 'Contact info'])(
    '%s is chrome',
    (line) => expect(isNoiseLine(line)).toBe(true),
  );
  test.each(['Olga Petrova', 'More than a decade in logistics', 'Message-driven architecture at Kafka Summit', 'Data Scientist'])('%s is not', (line) =>
    expect(isNoiseLine(line)).toBe(false),
  );
});

describe('text helpers', () => {
  test('trimming keeps a substring and drops invisible marks at the ends', () => {
    expect(trimEdges('\u200b\u00a0 Olga Petrova \ufeff\t')).toBe('Olga Petrova');
  });
  test('a value wrapped over lines still occurs; an invented one does not', () => {
    const text = normalizeSpace('Chief Executive Officer at Harbor | Board Member,\nAtlantic Ports Council');
    expect(occursIn('Chief Executive Officer at Harbor | Board Member, Atlantic Ports Council', text)).toBe(true);
    expect(occursIn('Chief Executive Officer at Harbour', text)).toBe(false);
    expect(occursIn('', text)).toBe(false);
  });
  test('cutting to a length ends at a sentence or a word, never inside a surrogate pair', () => {
    expect(cutToLength('One two three four five. Six seven eight', 30)).toBe('One two three four five.');
    expect(cutToLength('alpha beta gamma delta', 14)).toBe('alpha beta');
    const emoji = cutToLength('🚀'.repeat(10), 5);
    expect(emoji).toBe('🚀🚀');
  });
});
