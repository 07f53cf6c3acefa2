import { describe, expect, test } from 'vitest';
import { buildRequest, FIELD_MAX, LIST_MAX, NOTE_MAX, PLAN_LIMITS, splitList, toProfile, toSender } from '@/lib/client/details';
import { MAX_NOTE_LENGTH, noteRequestSchema, PLAN_LIMITS as SCHEMA_LIMITS } from '@/lib/schema';

describe('splitList', () => {
  test.each([
    ['Stanford, MIT', ['Stanford', 'MIT']],
    ['Stanford\nMIT;  Rice ', ['Stanford', 'MIT', 'Rice']],
    [' , ,', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j', (value, expected) => {
    expect(splitList(value, 10, 120)).toEqual(expected);
  });

  test('keeps at most maxItems entries, each cut to maxLength', () => {
    expect(splitList('a,b,c,d', 2, 120)).toEqual(['a', 'b']);
    expect(splitList('abcdef', 10, 3)).toEqual(['abc']);
  });
});

describe('toProfile / toSender', () => {
  test.each([
    [{}, undefined],
    [{ name: '   ' }, undefined],
    [{ name: ' Dana ', schools: 'Rice, MIT' }, { name: 'Dana', schools: ['Rice', 'MIT'] }],
  ])('profile %j', (form, expected) => {
    expect(toProfile(form)).toEqual(expected);
  });

  test.each([
    [{}, undefined],
    [{ goal: ' move into design ', industry: '' }, { goal: 'move into design' }],
  ])('sender %j', (form, expected) => {
    expect(toSender(form)).toEqual(expected);
  });
});

describe('buildRequest', () => {
  test('leaves out empty details and always passes the schema', () => {
    expect(buildRequest('Hi', 'free', {}, {})).toEqual({ note: 'Hi', plan: 'free' });
  });

  test.each([
    ['over-long fields are cut to the schema maxima', 'x'.repeat(NOTE_MAX + 10), { name: 'n'.repeat(500), about: 'a'.repeat(5000), schools: Array(30).fill('s'.repeat(300)).join(',') }],
    ['ordinary details', 'Hi Dana', { name: 'Dana Whitfield', mutualConnections: 'Sam, Lee' }],
  ])('%s', (_name, note, recipient) => {
    const request = buildRequest(note, 'premium', recipient, { goal: 'g'.repeat(1000), schools: 'Rice' });
    expect(noteRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe('mirrored limits', () => {
  test('match lib/schema (the page cannot import it without shipping zod)', () => {
    expect(PLAN_LIMITS).toEqual(SCHEMA_LIMITS);
    expect(NOTE_MAX).toBe(MAX_NOTE_LENGTH);
    const shape = noteRequestSchema.shape.profile.unwrap().shape;
    expect(shape.name.unwrap().maxLength).toBe(FIELD_MAX.name);
    expect(shape.about.unwrap().maxLength).toBe(FIELD_MAX.about);
    expect(shape.recentWork.unwrap().maxLength).toBe(FIELD_MAX.recentWork);
    const list = (n: number, length: number) => Array.from({ length: n }, () => 's'.repeat(length));
    const accepts = (profile: object) => noteRequestSchema.safeParse({ note: '', profile }).success;
    expect(accepts({ schools: list(LIST_MAX.schools, FIELD_MAX.schools) })).toBe(true);
    expect(accepts({ schools: list(LIST_MAX.schools + 1, 1) })).toBe(false);
    expect(accepts({ schools: list(1, FIELD_MAX.schools + 1) })).toBe(false);
    expect(accepts({ mutualConnections: list(LIST_MAX.mutualConnections, FIELD_MAX.mutualConnections) })).toBe(true);
    expect(accepts({ mutualConnections: list(LIST_MAX.mutualConnections + 1, 1) })).toBe(false);
    expect(accepts({ mutualConnections: list(1, FIELD_MAX.mutualConnections + 1) })).toBe(false);
  });
});
