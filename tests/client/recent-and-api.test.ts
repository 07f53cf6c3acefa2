import { describe, expect, test } from 'vitest';
import { isAnalysis, isRewriteResult, retryAfterSeconds } from '@/lib/client/api';
import { isRecentList } from '@/lib/client/recent';
import { analyze } from '@/lib/analyzer';
import { rewrite } from '@/lib/rewrite';

describe('the old Recent notes list, read once to move it into the log', () => {
  test.each([
    [[], true],
    [[{ text: 'x', copiedAt: 1 }], true],
    [[{ text: 'x' }], false],
    [{ text: 'x', copiedAt: 1 }, false],
    ['[]', false],
  ])('isRecentList(%j) is %s', (value, expected) => {
    expect(isRecentList(value)).toBe(expected);
  });
});

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-11-28T06:00:00Z');
  test.each([
    [null, 5],
    ['3', 3],
    ['0', 1],
    ['2.2', 3],
    ['9999', 60],
    ['soon', 5],
    ['Sat, 28 Nov 2026 06:00:10 GMT', 10],
  ])('%j → %i s', (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });
});

describe('response guards', () => {
  test('accept what the analyzer and the rewrite engine return', () => {
    const request = { note: "Hi Dana, I'd like to add you to my professional network.", profile: { name: 'Dana Whitfield' } };
    expect(isAnalysis(analyze(request))).toBe(true);
    expect(isRewriteResult(rewrite(request))).toBe(true);
  });

  test.each([null, {}, { score: 1, verdict: 'weak', stats: {}, checks: [] }, { score: 1, verdict: 'weak', stats: { characters: 1, limit: 300 }, checks: [{ id: 'x' }] }])(
    'reject %j',
    (value) => {
      expect(isAnalysis(value)).toBe(false);
    },
  );
});
