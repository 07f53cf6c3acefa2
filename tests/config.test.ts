/**
 * Your own rules (SPEC "Your own rules", issue #9) through the API and the CLI: switch a rule off,
 * add your own phrases, allow a phrase, change a severity; an unknown rule id is a clear 422.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import * as analyzeRoute from '@/app/api/analyze/route';
import * as rewriteRoute from '@/app/api/rewrite/route';
import { RED_FLAG_IDS } from '@/lib/contract';
import type { Analysis, NoteRequest } from '@/lib/schema';

// Each CLI case starts a process (tsx compiles on start): slow on a loaded machine, never wrong.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  process.env.NOTECOACH_RATE_LIMIT = '0';
});

async function viaApi(body: unknown, route: { POST: (r: Request) => Promise<Response> } = analyzeRoute): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await route.POST(new Request('http://localhost/api/analyze', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }));
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function viaCli(lines: unknown[], config?: unknown): { status: number | null; out: Record<string, unknown>[]; err: string } {
  const args = ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts'];
  if (config !== undefined) {
    const file = join(mkdtempSync(join(tmpdir(), 'notecoach-config-')), 'rules.json');
    writeFileSync(file, JSON.stringify(config));
    args.push('--config', file);
  }
  const r = spawnSync(process.execPath, args, { input: `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`, encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) : [], err: r.stderr };
}

const flags = (a: Analysis) => a.checks.find((c) => c.id === 'red-flags')?.findings ?? [];
const ids = (a: Analysis) => [...new Set(flags(a).map((f) => f.ruleId))].sort();

const EMOJI_NOTE = 'Hi Sam, I’d love to hear how your team scaled support to 24/7 🚀🚀🔥';
const WHISPERER = 'Hi Sam, I’m a pipeline whisperer at Acme and would love to hear how you run forecasting.';
const GURU = 'Hi Sam, as a fellow growth guru I’d love to compare notes on onboarding emails.';
const PITCH = 'Hi Sam, we help SaaS teams cut churn by 30%. I’d love to hear how you handle renewals.';

describe.each([
  ['API', async (request: NoteRequest) => (await viaApi(request)).json as unknown as Analysis],
  ['CLI, per line', async (request: NoteRequest) => viaCli([request]).out[0] as unknown as Analysis],
  ['CLI, --config', async (request: NoteRequest) => {
    const { config, ...rest } = request;
    return viaCli([rest], config).out[0] as unknown as Analysis;
  }],
])('through the %s', (_name, run) => {
  test('"emoji": "off" removes the emoji finding and raises the score', async () => {
    const before = await run({ note: EMOJI_NOTE });
    const after = await run({ note: EMOJI_NOTE, config: { rules: { emoji: 'off' } } });
    expect(ids(before)).toContain('emoji');
    expect(ids(after)).not.toContain('emoji');
    expect(after.score).toBeGreaterThan(before.score);
  });

  test('your own buzzword is flagged with its exact span', async () => {
    expect(ids(await run({ note: WHISPERER }))).not.toContain('buzzword-title');
    const after = await run({ note: WHISPERER, config: { phrases: { 'buzzword-title': ['pipeline whisperer'] } } });
    const f = flags(after).find((x) => x.ruleId === 'buzzword-title');
    const start = WHISPERER.indexOf('pipeline whisperer');
    expect(f?.span).toEqual({ start, end: start + 'pipeline whisperer'.length });
    expect(f?.actual).toBe('pipeline whisperer');
  });

  test('an allowed phrase is never flagged', async () => {
    expect(ids(await run({ note: GURU }))).toContain('buzzword-title');
    expect(ids(await run({ note: GURU, config: { allow: ['guru'] } }))).not.toContain('buzzword-title');
  });

  test('"minor" on a serious rule lets the verdict rise', async () => {
    const before = await run({ note: PITCH });
    const after = await run({ note: PITCH, config: { rules: { 'sales-pitch': 'minor' } } });
    expect(ids(after)).toContain('sales-pitch');
    expect(after.score).toBeGreaterThan(before.score);
    expect(before.verdict).toBe('weak');
    expect(after.verdict).toBe('needs-work');
    expect(after.checks.find((c) => c.id === 'red-flags')?.status).toBe('warn');
  });
});

describe('an unknown rule id', () => {
  test('is a 422 whose message names the valid ids', async () => {
    const { status, json } = await viaApi({ note: 'Hi', config: { rules: { emojis: 'off' } } });
    expect(status).toBe(422);
    for (const id of RED_FLAG_IDS) expect(json.error).toContain(id);
  });
  test('in phrases too, and on /api/rewrite', async () => {
    const { status, json } = await viaApi({ note: 'Hi', config: { phrases: { buzzwords: ['x'] } } }, rewriteRoute);
    expect(status).toBe(422);
    expect(json.error).toContain('buzzword-title');
  });
  test('in a --config file stops the CLI with the valid ids', () => {
    const r = viaCli([{ note: 'Hi' }], { rules: { emojis: 'off' } });
    expect(r.status).toBe(2);
    expect(r.err).toContain('valid ids: boilerplate');
  });
  test('on one CLI line is that line’s error; the rest go on', () => {
    const r = viaCli([{ note: 'Hi', config: { rules: { nope: 'off' } } }, { note: 'Hi Sam' }]);
    expect(r.out).toHaveLength(2);
    expect(JSON.stringify(r.out[0])).toContain('valid ids');
    expect(r.out[1]).toHaveProperty('score');
  });
  test('a line whose own allow list is not a list gets its error, even with a --config file', () => {
    const r = viaCli([{ note: 'Hi', config: { allow: 'guru' } }, { note: 'Hi Sam' }], { rules: { emoji: 'off' } });
    expect(r.out).toHaveLength(2);
    expect(r.out[0]).toHaveProperty('error');
    expect(r.out[1]).toHaveProperty('score');
  });
  test('sizes are bounded', async () => {
    expect((await viaApi({ note: 'Hi', config: { allow: Array.from({ length: 101 }, (_, i) => `p${i}`) } })).status).toBe(422);
    expect((await viaApi({ note: 'Hi', config: { phrases: { hedging: ['x'.repeat(81)] } } })).status).toBe(422);
  });
});
