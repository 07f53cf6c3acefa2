/**
 * POST /api/triage and the CLI's --triage as a client sees them: 200 invitations in one request,
 * 201 refused with issues, a name alone is enough, the body cap sized for 200 (and still a cap),
 * the shared error contract, and no hostile input that makes the route answer 500.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import * as triageRoute from '@/app/api/triage/route';
import { triageLine } from '@/lib/cli';
import { MAX_TRIAGE_BODY_BYTES, triageResponseSchema } from '@/lib/schema';

const SHARED_LIMITER = Symbol.for('notecoach.rateLimiter');
const globalHolder = globalThis as Record<symbol, unknown>;

beforeAll(() => {
  // No rate limit for these tests: the limiter has its own tests in http.test.ts.
  vi.stubEnv('NOTECOACH_RATE_LIMIT', '0');
  delete globalHolder[SHARED_LIMITER];
});
afterAll(() => {
  vi.unstubAllEnvs();
  delete globalHolder[SHARED_LIMITER];
});

function post(body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  return new Request('http://localhost/api/triage', { method: 'POST', body, headers });
}

/** A realistic invitation: a LinkedIn-sized note and headline. */
function invitation(i: number) {
  return {
    name: `Person ${i}`,
    headline: `Senior Data Engineer at Company ${i} | Spark, Kafka, dbt | Speaker | Mentor`.padEnd(200, '.'),
    note: `Hi Dana, I read your post on data contracts (number ${i}) and would love to compare notes on schema evolution at scale.`.padEnd(300, ' '),
    mutualConnections: i % 7,
    mutualNames: ['Jamie Lee', 'Ana Ruiz'],
  };
}

describe('POST /api/triage', () => {
  test('200 realistic invitations in one request, well over the 16 KB note cap', async () => {
    const body = JSON.stringify({ invitations: Array.from({ length: 200 }, (_, i) => invitation(i)), me: { company: 'Acme' } });
    expect(body.length).toBeGreaterThan(16 * 1024);
    const res = await triageRoute.POST(post(body));
    expect(res.status).toBe(200);
    const json = triageResponseSchema.parse(await res.json());
    expect(json.results).toHaveLength(200);
    expect(json.summary.accept + json.summary.review + json.summary.ignore).toBe(200);
  });

  test('201 invitations → 422 with issues that name the limit', async () => {
    const res = await triageRoute.POST(post(JSON.stringify({ invitations: Array.from({ length: 201 }, () => ({ name: 'A' })) })));
    expect(res.status).toBe(422);
    const json = (await res.json()) as { error: string; issues: { message: string }[] };
    expect(json.issues.map((i) => i.message)).toContain('at most 200 invitations');
  });

  test('an invitation with only a name works', async () => {
    const res = await triageRoute.POST(post(JSON.stringify({ invitations: [{ name: 'John' }] })));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ results: [{ decision: 'ignore' }], summary: { accept: 0, review: 0, ignore: 1 } });
  });

  test('an unknown criterion is a 422 that lists the valid ids, without echoing the request', async () => {
    const res = await triageRoute.POST(post(JSON.stringify({ invitations: [{ name: 'A' }], criteria: { rules: { 'secret-sauce-xyz': 'off' } } })));
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text).toContain('blank-profile');
    expect(text).not.toContain('secret-sauce-xyz');
  });

  test('a body over the triage cap → 413 naming the limit', async () => {
    const res = await triageRoute.POST(post(`{"invitations":[{"name":"${'a'.repeat(MAX_TRIAGE_BODY_BYTES)}"}]}`));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toContain('1024 KB');
  });

  test.each([
    ['malformed JSON', post('{"invitations": ['), 400],
    ['not JSON', post('name=John', { 'content-type': 'application/x-www-form-urlencoded' }), 415],
  ])('%s → %i', async (_label, request, status) => {
    expect((await triageRoute.POST(request)).status).toBe(status);
  });

  test('other methods → 405 with Allow', () => {
    const res = triageRoute.GET();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });

  test('hostile strings and shapes never make it answer 500', async () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom('🚀'.repeat(300), '!'.repeat(2000), '\u0000\u200D\uFEFF', '[Name] {company} <first name>', 'bit.ly/'.repeat(50), '$'.repeat(500) + '9'.repeat(500), 'a.'.repeat(700), '\uD800', 'İ'.repeat(300)),
    );
    const inv = fc.record(
      { name: hostile, headline: hostile, note: hostile, mutualConnections: fc.integer({ min: -5, max: 200_000 }), mutualNames: fc.array(hostile, { maxLength: 3 }) },
      { requiredKeys: ['name'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(inv, { minLength: 1, maxLength: 5 }), fc.option(fc.record({ accept: fc.array(hostile, { maxLength: 3 }), ignore: fc.array(hostile, { maxLength: 3 }) })), async (invitations, keywords) => {
        const res = await triageRoute.POST(post(JSON.stringify({ invitations, me: { company: 'Acme' }, criteria: keywords ? { keywords } : undefined })));
        expect([200, 422]).toContain(res.status);
        if (res.status === 200) expect(triageResponseSchema.safeParse(await res.json()).success).toBe(true);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});

describe('CLI --triage', () => {
  test('a line per request: results, then an error line, and the rest go on', () => {
    expect(triageLine('{"invitations":[{"name":"John"}]}')).toMatchObject({ summary: { ignore: 1 } });
    expect(triageLine('\uFEFF{"invitations":[{"name":"John"}]}')).toMatchObject({ summary: { ignore: 1 } });
    expect(triageLine('not json')).toMatchObject({ error: expect.stringContaining('triage request') });
    expect(triageLine('{"invitations":[]}')).toMatchObject({ issues: [{ path: ['invitations'] }] });
  });

  test('the script pairs each input line with one output line', () => {
    const input = ['{"invitations":[{"name":"John"},{"name":"Sam","note":"Hi Dana, I would love to compare notes on Spark tuning."}]}', 'nope', '{"invitations":[{"name":"A"}],"criteria":{"preset":"open"}}'].join('\n');
    const out = spawnSync(process.execPath, [join(__dirname, '../../node_modules/tsx/dist/cli.mjs'), join(__dirname, '../../scripts/cli.ts'), '--triage', '-'], { input, encoding: 'utf8' });
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ summary: { accept: 1, ignore: 1 } });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toMatchObject({ summary: { review: 1 } });
  }, 30_000);
});
