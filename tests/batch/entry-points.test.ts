/**
 * Batch through its entry points: the CLI over a 1,000-row CSV (a byte-order mark, quoted commas,
 * one broken row) writes 1,000 rows in order, each note naming its recipient; POST /api/batch runs
 * in the worker pool, counts every row against the rate limit and keeps the API's error contract.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import * as batchRoute from '@/app/api/batch/route';
import { templateArgument } from '@/lib/batch/cli';
import { readCsv } from '@/lib/batch/csv';
import type { BatchPool } from '@/lib/batch/pool';
import { batchResponseSchema, MAX_BATCH_BODY_BYTES } from '@/lib/schema';

const holder = globalThis as Record<symbol, unknown>;
const LIMITERS = [Symbol.for('notecoach.rateLimiter'), Symbol.for('notecoach.batchRateLimiter')];
const POOL = Symbol.for('notecoach.batchPool');
const dir = mkdtempSync(join(tmpdir(), 'notecoach-batch-'));

afterAll(async () => {
  await (holder[POOL] as BatchPool | undefined)?.close();
  delete holder[POOL];
  for (const key of LIMITERS) delete holder[key];
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const FIRST = ['Ana', 'Bo', 'Cyra', 'Dev', 'Elif', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jun'];
const BROKEN = 499;

describe('npm run analyze -- --batch', () => {
  test('1,000 rows with a BOM, quoted commas and one broken row → 1,000 rows in order, the broken one with its error', () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      i === BROKEN ? `Broken Row,Northwind, Inc.,Engineer,MIT` : `${FIRST[i % 10]} Person${i},"Northwind, Inc.","Engineer, Platform",MIT; Rice`,
    );
    const file = join(dir, 'recipients.csv');
    writeFileSync(file, `\uFEFFname,company,headline,schools\r\n${lines.join('\r\n')}\r\n`);
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '--batch', '--template', 'alumni', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = readCsv(run.stdout);
    if (!out.ok) throw new Error(out.error);
    expect(out.headers).toEqual(['name', 'company', 'headline', 'schools', 'note', 'score', 'verdict', 'flags', 'missing', 'error']);
    expect(out.records).toHaveLength(1000);
    out.records.forEach((record, i) => {
      if (i === BROKEN) {
        expect(record.cells.error).toBe('This row has 5 values but the header has 4 columns: a value with a comma in it must be in double quotes.');
        expect(record.cells.note).toBe('');
        return;
      }
      expect(record.cells.name).toBe(`${FIRST[i % 10]} Person${i}`);
      expect(record.cells.company).toBe('Northwind, Inc.');
      expect(record.cells.note).toMatch(new RegExp(`^Hi ${FIRST[i % 10]},`));
      expect(record.cells.note).toContain('MIT');
      expect(record.cells.error).toBe('');
      expect(Number(record.cells.score)).toBeGreaterThan(0);
    });
  }, 120_000);

  test('--json writes one JSON line per row; a template file with ((options)) works; an unknown template is refused', () => {
    const template = join(dir, 'template.txt');
    writeFileSync(template, "((Hi|Hello)) {firstName}, I see you're at {company} in {city|your city}. I'd love to connect and hear how the team works.\n");
    const input = 'name,company,city\nAna Li,Acme,Lyon\nBo Chen,Globex,\n';
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '--batch', '--template', template, '--json', '-'], { input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: Record<string, string>; note: string; verdict: string });
    expect(lines.map((l) => l.input.name)).toEqual(['Ana Li', 'Bo Chen']);
    expect(lines[0]?.note).toMatch(/^(Hi|Hello) Ana, I see you're at Acme in Lyon\./);
    expect(lines[1]?.note).toMatch(/in your city\./);
    // The CLI exits 2 with this message before reading any input.
    const bad = templateArgument('no-such-scenario', () => {
      throw new Error('ENOENT');
    });
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/^--template no-such-scenario: no such file, and no such scenario \(scenarios: alumni, /) });
    expect(templateArgument(template, (path) => readFileSync(path, 'utf8'))).toMatchObject({ ok: true, template: expect.stringMatching(/team works\.$/) });
  }, 60_000);
});

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  batchRoute.POST(new Request('http://localhost/api/batch', { method: 'POST', body, headers }));

describe('POST /api/batch', () => {
  beforeAll(() => {
    // Requests all but unlimited; rows limited to a burst of 5 that barely refills, to see them counted.
    vi.stubEnv('NOTECOACH_RATE_LIMIT', '1000');
    vi.stubEnv('NOTECOACH_BATCH_RATE', '0.001');
    vi.stubEnv('NOTECOACH_BATCH_BURST', '5');
    for (const key of LIMITERS) delete holder[key];
  });

  test('writes the notes in the worker pool and counts every row against the rate limit', async () => {
    const rows = [{ name: 'Ana Li', schools: 'MIT' }, { name: 'Bo Chen', schools: ['Rice University'] }, { name: 'x'.repeat(101) }, { name: 'Dev Patel' }];
    const ok = await post(JSON.stringify({ rows, template: 'alumni', sender: { schools: ['MIT'] }, plan: 'free' }));
    expect(ok.status).toBe(200);
    const json = batchResponseSchema.parse(await ok.json());
    expect(json.results.map((r) => r.note.split(',')[0])).toEqual(['Hi Ana', 'Hi Bo', '', 'Hi Dev']);
    expect(json.results[2]?.error).toMatch(/^Name is longer than 100/);
    expect(json.summary.errors).toBe(1);
    // 4 of the 5 rows are spent: 2 more are refused, with when to come back.
    const limited = await post(JSON.stringify({ rows: [{ name: 'A' }, { name: 'B' }], template: 'alumni' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toEqual({ error: expect.stringMatching(/^Too many rows in a short time: these 2 can be sent in \d+ s\.$/) });
    // More rows than the bucket holds can never be sent at once: a 422 that says so.
    const never = await post(JSON.stringify({ rows: Array.from({ length: 6 }, () => ({ name: 'A' })), template: 'alumni' }));
    expect(never.status).toBe(422);
    expect(((await never.json()) as { error: string }).error).toMatch(/at most 5 rows at a time/);
  }, 60_000);

  test.each([
    ['1,001 rows', JSON.stringify({ rows: Array.from({ length: 1001 }, () => ({ name: 'A' })), template: 'alumni' }), 422, /rows: at most 1000 rows/],
    ['an unclosed option group', JSON.stringify({ rows: [{ name: 'A' }], template: '((Hi|Hello {firstName}' }), 422, /template: A group of options opened with/],
    ['no rows', JSON.stringify({ rows: [], template: 'alumni' }), 422, /at least 1 row/],
    ['an unknown key', JSON.stringify({ rows: [{ name: 'A' }], template: 'alumni', bogus: 1 }), 422, /Invalid request/],
    ['a cell that is an object', JSON.stringify({ rows: [{ name: { first: 'A' } }], template: 'alumni' }), 422, /Invalid request/],
    ['malformed JSON', '{"rows": [', 400, /Malformed JSON/],
    ['a body over the cap', JSON.stringify({ rows: [{ name: 'x'.repeat(MAX_BATCH_BODY_BYTES) }], template: 'alumni' }), 413, /limit is 4096 KB/],
  ])('%s is refused with its status and a clear message', async (_what, body, status, error) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(error);
  });

  test('1,000 rows fit the body cap with room to spare', () => {
    const row = { name: 'Priya Raman', headline: 'Senior Data Engineer at Northwind | Spark, Kafka, dbt | Speaker'.padEnd(200, '.'), company: 'Northwind Traders', schools: 'University of Michigan; Rice University', recentWork: 'post on data contracts and schema evolution at scale'.padEnd(200, '.') };
    expect(JSON.stringify({ rows: Array.from({ length: 1000 }, () => row), template: 'alumni' }).length).toBeLessThan(MAX_BATCH_BODY_BYTES / 3);
  });

  test('GET → 405 with Allow', async () => {
    const res = batchRoute.GET();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });
});
