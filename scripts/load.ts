/**
 * `npm run load`: the hardening load test. 50 concurrent connections for 20 s against a production
 * server: realistic notes (the labeled dev set) to POST /api/analyze and /api/rewrite, mixed with
 * 10% hostile requests (malformed JSON, oversized bodies, wrong media type, schema violations,
 * deep nesting, wrong method). Prints req/s, p50/p99 latency, status counts, errors and the
 * server's memory (RSS) before and after; exits non-zero on any 5xx, any socket error or timeout,
 * or RSS growth over 50%.
 *
 * By default it starts its own server from NEXT_DIST_DIR (default .next; built first if missing)
 * on --port (default 3290) with the rate limit raised so one load generator is not throttled, and
 * stops it afterwards. `--url http://host:port` loads a running server instead; its memory is then
 * only checked when `--pid <server pid>` is given.
 *
 *   npm run load -- [--url URL] [--pid PID] [--port N] [--connections 50] [--duration 20] [--warmup 10]
 *                   [--max-old-space 160]   (MB of V8 old generation for the server it starts)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(__dirname, '..');

/** The slice of autocannon's result this script reads (autocannon ships no types). */
interface LoadResult {
  duration: number;
  errors: number;
  timeouts: number;
  resets: number;
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  statusCodeStats: Record<string, { count: number }>;
  '2xx': number;
  '4xx': number;
  '5xx': number;
}
interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { setupRequest: (request: RawRequest) => RawRequest }[];
}) => PromiseLike<LoadResult>;
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    pid: { type: 'string' },
    port: { type: 'string', default: '3290' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '10' },
    'max-old-space': { type: 'string', default: '160' },
  },
});

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Realistic requests: every labeled request of the dev set. */
function realisticBodies(): string[] {
  return readFileSync(join(ROOT, 'tests/fixtures/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.stringify((JSON.parse(line) as { request: unknown }).request));
}

/** The hostile 10%: each must get a 4xx, never a 5xx. */
const HOSTILE: RawRequest[] = [
  { method: 'POST', path: '/api/analyze', headers: JSON_HEADERS, body: '{"note": "Hi Sam, I loved your talk' },
  { method: 'POST', path: '/api/analyze', headers: JSON_HEADERS, body: JSON.stringify({ note: 'x'.repeat(40_000) }) },
  { method: 'POST', path: '/api/rewrite', headers: { 'content-type': 'text/plain' }, body: 'Hi Sam' },
  { method: 'POST', path: '/api/analyze', headers: JSON_HEADERS, body: JSON.stringify({ note: 42, plan: 'gold', extra: true }) },
  { method: 'POST', path: '/api/rewrite', headers: JSON_HEADERS, body: '['.repeat(8000) + ']'.repeat(8000) },
  { method: 'POST', path: '/api/analyze', headers: JSON_HEADERS, body: JSON.stringify({ note: '🚀'.repeat(2501) }) },
  { method: 'DELETE', path: '/api/analyze', headers: {} },
  { method: 'POST', path: '/api/rewrite', headers: JSON_HEADERS, body: '\u0000\uFFFF' },
];

/** Deterministic mix: of every 10 requests, 1 hostile, 1 rewrite, 8 analyses, cycling the notes. */
function requestMix(): (request: RawRequest) => RawRequest {
  const bodies = realisticBodies();
  let n = 0;
  return (request) => {
    const i = n++;
    if (i % 10 === 9) return { ...request, ...HOSTILE[Math.floor(i / 10) % HOSTILE.length]! };
    const body = bodies[i % bodies.length]!;
    return { ...request, method: 'POST', path: i % 10 === 4 ? '/api/rewrite' : '/api/analyze', headers: JSON_HEADERS, body };
  };
}

/** Resident memory of a process in MB (via `ps`, which Linux and macOS both have), or null. */
function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
  } catch {
    return null;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Builds (if needed) and starts a production server with the rate limit raised. */
async function startServer(port: number): Promise<{ url: string; child: ChildProcess }> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  if (!existsSync(join(ROOT, distDir, 'BUILD_ID'))) {
    console.error(`No build in ${distDir}: building …`);
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, env, stdio: ['ignore', process.stderr, process.stderr] });
  }
  const url = `http://127.0.0.1:${port}`;
  if (await answers(`${url}/api/health`)) throw new Error(`port ${port} is already in use: pass --port`);
  // The limiter stays on (its code runs under load) but is raised far above one generator's rate.
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...env,
      NODE_ENV: 'production',
      NOTECOACH_RATE_LIMIT: '1000000',
      NOTECOACH_RATE_BURST: '1000000',
      // A bounded old generation, as a small production box would run it: V8 then collects
      // when the live set needs it instead of letting garbage pile up to hundreds of MB, so RSS
      // tracks what is actually retained — and a real leak ends in an out-of-memory crash, which
      // this script reports as socket errors.
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${args['max-old-space']}`.trim(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => void (log = (log + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  process.on('exit', () => child.exitCode === null && child.kill('SIGKILL'));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    if (await answers(`${url}/api/health`)) return { url, child };
    await new Promise((done) => setTimeout(done, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`next start did not answer on ${url} within 60 s:\n${log}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

function load(url: string, duration: number, connections: number): PromiseLike<LoadResult> {
  return autocannon({ url, connections, duration, timeout: 10, requests: [{ setupRequest: requestMix() }] });
}

async function main(): Promise<number> {
  const connections = Number(args.connections);
  const duration = Number(args.duration);
  const own = args.url ? undefined : await startServer(Number(args.port));
  const url = args.url ?? own!.url;
  const pid = own?.child.pid ?? (args.pid ? Number(args.pid) : undefined);
  try {
    // Warm-up at full concurrency: JIT, module loading, first-request caches and V8 growing its heap
    // to the working size of 50 concurrent requests are not leaks; measure RSS after them.
    await load(url, Number(args.warmup), connections);
    const before = rssMb(pid);
    const result = await load(url, duration, connections);
    // Give the server a moment to finish in-flight work before reading its memory again.
    await new Promise((done) => setTimeout(done, 1000));
    const after = rssMb(pid);

    const statuses = Object.entries(result.statusCodeStats)
      .map(([code, { count }]) => `${code}: ${count}`)
      .join(', ');
    const growth = before && after ? (after - before) / before : null;
    console.log(`notecoach load: ${connections} connections for ${result.duration} s against ${url}`);
    if (own) console.log(`  server       started here: next start, old generation capped at ${args['max-old-space']} MB, rate limit raised`);
    console.log(`  requests     ${result.requests.total} (${result.requests.average.toFixed(0)} req/s)`);
    console.log(`  latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  statuses     ${statuses}  (2xx ${result['2xx']}, 4xx ${result['4xx']}, 5xx ${result['5xx']})`);
    console.log(`  errors       ${result.errors} socket errors, ${result.timeouts} timeouts`);
    console.log(
      before !== null && after !== null
        ? `  server RSS   ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after (${growth! >= 0 ? '+' : ''}${(growth! * 100).toFixed(1)}%)`
        : '  server RSS   not measured (pass --pid with --url)',
    );

    const failures = [
      result['5xx'] > 0 && `${result['5xx']} responses were 5xx`,
      result.errors > 0 && `${result.errors} socket errors`,
      result.timeouts > 0 && `${result.timeouts} timeouts`,
      growth !== null && growth > 0.5 && `server memory grew ${(growth * 100).toFixed(0)}% (limit 50%)`,
      result['2xx'] === 0 && 'no request succeeded',
    ].filter((failure): failure is string => typeof failure === 'string');
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    if (failures.length === 0) console.log('OK: no 5xx, no socket errors, memory within bounds.');
    return failures.length === 0 ? 0 : 1;
  } finally {
    if (own) await stopServer(own.child);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
