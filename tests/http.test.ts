/**
 * The HTTP API as a client sees it: each route module's handlers called with real `Request`s.
 * Covers every status the spec lists, the body cap (declared and streamed), the depth guard, the
 * media-type check, 405 with `Allow`, 429 with `Retry-After`, and a 500 that leaks nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import * as analyzeRoute from '@/app/api/analyze/route';
import * as healthRoute from '@/app/api/health/route';
import * as proofreadRoute from '@/app/api/proofread/route';
import * as rewriteRoute from '@/app/api/rewrite/route';
import { clientKey, SHARED_CLIENT_KEY, trustedProxyHops } from '@/lib/http/client-key';
import { createJsonHandler } from '@/lib/http/handler';
import { DEFAULT_RATE_LIMIT, RateLimiter, rateLimitConfigFromEnv } from '@/lib/http/rate-limit';
import { isJsonContentType, jsonDepthExceeds, MAX_BODY_BYTES } from '@/lib/http/read-json';
import { warmProofreader } from '@/lib/proofread';
import { analysisSchema, noteRequestSchema, proofreadResultSchema, rewriteResultSchema } from '@/lib/schema';

const SHARED_LIMITER = Symbol.for('notecoach.rateLimiter');
const globalHolder = globalThis as Record<symbol, unknown>;

/** Forgets the process-wide limiter so the next request builds one from the current environment. */
function resetSharedLimiter(): void {
  delete globalHolder[SHARED_LIMITER];
}

const routes = [
  { path: '/api/analyze', module: analyzeRoute, response: analysisSchema },
  { path: '/api/rewrite', module: rewriteRoute, response: rewriteResultSchema },
  { path: '/api/proofread', module: proofreadRoute, response: proofreadResultSchema },
] as const;

function post(path: string, body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  return new Request(`http://localhost${path}`, { method: 'POST', body, headers });
}

/** A body of exactly `bytes` bytes: a JSON request whose note is long enough to fill it. */
function bodyOfSize(bytes: number): string {
  const frame = '{"note":""}';
  return `{"note":"${'a'.repeat(bytes - frame.length)}"}`;
}

/** A body that arrives in chunks with no Content-Length, the way a chunked upload does. */
function streamedBody(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(1024, totalBytes - sent);
      controller.enqueue(new TextEncoder().encode('['.repeat(size)));
      sent += size;
    },
  });
}

// The routes share one process-wide limiter; these tests make many requests, so they run with it
// disabled and test limiting explicitly below.
beforeAll(async () => {
  vi.stubEnv('NOTECOACH_RATE_LIMIT', '0');
  resetSharedLimiter();
  // The proofreader's first lint builds its dictionary (seconds), as at server start.
  await warmProofreader();
}, 60_000);
afterAll(() => {
  vi.unstubAllEnvs();
  resetSharedLimiter();
});

describe.each(routes)('POST $path', ({ path, module, response }) => {
  test('a valid request gets 200 with a body in the response schema, never cached', async () => {
    const res = await module.POST(post(path, JSON.stringify({ note: 'Hi Sam, I loved your talk on onboarding.', plan: 'free' })));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(response.safeParse(await res.json()).success).toBe(true);
  });

  test.each([
    { name: 'malformed JSON', body: '{"note": "hi"', status: 400, error: /Malformed JSON/ },
    { name: 'an empty body', body: '', status: 400, error: /Malformed JSON/ },
    { name: 'a trailing comma', body: '{"note":"hi",}', status: 400, error: /Malformed JSON/ },
    { name: 'invalid UTF-8', body: new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0xff, 0xfe, 0x7d]), status: 400, error: /UTF-8/ },
    { name: '5,000 nested arrays', body: '['.repeat(5000) + ']'.repeat(5000), status: 400, error: /nested deeper/ },
    { name: 'nested objects 9 deep', body: '{"a":'.repeat(9) + '1' + '}'.repeat(9), status: 400, error: /nested deeper/ },
    { name: 'a body 1 byte over 16 KB', body: bodyOfSize(MAX_BODY_BYTES + 1), status: 413, error: /too large/ },
    { name: 'a 1 MB body', body: bodyOfSize(1024 * 1024), status: 413, error: /too large/ },
    { name: 'a body of exactly 16 KB (schema, not size, refuses it)', body: bodyOfSize(MAX_BODY_BYTES), status: 422, error: /Invalid request/ },
  ])('$name → $status', async ({ body, status, error }) => {
    const res = await module.POST(post(path, body));
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await res.json()) as { error: string };
    expect(json.error).toMatch(error);
  });

  test('a chunked upload with no Content-Length is cut off at 16 KB', async () => {
    const res = await module.POST(
      new Request(`http://localhost${path}`, {
        method: 'POST',
        body: streamedBody(1024 * 1024),
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
  });

  test('brackets inside strings do not count as nesting', async () => {
    const res = await module.POST(post(path, JSON.stringify({ note: '[[[[[[[[[[{{{{{{{{{{ hi' })));
    expect(res.status).toBe(200);
  });

  test.each([
    { contentType: 'text/plain', status: 415 },
    { contentType: 'application/x-www-form-urlencoded', status: 415 },
    { contentType: 'multipart/form-data; boundary=x', status: 415 },
    { contentType: 'application/json; charset=latin1', status: 415 },
    { contentType: 'application/jsonp', status: 415 },
    { contentType: 'application/json', status: 200 },
    { contentType: 'Application/JSON; charset="UTF-8"', status: 200 },
    { contentType: 'application/vnd.api+json', status: 200 },
  ])('Content-Type $contentType → $status', async ({ contentType, status }) => {
    const res = await module.POST(post(path, JSON.stringify({ note: 'hi' }), { 'content-type': contentType }));
    expect(res.status).toBe(status);
  });

  test('no Content-Type at all → 415', async () => {
    const res = await module.POST(new Request(`http://localhost${path}`, { method: 'POST', body: new Uint8Array([0x7b, 0x7d]) }));
    expect(res.status).toBe(415);
  });

  test.each([
    { name: 'a missing note', body: {}, path: ['note'] },
    { name: 'a note that is a number', body: { note: 5 }, path: ['note'] },
    { name: 'a note over 5,000 characters', body: { note: 'x'.repeat(5001) }, path: ['note'] },
    { name: 'an unknown plan', body: { note: 'hi', plan: 'gold' }, path: ['plan'] },
    { name: 'an unknown top-level key', body: { note: 'hi', admin: true }, path: [] },
    { name: 'an unknown profile key', body: { note: 'hi', profile: { email: 'a@b.c' } }, path: ['profile'] },
    { name: 'a school that is not a string', body: { note: 'hi', profile: { schools: ['MIT', 7] } }, path: ['profile', 'schools', 1] },
    { name: '21 mutual connections', body: { note: 'hi', profile: { mutualConnections: Array(21).fill('Ann') } }, path: ['profile', 'mutualConnections'] },
    { name: 'a top-level array', body: [{ note: 'hi' }], path: [] },
    { name: 'null', body: null, path: [] },
  ])('$name → 422 with issues at $path', async ({ body, path: issuePath }) => {
    const res = await module.POST(post(path, JSON.stringify(body)));
    expect(res.status).toBe(422);
    const json = (await res.json()) as { error: string; issues: { path: unknown[]; message: string }[] };
    expect(json.error).toMatch(/Invalid request/);
    expect(json.issues.map((issue) => issue.path)).toContainEqual(issuePath);
    for (const issue of json.issues) expect(issue.message).toEqual(expect.any(String));
  });

  test('a 422 names what is wrong without echoing the offending value', async () => {
    const secret = 'Confidential-Draft-Text ';
    const res = await module.POST(post(path, JSON.stringify({ note: secret.repeat(300), plan: secret, profile: { schools: [secret, 7] } })));
    expect(res.status).toBe(422);
    expect(await res.text()).not.toContain('Confidential-Draft-Text');
  });

  test('a "__proto__" key is an unknown key (422), not a prototype change', async () => {
    const res = await module.POST(post(path, '{"note":"hi","__proto__":{"polluted":true}}'));
    expect(res.status).toBe(422);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each(['GET', 'PUT', 'PATCH', 'DELETE'] as const)('%s → 405 with Allow: POST, OPTIONS', async (method) => {
    const res = module[method]();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await res.json()).toEqual({ error: 'Method not allowed: use POST.' });
  });

  test('OPTIONS → 204 listing only the methods that work', () => {
    const res = module.OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe.each(routes)('no input makes $path answer 500 (property)', ({ path, module }) => {
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const requestLike = fc.record(
    {
      note: fc.oneof(fc.string({ unit: codeUnit, maxLength: 300 }), fc.anything()),
      plan: fc.oneof(fc.constantFrom('free', 'premium'), fc.anything()),
      profile: fc.oneof(fc.dictionary(fc.constantFrom('name', 'schools', 'about', 'x'), fc.anything()), fc.anything()),
      sender: fc.anything(),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(
    requestLike.map((value) => JSON.stringify(value) ?? ''),
    fc.json(),
    fc.string({ unit: codeUnit, maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
  );
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x+json', '');

  test('any body, any content type: a 2xx or a 4xx with a JSON error', async () => {
    await fc.assert(
      fc.asyncProperty(body, contentType, async (payload, type) => {
        const res = await module.POST(post(path, payload, type ? { 'content-type': type } : {}));
        expect([200, 400, 413, 415, 422]).toContain(res.status);
        const json = (await res.json()) as Record<string, unknown>;
        if (res.status !== 200) expect(json.error).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
  });
});

describe('GET /api/health', () => {
  test('answers { ok: true }', async () => {
    const res = healthRoute.GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('rate limiting through the handler', () => {
  const schema = z.strictObject({ note: z.string() });

  test('the burst is served, then 429 with Retry-After and a JSON message', async () => {
    const limiter = new RateLimiter({ rate: 1, burst: 2, maxClients: 10 }, () => 0);
    const POST = createJsonHandler({ name: 'test', schema, action: () => ({ ok: true }), limiter, trustProxyHops: 0 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await POST(post('/api/test', '{"note":"hi"}'))).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await POST(post('/api/test', '{"note":"hi"}'));
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toEqual({ error: 'Too many requests: try again in 1 s.' });
  });

  test('behind trusted proxies, clients are counted separately', async () => {
    const limiter = new RateLimiter({ rate: 1, burst: 1, maxClients: 10 }, () => 0);
    const POST = createJsonHandler({ name: 'test', schema, action: () => ({ ok: true }), limiter, trustProxyHops: 1 });
    const from = (ip: string) =>
      POST(post('/api/test', '{"note":"hi"}', { 'content-type': 'application/json', 'x-forwarded-for': ip }));
    expect((await from('203.0.113.1')).status).toBe(200);
    expect((await from('203.0.113.2')).status).toBe(200);
    expect((await from('203.0.113.1')).status).toBe(429);
    // A client cannot escape its bucket by prepending addresses: only the proxy's entry counts.
    expect((await from('198.51.100.9, 203.0.113.1')).status).toBe(429);
  });

  test('/api/analyze and /api/rewrite draw from one process-wide budget set by the environment', async () => {
    vi.stubEnv('NOTECOACH_RATE_LIMIT', '0.001');
    vi.stubEnv('NOTECOACH_RATE_BURST', '2');
    resetSharedLimiter();
    try {
      const body = JSON.stringify({ note: 'hi' });
      expect((await analyzeRoute.POST(post('/api/analyze', body))).status).toBe(200);
      expect((await rewriteRoute.POST(post('/api/rewrite', body))).status).toBe(200);
      const third = await analyzeRoute.POST(post('/api/analyze', body));
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      vi.stubEnv('NOTECOACH_RATE_LIMIT', '0');
      resetSharedLimiter();
    }
  });
});

describe('an unexpected failure', () => {
  const secret = 'MY-SECRET-NOTE-TEXT';
  const failures = [
    { name: 'an Error quoting the input', fail: (note: string) => { throw new Error(`cannot handle ${note}`); } },
    { name: 'a thrown string', fail: (note: string) => { throw note; } },
    { name: 'a TypeError from a real bug', fail: (note: string) => (null as unknown as Record<string, () => string>)[note]!() },
    { name: 'a rejected promise', fail: (note: string) => Promise.reject(new RangeError(note)) },
  ];

  test.each(failures)('$name → 500 with no stack and no user text, in the body or the log', async ({ fail }) => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    try {
      const POST = createJsonHandler({
        name: 'test',
        schema: z.strictObject({ note: z.string() }),
        action: ({ note }) => fail(note),
        limiter: new RateLimiter({ rate: 0, burst: 0, maxClients: 1 }),
      });
      const res = await POST(post('/api/test', JSON.stringify({ note: secret })));
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: expect.stringMatching(/^Internal error/) });
      expect(text).not.toContain(secret);
      expect(text).not.toMatch(/\bat\s/);
      expect(logged.length).toBeGreaterThan(0);
      for (const line of logged) expect(line).not.toContain(secret);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('RateLimiter', () => {
  test('serves a full burst, refuses the next, and refills at the configured rate', () => {
    let now = 0;
    const limiter = new RateLimiter({ rate: 10, burst: 60, maxClients: 100 }, () => now);
    const burst = Array.from({ length: 60 }, () => limiter.take('a').allowed);
    expect(burst.every(Boolean)).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 100; // one token at 10/s
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    now += 60_000; // refills to the cap, not beyond it
    expect(Array.from({ length: 61 }, () => limiter.take('a').allowed).filter(Boolean)).toHaveLength(60);
  });

  test('Retry-After is the whole seconds until the next token', () => {
    const limiter = new RateLimiter({ rate: 0.25, burst: 1, maxClients: 10 }, () => 0);
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 4 });
  });

  test.each([
    { cadence: 'a keystroke pause every 300 ms for two hours', intervalMs: 300, requests: 24_000 },
    { cadence: 'a pause every 200 ms for ten minutes (faster than anyone types)', intervalMs: 200, requests: 3000 },
  ])('a person typing is never limited: $cadence', ({ intervalMs, requests }) => {
    let now = 0;
    const limiter = new RateLimiter(DEFAULT_RATE_LIMIT, () => now);
    let refused = 0;
    for (let i = 0; i < requests; i++, now += intervalMs) {
      // Each pause sends an analysis; every fifth also asks for a rewrite.
      if (!limiter.take(SHARED_CLIENT_KEY).allowed) refused++;
      if (i % 5 === 0 && !limiter.take(SHARED_CLIENT_KEY).allowed) refused++;
    }
    expect(refused).toBe(0);
  });

  test('a flood from one client is held to the configured rate', () => {
    let now = 0;
    const limiter = new RateLimiter(DEFAULT_RATE_LIMIT, () => now);
    let allowed = 0;
    for (let i = 0; i < 10_000; i++, now += 1) if (limiter.take('flood').allowed) allowed++;
    // 10 seconds at 10/s plus the burst of 60 (one token of slack for floating-point refill).
    expect(allowed).toBeGreaterThanOrEqual(159);
    expect(allowed).toBeLessThanOrEqual(160);
  });

  test('memory is bounded: the least recently seen clients are forgotten first', () => {
    const limiter = new RateLimiter({ rate: 1, burst: 1, maxClients: 3 }, () => 0);
    for (const key of ['a', 'b', 'c']) limiter.take(key);
    limiter.take('a'); // refused, but now the most recent
    limiter.take('d'); // evicts b, the least recently seen
    expect(limiter.size).toBe(3);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
    for (let i = 0; i < 10_000; i++) limiter.take(`spoofed-${i}`);
    expect(limiter.size).toBe(3);
  });

  test('rate 0 disables limiting and tracks nothing', () => {
    const limiter = new RateLimiter({ rate: 0, burst: 0, maxClients: 3 });
    for (let i = 0; i < 1000; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.size).toBe(0);
  });
});

describe('rateLimitConfigFromEnv', () => {
  test.each([
    { env: {}, expected: { rate: 10, burst: 60, maxClients: 10_000 } },
    { env: { NOTECOACH_RATE_LIMIT: '0' }, expected: { rate: 0, burst: 0, maxClients: 10_000 } },
    { env: { NOTECOACH_RATE_BURST: '0' }, expected: { rate: 0, burst: 0, maxClients: 10_000 } },
    { env: { NOTECOACH_RATE_LIMIT: '100' }, expected: { rate: 100, burst: 600, maxClients: 10_000 } },
    { env: { NOTECOACH_RATE_LIMIT: '5', NOTECOACH_RATE_BURST: '20' }, expected: { rate: 5, burst: 20, maxClients: 10_000 } },
    { env: { NOTECOACH_RATE_LIMIT: 'lots', NOTECOACH_RATE_BURST: '-3' }, expected: { rate: 10, burst: 60, maxClients: 10_000 } },
    { env: { NOTECOACH_RATE_CLIENTS: '500' }, expected: { rate: 10, burst: 60, maxClients: 500 } },
  ])('$env → $expected', ({ env, expected }) => {
    expect(rateLimitConfigFromEnv(env)).toEqual(expected);
  });
});

describe('clientKey', () => {
  test.each([
    { name: 'untrusted: a spoofed header is ignored', xff: '203.0.113.7', hops: 0, key: SHARED_CLIENT_KEY },
    { name: 'untrusted: no header', xff: null, hops: 0, key: SHARED_CLIENT_KEY },
    { name: 'one proxy: its appended entry', xff: '198.51.100.1, 203.0.113.7', hops: 1, key: 'ip:203.0.113.7' },
    { name: 'one proxy, single entry', xff: '203.0.113.7', hops: 1, key: 'ip:203.0.113.7' },
    { name: 'two proxies: the outer one’s entry', xff: 'spoof, 203.0.113.7, 10.0.0.2', hops: 2, key: 'ip:203.0.113.7' },
    { name: 'fewer entries than proxies', xff: '10.0.0.2', hops: 2, key: SHARED_CLIENT_KEY },
    { name: 'IPv6', xff: '2001:db8::1', hops: 1, key: 'ip:2001:db8::1' },
    { name: 'trusted but missing', xff: null, hops: 1, key: SHARED_CLIENT_KEY },
    { name: 'a huge entry is truncated', xff: 'x'.repeat(5000), hops: 1, key: `ip:${'x'.repeat(64)}` },
  ])('$name', ({ xff, hops, key }) => {
    const headers = new Headers(xff === null ? {} : { 'x-forwarded-for': xff });
    expect(clientKey(headers, hops)).toBe(key);
  });

  test.each([
    { value: undefined, hops: 0 },
    { value: '1', hops: 1 },
    { value: '2', hops: 2 },
    { value: 'true', hops: 0 },
    { value: '-1', hops: 0 },
  ])('NOTECOACH_TRUST_PROXY=$value → $hops hops', ({ value, hops }) => {
    expect(trustedProxyHops({ NOTECOACH_TRUST_PROXY: value })).toBe(hops);
  });
});

describe('body reading helpers', () => {
  test.each([
    { header: null, json: false },
    { header: '', json: false },
    { header: 'application/json', json: true },
    { header: 'application/json;charset=utf8', json: true },
    { header: 'application/problem+json', json: true },
    { header: 'application/json; charset=utf-16', json: false },
    { header: 'text/json', json: false },
  ])('isJsonContentType($header) → $json', ({ header, json }) => {
    expect(isJsonContentType(header)).toBe(json);
  });

  test.each([
    { text: '{"a":[1,[2]]}', limit: 3, exceeds: false },
    { text: '{"a":[1,[2]]}', limit: 2, exceeds: true },
    { text: '"[[[[[[["', limit: 1, exceeds: false },
    { text: '"\\"[[[["', limit: 1, exceeds: false },
    { text: '[]'.repeat(1000), limit: 1, exceeds: false },
    { text: '['.repeat(9), limit: 8, exceeds: true },
  ])('jsonDepthExceeds($text, $limit) → $exceeds', ({ text, limit, exceeds }) => {
    expect(jsonDepthExceeds(text, limit)).toBe(exceeds);
  });
});

describe('schema round trip', () => {
  beforeEach(() => resetSharedLimiter());
  test('every field of a full request is accepted by the API', async () => {
    const request = {
      note: 'Hi Priya, fellow Michigan alum here. I loved your talk on hiring.',
      plan: 'premium',
      profile: { name: 'Priya Raman', headline: 'Coach', company: 'Acme', industry: 'HR', about: 'About', recentWork: 'Talk', schools: ['Michigan'], mutualConnections: ['Ann Lee'] },
      sender: { name: 'Sam', headline: 'Analyst', company: 'Beta', industry: 'HR', goal: 'Move into HR tech', schools: ['Michigan'] },
    };
    expect(noteRequestSchema.safeParse(request).success).toBe(true);
    const res = await analyzeRoute.POST(post('/api/analyze', JSON.stringify(request)));
    expect(res.status).toBe(200);
  });
});
