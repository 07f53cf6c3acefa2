import { describe, expect, test } from 'vitest';
import type { Profile } from '@/lib/schema';
import { check, ruleIds } from './helpers';

describe('each red flag fires on its phrase', () => {
  test.each<[string, string, Profile?]>([
    ['boilerplate', 'I’d like to add you to my professional network.'],
    ['boilerplate', 'I came across your profile and wanted to connect.'],
    ['boilerplate', 'I hope this message finds you well.'],
    ['boilerplate', 'Dear Sir/Madam, I am writing to you.'],
    ['emoji', 'Let’s connect 🚀🚀🚀'],
    ['emoji', 'Big fan 🔥'],
    ['emoji', 'Great 😀 talk 😀 really 😀'],
    ['buzzword-title', 'I’m a thought leader in growth.'],
    ['buzzword-title', 'Serial entrepreneur and sales ninja here.'],
    ['count-bragging', 'I have 12,000+ followers.'],
    ['count-bragging', 'My 10k LinkedIn followers love this.'],
    ['self-promotion', 'I’m a results-driven marketer with 10+ years of experience, currently open to new opportunities.'],
    ['sales-pitch', 'Our AI platform helps HR teams cut hiring time by 40%.'],
    ['sales-pitch', 'I help coaches like you get 10x more clients with our done-for-you funnel.'],
    ['early-ask', 'Could you refer me for the Senior Engineer role?'],
    ['early-ask', 'Can I book 15 minutes on your calendar next week?'],
    ['early-ask', 'Would you be open to a 15-minute chat next week?'],
    ['early-ask', 'Want me to send you a free audit?'],
    ['placeholder', 'Hi [Name], great work.'],
    ['placeholder', 'Hi {first_name}, great work.'],
    ['placeholder', 'Hi <first name>, great work.'],
    ['all-caps', 'HELLO, PLEASE ACCEPT MY REQUEST'],
    ['exclamation', 'Loved your webinar!!! Let’s connect!!!'],
    ['exclamation', 'Great talk! Loved it! Let’s connect!'],
    ['hedging', 'Sorry to bother you, I just wanted to maybe connect.'],
    ['hedging', 'I know you’re super busy, so feel free to ignore this.'],
    ['name-mismatch', 'Hi Rebecca, I loved your talk.', { name: 'Rachel Stone' }],
    ['name-mismatch', 'Dear Mr. Smith, I loved your talk.', { name: 'Rachel Stone' }],
  ])('%s: %j', (rule, note, profile) => {
    expect(ruleIds(note, profile)).toContain(rule);
  });
});

describe('near misses stay clean', () => {
  test.each<[string, string, Profile?]>([
    ['one friendly wave', 'Hi Nina 👋 fellow alum here!'],
    ['a single exclamation', 'Hi! Loved your talk on Rust.'],
    ['acronyms are not shouting', 'I work on SEO, ABM and B2B SaaS at IBM.'],
    ['mutual connections are not bragging', 'Saw we have 14 mutual connections.'],
    ['applying is not asking', 'I’m applying to Lumen’s analytics team and would appreciate connecting.'],
    ['an offer to share is not an ask', 'Happy to share my notes from the panel if useful.'],
    ['one passion is not a résumé', 'I’m a software engineer with a passion for distributed systems.'],
    ['noticing a profile is not boilerplate', 'I noticed your impressive profile.'],
    ['please accept is not boilerplate', 'Please accept my request to connect.'],
    ['a nickname matches', 'Hi Alex, I loved your talk.', { name: 'Alexandra Kim' }],
    ['a title and surname match', 'Hello Dr. Chen, I loved your talk.', { name: 'Wei Chen' }],
    ['accents fold', 'Hi Jose, I loved your talk.', { name: 'José Álvarez' }],
    ['a generic greeting names nobody', 'Hi there, I loved your talk.', { name: 'Sam Ortiz' }],
    ['brackets in prose', 'I work on maps (mostly transit) and data.'],
    ['a math expression', 'We cut p95 from 300 to 120 ms.'],
    ['a named event is not a title', 'I liked your talk at the Visionary Summit.'],
  ])('%s', (_, note, profile) => {
    expect(ruleIds(note, profile)).toEqual([]);
  });
});

describe('status by severity', () => {
  test.each([
    ['no flags', 'I loved your talk on Rust.', 'pass'],
    ['minor only', 'Loved your talk!!!', 'warn'],
    ['serious', 'Could you refer me for the role?', 'fail'],
  ])('%s → %s', (_, note, status) => {
    expect(check('red-flags', note).status).toBe(status);
  });

  test('findings carry the expected alternative', () => {
    const finding = check('red-flags', 'Hi Rebecca, hello.', { name: 'Rachel Stone' }).findings[0];
    expect(finding).toMatchObject({ ruleId: 'name-mismatch', actual: 'Rebecca', expected: ['Rachel'] });
  });
});
