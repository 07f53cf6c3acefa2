/**
 * batch(): each row becomes the recipient's profile plus slots, the template is filled per row,
 * every note is analyzed and lists what it still needs, the phrasing varies between rows yet the
 * same input always gives the same output, and a bad row gets its own error. Also the column
 * mapping guess, the `((a|b))` options and the export's escaping.
 */
import { describe, expect, test } from 'vitest';
import { chooseAlternatives, readAlternatives } from '@/lib/batch/alternatives';
import { batchToCsv } from '@/lib/batch/export';
import { guessMapping, slotKeyOf, toBatchRow } from '@/lib/batch/fields';
import { batch } from '@/lib/batch';
import { readTemplate } from '@/lib/batch/template';
import { batchRequestSchema, type BatchRequest } from '@/lib/schema';
import { SLOTS, phrasingsOf, templateById } from '@/lib/templates';

const NAMES = ['Ana Li', 'Bo Chen', 'Cyra Das', 'Dev Patel', 'Elif Kaya', 'Femi Ade', 'Gus Berg', 'Hana Sato', 'Ivo Novak', 'Jun Park', 'Kemal Ak', 'Lior Ben', 'Mina Roy', 'Nuno Sa', 'Oda Lund', 'Pita Fia', 'Quinn Ray', 'Rafa Gil', 'Sena Oz', 'Tove Ek'];
const alumni = NAMES.map((name) => ({ name, schools: 'Rice University; MIT', company: 'Northwind' }));

describe('filling each row', () => {
  test('the profile columns fill the scenario; lists split on “;”; the note is analyzed', () => {
    const { results, summary } = batch({ rows: [{ name: 'Dr. Wei Chen', schools: 'MIT; Rice University', headline: 'Platform lead' }], template: 'alumni', sender: { schools: ['Rice University'] } });
    const [r] = results;
    // The shared school is the one both list, not the recipient's first.
    expect(r?.note).toMatch(/^Hi Wei, .*Rice University/);
    expect(r).toMatchObject({ verdict: 'strong', missing: [], flags: [] });
    expect(r?.score).toBeGreaterThanOrEqual(80);
    expect(summary).toEqual({ strong: 1, needsWork: 0, weak: 0, errors: 0 });
  });

  test('any other column is a {slot}; one named like a registry slot fills it; a fallback stands in for an empty one', () => {
    const template = "Hi {firstName}, great to meet you at {event} in {city|your city}. I'd love to connect and hear how {company} runs {team}.";
    const { results } = batch({
      rows: [
        { name: 'Ana Li', event: 'SaaStr Annual', city: 'Austin', company: 'Northwind', team: 'its data team' },
        { name: 'Bo Chen', event: 'the Rust meetup', city: '', company: 'Globex', team: '' },
      ],
      template,
    });
    expect(results[0]?.note).toBe("Hi Ana, great to meet you at SaaStr Annual in Austin. I'd love to connect and hear how Northwind runs its data team.");
    expect(results[0]?.missing).toEqual([]);
    // A custom slot without a fallback stays a visible placeholder and is listed as missing.
    expect(results[1]?.note).toBe("Hi Bo, great to meet you at the Rust meetup in your city. I'd love to connect and hear how Globex runs [team].");
    expect(results[1]?.missing).toEqual(['team']);
    expect(results[1]?.flags).toContain('placeholder');
  });

  test('a missing required detail stays a bracketed placeholder, is listed, and the note is not strong', () => {
    const [r] = batch({ rows: [{ name: 'Gus Berg' }], template: 'alumni' }).results;
    expect(r?.note).toContain(SLOTS.school.placeholder);
    expect(r?.missing).toEqual([SLOTS.school.label]);
    expect(r?.verdict).not.toBe('strong');
    expect(r?.advice).toBeTruthy();
  });

  test('the free plan’s limit holds: long values are shortened to fit 200 characters', () => {
    const [r] = batch({ rows: [{ name: 'Ana Li', recentWork: `post on ${'pricing pages and onboarding flows '.repeat(6)}` }], template: 'reader', plan: 'free' }).results;
    expect(r?.note.length).toBeLessThanOrEqual(200);
    expect(r?.note).toMatch(/^Hi Ana, /);
  });

  test.each([
    ['a name over its limit', { name: 'x'.repeat(101) }, 'Name is longer than 100 characters: shorten it.'],
    ['a school over its limit', { name: 'Ana', schools: `MIT; ${'y'.repeat(121)}` }, 'Schools has an entry longer than 120 characters: shorten it.'],
    ['a list where none belongs', { name: ['Ana', 'Bo'] }, 'Name holds a list; only schools and mutual connections can (separate them with “;”).'],
    ['a slot value over 300 characters', { name: 'Ana', event: 'e'.repeat(301) }, 'The “event” value is 301 characters; a value used in a note can have 300 at most. Shorten it.'],
  ])('%s is that row’s error; the rows around it go on', (_what, bad, error) => {
    const { results, summary } = batch({ rows: [{ name: 'Ana Li', schools: 'MIT' }, bad, { name: 'Bo Chen', schools: 'MIT' }], template: 'alumni' });
    expect(results.map((r) => r.error)).toEqual([undefined, error, undefined]);
    expect(results[1]).toMatchObject({ note: '', score: null, verdict: null });
    expect(results[2]?.note).toMatch(/^Hi Bo,/);
    expect(summary.errors).toBe(1);
  });

  test('numbers, booleans and null from JSON callers read as text', () => {
    const [r] = batch({ rows: [{ name: 'Ana Li', schools: ['MIT'], cohort: 2019, alum: true, company: null }], template: 'Hi {firstName}, fellow {school} class of {cohort} ({alum}) here. {goal|x}' }).results;
    expect(r?.note).toMatch(/^Hi Ana, fellow MIT class of 2019 \(true\) here\./);
  });
});

describe('varied phrasing, deterministic output', () => {
  test('the same scenario over 20 rows uses more than one sentence frame, each naming its recipient', () => {
    const { results } = batch({ rows: alumni, template: 'alumni', sender: { schools: ['MIT'] } });
    results.forEach((r, i) => expect(r.note.startsWith(`Hi ${NAMES[i]?.split(' ')[0]},`)).toBe(true));
    const frames = new Set(results.map((r, i) => r.note.replace(NAMES[i]?.split(' ')[0] ?? '', '{name}')));
    expect(frames.size).toBeGreaterThan(1);
    // Every frame is one of the scenario's phrasings.
    expect(frames.size).toBeLessThanOrEqual(phrasingsOf(templateById('alumni')!).length);
  });

  test('a user template’s ((options)) vary over 20 rows too', () => {
    const { results } = batch({ rows: alumni, template: "((Hi|Hello|Hey)) {firstName}, ((we're both|I see we're both)) {school} alumni. I'd love to connect and hear about your work at {company}." });
    expect(new Set(results.map((r) => r.note.split(' ')[0])).size).toBeGreaterThan(1);
    expect(new Set(results.map((r) => r.note.includes("I see we're both"))).size).toBe(2);
  });

  test('the same input always gives the same output, whatever the column order or the batch around it', () => {
    const request: BatchRequest = { rows: alumni, template: 'alumni', sender: { schools: ['MIT'] }, plan: 'free' };
    const first = batch(request);
    expect(batch(structuredClone(request))).toEqual(first);
    // A row's note depends on the row, not on its neighbours or its columns' order.
    const reordered = alumni.map((r) => ({ company: r.company, schools: r.schools, name: r.name })).reverse();
    expect(batch({ ...request, rows: reordered }).results.map((r) => r.note).reverse()).toEqual(first.results.map((r) => r.note));
  });
});

describe('((option|option)) in a template', () => {
  test('options may hold slots with fallbacks; a bar inside {…} belongs to the slot', () => {
    const read = readAlternatives('((Hi {firstName}|Hello {firstName|there})), bye');
    expect(read).toEqual({ ok: true, parts: [['Hi {firstName}', 'Hello {firstName|there}'], ', bye'] });
    if (read.ok) expect(['Hi {firstName}, bye', 'Hello {firstName|there}, bye']).toContain(chooseAlternatives(read.parts, 'seed'));
  });

  test('{slot|fallback} alone is never read as options', () => {
    expect(readAlternatives("{goal|I'd love to connect}")).toEqual({ ok: true, parts: ["{goal|I'd love to connect}"] });
  });

  test.each([
    ['((Hi|Hello {firstName}', /never closed/],
    ['Hi)) there', /without an opening/],
    ['((Hi|((Hello|Hey))))', /cannot hold options/],
  ])('%j is refused with what to fix', (body, error) => {
    const read = readTemplate(body);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(error);
    // The request schema refuses it the same way (a 422 at the API).
    expect(batchRequestSchema.safeParse({ rows: [{ name: 'A' }], template: body }).success).toBe(false);
  });

  test('a scenario id picks the scenario; an empty template is refused', () => {
    expect(readTemplate(' alumni ')).toMatchObject({ ok: true, template: { id: 'alumni' } });
    expect(readTemplate('Hi {firstName}')).toMatchObject({ ok: true, template: { id: 'custom' } });
    expect(readTemplate('  ')).toMatchObject({ ok: false, error: expect.stringMatching(/^The template is empty/) });
  });
});

describe('columns', () => {
  test.each([
    ['Former company', 'formerCompany'],
    ['Recent work', 'recentWork'],
    ['recentWork', 'recentWork'],
    ['RECENT WORK', 'recentWork'],
    ['Zoë’s city', 'zoesCity'],
    ['event', 'event'],
  ])('%j is the slot {%s}', (header, key) => {
    expect(slotKeyOf(header)).toBe(key);
  });

  test('the mapping is guessed from header names, one header per field', () => {
    expect(guessMapping(['First Name', 'Last Name', 'Company', 'Position', 'Education', 'Mutuals', 'Event'])).toEqual({
      name: 'First Name',
      headline: 'Position',
      company: 'Company',
      schools: 'Education',
      mutualConnections: 'Mutuals',
    });
    expect(guessMapping(['Full name', 'Title'])).toEqual({ name: 'Full name', headline: 'Title' });
  });

  test('mapped headers feed their fields; the others become slots', () => {
    expect(toBatchRow({ 'Full name': 'Ana Li', Title: 'CTO', 'Event name': 'SaaStr' }, { name: 'Full name', headline: 'Title' })).toEqual({ name: 'Ana Li', headline: 'CTO', eventName: 'SaaStr' });
  });
});

describe('export', () => {
  test('input columns, then note, score, verdict, flags, missing, error; formula-like cells are escaped', () => {
    const csv = batchToCsv(['name', 'company'], [
      { cells: { name: '=HYPERLINK("x")', company: '+1 555' }, result: { note: '-not a formula', score: 40, verdict: 'weak', flags: ['placeholder', 'all-caps'], missing: ['team'] } },
      { cells: { name: '@Ana', company: '\tTabbed' }, result: { note: '', score: null, verdict: null, flags: [], missing: [], error: '\rcarriage' } },
      { cells: { name: 'Bo, "the" Chen', company: 'Globex' }, result: { note: 'Hi Bo,\nline two', score: 90, verdict: 'strong', flags: [], missing: [] } },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'name,company,note,score,verdict,flags,missing,error',
      `"'=HYPERLINK(""x"")",'+1 555,'-not a formula,40,weak,placeholder; all-caps,team,`,
      `'@Ana,'\tTabbed,,,,,,"'\rcarriage"`,
      `"Bo, ""the"" Chen",Globex,"Hi Bo,\nline two",90,strong,,,`,
      '',
    ]);
  });
});
