import { describe, expect, test } from 'vitest';
import { check } from './helpers';

describe('specific praise', () => {
  test.each([
    ['talk with a topic', 'I enjoyed your talk on protein folding at ISMB 2026.', undefined],
    ['impact of a post', 'Your post on writing connection notes changed how I reach out.', undefined],
    ['described work', 'Your Kafka migration write-up on the Acme engineering blog stood out.', undefined],
    ['quoted title', 'Your essay "The Quiet Offer" is the best thing I’ve read on salary talks.', undefined],
    ['curly-quoted title', 'Your essay “The Quiet Offer” is the best thing I’ve read on salary talks.', undefined],
    ['their recent work by name', 'I just finished The Intentional Network and the chapter on weak ties hit home.', 'The Intentional Network'],
    ['how you write about', 'I’ve admired how clearly you write about payment fraud.', undefined],
    ['a URL and a topic', 'Loved your article at https://example.com/why-rust on Rust for embedded systems.', undefined],
    ['a result', 'Congrats on the Series A for Lumen!', undefined],
    ['praise in the next sentence', 'I read your piece on screening invites. Loved it.', undefined],
  ])('passes: %s', (_, note, recentWork) => {
    expect(check('specific-praise', note, recentWork ? { recentWork } : undefined).status).toBe('pass');
  });

  test.each([
    ['great post', 'Hi Sam, great post!'],
    ['impressive profile', 'I noticed your impressive profile and would love to connect.'],
    ['amazing leader', 'You are truly an amazing and inspiring leader with an incredible background.'],
    ['webinar without topic', 'Loved your webinar!'],
    ['recent post', 'I enjoyed your recent post.'],
    ['work at a placeholder', 'I was impressed by your work at [Company].'],
  ])('generic: %s', (_, note) => {
    expect(check('specific-praise', note).status).toBe('warn');
  });

  test.each([
    ['a wish is not praise', 'I’d love to connect and learn how you made the jump.'],
    ['would be great', 'I thought it would be great to connect.'],
    ['if useful', 'Happy to share our case study if useful.'],
    ['nothing', 'I’m a PM in HR software.'],
  ])('fails: %s', (_, note) => {
    expect(check('specific-praise', note).status).toBe('fail');
  });
});

test('the point they made counts as a specific reference', () => {
  expect(check('specific-praise', 'Loved the point you made about relevance over rejection.').status).toBe('pass');
});
