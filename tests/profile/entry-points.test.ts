/**
 * The profile parser's entry points: `POST /api/profile` (the analyze route's error contract and
 * rate limiter, 422 over 20,000 characters) and `npm run analyze -- --parse-profile`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import * as profileRoute from '@/app/api/profile/route';
import { parseProfileInput } from '@/lib/cli';
import { parseProfile } from '@/lib/profile';
import { MAX_PROFILE_TEXT } from '@/lib/schema';

const OLGA = readFileSync(join(__dirname, '..', 'fixtures', 'profiles', 'web-career-switcher.txt'), 'utf8');
const SHARED_LIMITER = Symbol.for('notecoach.rateLimiter');
const resetSharedLimiter = () => delete (globalThis as Record<symbol, unknown>)[SHARED_LIMITER];

function post(body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return profileRoute.POST(new Request('http://localhost/api/profile', { method: 'POST', body, headers }));
}

describe('POST /api/profile', () => {
  beforeAll(() => {
    vi.stubEnv('NOTECOACH_RATE_LIMIT', '0');
    resetSharedLimiter();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    resetSharedLimiter();
  });

  test('a pasted profile comes back parsed, as lib/profile reads it', async () => {
    const res = await post(JSON.stringify({ text: OLGA }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(parseProfile(OLGA))));
  });

  test('20,000 characters are read, even non-Latin ones sent as escapes; one more is a 422 that does not echo the text', async () => {
    const atLimit = await post(JSON.stringify({ text: 'Ж'.repeat(MAX_PROFILE_TEXT) }).replaceAll('Ж', '\\u0416'));
    expect(atLimit.status).toBe(200);
    const over = await post(JSON.stringify({ text: `secret-${'a'.repeat(MAX_PROFILE_TEXT)}` }));
    expect(over.status).toBe(422);
    const body = await over.json();
    expect(body.error).toMatch(/issues/);
    expect(body.issues[0].path).toEqual(['text']);
    expect(JSON.stringify(body)).not.toContain('secret-');
  });

  test.each([
    ['malformed JSON', '{"text":', 400],
    ['an unknown key', JSON.stringify({ text: 'x', note: 'y' }), 422],
    ['text of the wrong type', JSON.stringify({ text: 42 }), 422],
    ['no text', '{}', 422],
  ])('%s: %i with a clear message', async (_, body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toEqual(expect.any(String));
  });

  test('not JSON is 415, a body past the cap is 413 with its limit, other methods 405', async () => {
    expect((await post('text=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    const huge = await post(JSON.stringify({ text: 'a'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error).toMatch(/limit is 118 KB/);
    const get = profileRoute.GET();
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
  });

  test('draws from the same process-wide rate limiter as /api/analyze', async () => {
    vi.stubEnv('NOTECOACH_RATE_LIMIT', '0.001');
    vi.stubEnv('NOTECOACH_RATE_BURST', '1');
    resetSharedLimiter();
    try {
      const analyzeRoute = await import('@/app/api/analyze/route');
      const first = await analyzeRoute.POST(
        new Request('http://localhost/api/analyze', { method: 'POST', body: '{"note":"hi"}', headers: { 'content-type': 'application/json' } }),
      );
      expect(first.status).toBe(200);
      const second = await post(JSON.stringify({ text: OLGA }));
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      vi.stubEnv('NOTECOACH_RATE_LIMIT', '0');
      resetSharedLimiter();
    }
  });
});

describe('npm run analyze -- --parse-profile', () => {
  test('the input over the limit gets an error, not a parse', () => {
    expect(parseProfileInput('a'.repeat(MAX_PROFILE_TEXT + 1))).toHaveProperty('error');
    expect(parseProfileInput(`\uFEFF${OLGA}`)).toEqual(parseProfile(OLGA));
  });

  test('reads a file, or stdin with "-", as one profile and prints its fields as JSON', () => {
    const cli = ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '--parse-profile'];
    const fromFile = spawnSync(process.execPath, [...cli, 'tests/fixtures/profiles/web-career-switcher.txt'], { encoding: 'utf8' });
    expect(fromFile.status).toBe(0);
    expect(JSON.parse(fromFile.stdout).fields).toMatchObject({ name: 'Olga Petrova', company: 'Northwind Health', schools: ['Carnegie Mellon University', 'Moscow State University'] });
    const fromStdin = spawnSync(process.execPath, [...cli, '-'], { input: OLGA, encoding: 'utf8' });
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
    const tooLong = spawnSync(process.execPath, cli, { input: 'a'.repeat(MAX_PROFILE_TEXT + 1), encoding: 'utf8' });
    expect(tooLong.status).toBe(1);
    expect(JSON.parse(tooLong.stdout).error).toMatch(/limit is 20000/);
  }, 60_000);
});
