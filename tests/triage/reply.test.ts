/**
 * The reply to an accepted invitation: a thank-you by first name, then the note's own purpose
 * answered with its pronouns turned, or a plain question when no frame fits. Never more than two
 * sentences, never a "me"/"you" mix-up.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerPurpose, buildReply, firstName } from '@/lib/triage/reply';
import { REPLY_FALLBACK } from '@/lib/triage/lexicon/reply';

describe('first names', () => {
  test.each([
    ['Sam Ortiz', 'Sam'],
    ['Dr. Ana Ruiz', 'Ana'],
    ['  José  Álvarez', 'José'],
    ["D'Arcy Lane", "D'Arcy"],
    ['🚀🚀 Max', undefined],
    ['', undefined],
    ['J.', 'J'],
  ])('%j → %j', (name, first) => {
    expect(firstName(name)).toBe(first);
  });
  test('no usable name: the opening does without', () => {
    expect(buildReply('🚀', 'compare notes on Spark')).toBe('Thanks for reaching out, and happy to connect. Happy to compare notes on Spark.');
  });
});

describe('answers', () => {
  test.each([
    ['learn how you rolled them out at Acme.', 'Happy to share how I rolled them out at Acme.'],
    ['learn more about your move into data engineering', 'Happy to share more about my move into data engineering.'],
    ['hear how you got started at Acme, if you have a minute', 'Happy to share how I got started at Acme.'],
    ['compare notes with you on schema evolution', 'Happy to compare notes on schema evolution.'],
    ['swap notes on "boring deploys"', 'Happy to swap notes on "boring deploys".'],
    ['discuss your migration to Kafka', 'Happy to discuss my migration to Kafka.'],
    ['follow your work on data contracts', 'Happy to stay in touch about my work on data contracts.'],
    ['explore roles at Globex', 'Happy to hear more about roles at Globex.'],
    ['ask you about your Spark talk', REPLY_FALLBACK],
    ['introduce you to Jamie Lee', REPLY_FALLBACK],
    ['learn from your experience', REPLY_FALLBACK],
    ['get 15 minutes on your calendar', REPLY_FALLBACK],
    ['connect', REPLY_FALLBACK],
    [undefined, REPLY_FALLBACK],
  ])('%j → %j', (purpose, answer) => {
    expect(answerPurpose(purpose)).toBe(answer);
  });
  test('any purpose: at most one sentence added, never the frame talking to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (purpose, name) => {
        const reply = buildReply(name, purpose);
        expect(reply.startsWith('Thanks for reaching out')).toBe(true);
        expect(reply).not.toMatch(/\b(?:share|discuss|compare|swap)\b.*\bme\b/);
        expect(reply.length).toBeLessThan(400);
      }),
      { numRuns: 300 },
    );
  });
});
