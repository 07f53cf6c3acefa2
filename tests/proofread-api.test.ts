/**
 * Proofreading at the boundary: POST /api/proofread answers 503 (never 500) when the checker is
 * unavailable, and the rewrite route drops any variant that adds a slip its draft did not have.
 */
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import * as proofreadRoute from '@/app/api/proofread/route';
import * as rewriteRoute from '@/app/api/rewrite/route';
import { type LintEngine, PROOFREAD_UNAVAILABLE, proofread, warmProofreader } from '@/lib/proofread';
import { correctionsOf, gateRewrite, oneSlipApart, proofreadRewrite } from '@/lib/proofread/gate';
import { rewrite } from '@/lib/rewrite';
import { type NoteRequest, type RewriteResult, rewriteResultSchema, type Variant } from '@/lib/schema';

const ENGINE = Symbol.for('notecoach.proofreader');
const holder = globalThis as Record<symbol, unknown>;

const post = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

beforeAll(async () => {
  vi.stubEnv('NOTECOACH_RATE_LIMIT', '0');
  delete holder[Symbol.for('notecoach.rateLimiter')];
  expect(await warmProofreader()).toBe(true);
}, 60_000);

/** Runs `body` with the process's proofreader replaced by `engine`, then puts the real one back. */
async function withEngine(engine: LintEngine & { ready: Promise<void> }, body: () => Promise<void>): Promise<void> {
  const real = holder[ENGINE];
  holder[ENGINE] = engine;
  try {
    await body();
  } finally {
    holder[ENGINE] = real;
  }
}

const failedStart = () => {
  const ready = Promise.reject(new Error('wasm could not be compiled'));
  ready.catch(() => undefined);
  return { ready, lint: () => Promise.reject(new Error('not started')) };
};

afterEach(() => vi.restoreAllMocks());

describe('POST /api/proofread', () => {
  test('a note with slips gets its findings, spans matching the note', async () => {
    const note = 'Hi Ikenna, I would like to connect becuase your an expert in there field.';
    const res = await proofreadRoute.POST(post('/api/proofread', { note, profile: { name: 'Ikenna Obi' } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { findings: { actual: string; span: { start: number; end: number }; suggestions: string[] }[] };
    expect(body.findings.map((f) => f.actual)).toEqual(['becuase', 'there']);
    for (const f of body.findings) expect(note.slice(f.span.start, f.span.end)).toBe(f.actual);
  });

  test('a checker that cannot start → 503 with a clear message and Retry-After, not a 500', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await withEngine(failedStart(), async () => {
      const res = await proofreadRoute.POST(post('/api/proofread', { note: 'I would like to connect becuase.' }));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(await res.json()).toEqual({ error: PROOFREAD_UNAVAILABLE });
    });
    // An expected refusal is not an internal error: nothing is logged as a failure.
    expect(logged).not.toHaveBeenCalled();
  });

  test('a checker that fails mid-lint → 503 too', async () => {
    await withEngine({ ready: Promise.resolve(), lint: () => Promise.reject(new RangeError('unreachable executed')) }, async () => {
      const res = await proofreadRoute.POST(post('/api/proofread', { note: 'Hello there, friend.' }));
      expect(res.status).toBe(503);
    });
  });
});

describe('the rewrite gate', () => {
  const request: NoteRequest = { note: 'Hi Sam, great post. I recieved your newsletter.', profile: { name: 'Sam Lee' } };
  const variant = (text: string): Variant => ({ ...rewrite({ note: 'Hi Sam, great post!' }).variants[0]!, label: text.slice(0, 10), text });
  const result = (...texts: string[]): RewriteResult => ({ variants: texts.map(variant) });

  test('drops a variant that adds a slip; keeps one that only carries the draft\'s own', async () => {
    const gated = await gateRewrite(
      request,
      result('Hi Sam, I loved your post on onboarding.', 'Hi Sam, I loved your post becuase it was clear.', 'Hi Sam, I recieved your newsletter and loved it.'),
    );
    expect(gated.variants.map((v) => v.text)).toEqual(['Hi Sam, I loved your post on onboarding.', 'Hi Sam, I recieved your newsletter and loved it.']);
  });

  test('compares slips by rule and text, not by place', async () => {
    const draft = await proofread(request);
    expect(draft.ok && draft.result.findings.map((f) => f.actual)).toEqual(['recieved']);
    const gated = await gateRewrite(request, result('I recieved your newsletter, Sam, and loved the post.'));
    expect(gated.variants).toHaveLength(1);
  });

  test('when the proofreader is unavailable, every variant passes', async () => {
    const engine: LintEngine = { lint: () => Promise.reject(new Error('down')) };
    const input = result('Hi Sam, I loved your post becuase it was clear.');
    expect(await gateRewrite(request, input, { engine })).toEqual(input);
  });

  test('POST /api/rewrite answers with gated variants (and all of them when the checker is down)', async () => {
    const body = { note: 'hey Sam i came across your profile. pls connect', profile: { name: 'Sam Lee', company: 'Quorvana' } };
    const res = await rewriteRoute.POST(post('/api/rewrite', body));
    expect(res.status).toBe(200);
    const gated = rewriteResultSchema.parse(await res.json());
    const draft = await proofread(body);
    const known = new Set(draft.ok ? draft.result.findings.map((f) => `${f.ruleId}|${f.actual}`) : []);
    for (const v of gated.variants) {
      const checked = await proofread({ ...body, note: v.text });
      expect(checked.ok && checked.result.findings.every((f) => known.has(`${f.ruleId}|${f.actual}`))).toBe(true);
    }
    await withEngine(failedStart(), async () => {
      const down = await rewriteRoute.POST(post('/api/rewrite', body));
      expect(down.status).toBe(200);
      expect(rewriteResultSchema.parse(await down.json()).variants).toHaveLength(rewrite(body).variants.length);
    });
  });
});

describe('the rewrite fixes the draft\'s sure slips', () => {
  test.each([
    ['polcy', 'policy', true],
    ['becuase', 'because', true],
    ['recieved', 'received', true],
    ['teh', 'the', false],
    // Words the dictionary does not know are the sender's: a first letter changed, a space or an apostrophe put in.
    ['neobanks', 'debanks', false],
    ['stablecoins', 'stable coins', false],
    ['photonics', "photon's", false],
    ['anurag', 'aura', false],
    ['kubectl', 'kubelet', false],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(oneSlipApart(from, to)).toBe(expected);
  });

  const finding = (ruleId: string, actual: string, to: string, start = 0) => ({ ruleId, message: '', span: { start, end: start + actual.length }, actual, suggestions: [to] });
  test('grammar and capitalization slips are fixed; number agreement and compound spacing are left', () => {
    const fixes = correctionsOf([
      finding('grammar', 'got', 'get'),
      finding('punctuation', 'Its', "It's"),
      finding('capitalization', 'Linkedin', 'LinkedIn'),
      finding('grammar', 'guys', 'guy'),
      finding('word-choice', 'Co Founder', 'CoFounder'),
      finding('style', 'in order to', 'to'),
    ]);
    expect(fixes.map((f) => f.to)).toEqual(['get', "It's", 'LinkedIn']);
  });

  test('every variant carries the fix, and says so', async () => {
    const request: NoteRequest = { note: 'Hi Sam, I research fintech polcy at a firm in Austin and read your post on open banking. I would love to connect.', profile: { name: 'Sam Lee' } };
    const result = await proofreadRewrite(request);
    expect(result.variants.length).toBeGreaterThan(0);
    for (const v of result.variants) {
      expect(v.text).not.toContain('polcy');
      if (v.text.includes('fintech')) expect(v.text).toContain('fintech policy');
    }
    expect(result.variants[0]?.changes.map((c) => c.description)).toContain('Fixed the spelling: “polcy” → “policy”');
  });

  test('a correction whose text is not where it says is skipped, never misapplied', () => {
    const request: NoteRequest = { note: 'Hi Sam, I read your post on open banking and would love to connect.', profile: { name: 'Sam Lee' } };
    const plain = rewrite(request);
    expect(rewrite(request, { corrections: [{ span: { start: 3, end: 6 }, actual: 'polcy', to: 'policy', ruleId: 'spelling' }] })).toEqual(plain);
  });
});
