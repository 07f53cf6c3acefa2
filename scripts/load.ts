/**
 * `npm run load`: the hardening load test. 50 concurrent connections for 20 s against a production
 * server: realistic notes (the labeled dev set) to POST /api/analyze, /api/proofread (as the page
 * sends them: one of each per typing pause) and /api/rewrite, mixed with 10% hostile requests
 * (malformed JSON, oversized bodies, wrong media type, schema violations, deep nesting, wrong
 * method, a 5,000-character garbage note to proofread). Prints req/s, p50/p99 latency, status
 * counts, errors and the server's memory (RSS) before and after; then the same load without
 * proofreading, while one more client times analyses one at a time in both runs. Exits non-zero
 * on any 5xx, any socket error or timeout, RSS growth over 50%, or an analysis p99 with
 * proofreading in the mix over 1.5× its p99 without.
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
  { method: 'POST', path: '/api/proofread', headers: JSON_HEADERS, body: '{"note": "becuase' },
  { method: 'POST', path: '/api/proofread', headers: JSON_HEADERS, body: JSON.stringify({ note: garbage(5000) }) },
];

/** Deterministic garbage "words": the checker's slowest kind of input (every word unknown). */
function garbage(length: number): string {
  let text = '';
  let x = 13;
  while (text.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    text += 'qwrtzpsdfghjklxcvbnm aeiou'[x % 26];
  }
  return text;
}

/** Of every 10 requests with proofreading: 4 analyses and 4 proofreadings (one each per typing pause), 1 rewrite, 1 hostile. */
const PROOFREAD_SLOTS = new Set([1, 3, 6, 8]);

/**
 * Deterministic mix: of every 10 requests, 1 hostile, 1 rewrite, and 8 analyses — or, with
 * proofreading, 4 analyses and 4 proofreadings — cycling the notes.
 */
function requestMix(withProofread: boolean): (request: RawRequest) => RawRequest {
  const bodies = realisticBodies();
  const hostile = withProofread ? HOSTILE : HOSTILE.filter((h) => h.path !== '/api/proofread');
  let n = 0;
  return (request) => {
    const i = n++;
    if (i % 10 === 9) return { ...request, ...hostile[Math.floor(i / 10) % hostile.length]! };
    const body = bodies[i % bodies.length]!;
    const path = i % 10 === 4 ? '/api/rewrite' : withProofread && PROOFREAD_SLOTS.has(i % 10) ? '/api/proofread' : '/api/analyze';
    return { ...request, method: 'POST', path, headers: JSON_HEADERS, body };
  };
}

/**
 * One more client beside the load: POST /api/analyze, one request at a time, until `stop`
 * resolves — the latency a person typing would see while everyone else loads the server.
 */
async function probeAnalyze(url: string, stop: Promise<unknown>): Promise<number[]> {
  const bodies = realisticBodies();
  const times: number[] = [];
  const failures: string[] = [];
  let done = false;
  void stop.then(() => (done = true));
  for (let i = 0; !done; i++) {
    const start = performance.now();
    try {
      // Its own headers object: autocannon writes content-length into the ones the mix shares.
      const response = await fetch(`${url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i % bodies.length] });
      await response.arrayBuffer();
      if (response.ok) times.push(performance.now() - start);
      else failures.push(String(response.status));
    } catch (error) {
      failures.push(error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error));
    }
  }
  if (failures.length > 0) console.error(`probe: ${failures.length} failed, e.g. ${failures[0]}`);
  return times;
}

function p99(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN;
}

/** The load plus the analysis probe beside it. */
async function loadWithProbe(url: string, duration: number, connections: number, withProofread: boolean): Promise<{ result: LoadResult; probe: number[] }> {
  const running = load(url, duration, connections, withProofread);
  const probe = probeAnalyze(url, Promise.resolve(running));
  return { result: await running, probe: await probe };
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
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    // Up, and its proofreader warm (it says so in its log), as a server is once it has started.
    if ((await answers(`${url}/api/health`)) && /\[notecoach\] proofreader (ready|unavailable)/.test(log)) return { url, child };
    await new Promise((done) => setTimeout(done, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`next start did not answer (with its proofreader warm) on ${url} within 180 s:\n${log}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

function load(url: string, duration: number, connections: number, withProofread = true): PromiseLike<LoadResult> {
  return autocannon({ url, connections, duration, timeout: 10, requests: [{ setupRequest: requestMix(withProofread) }] });
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
    const { result, probe: withProof } = await loadWithProbe(url, duration, connections, true);
    // Give the server a moment to finish in-flight work before reading its memory again.
    await new Promise((done) => setTimeout(done, 1000));
    const after = rssMb(pid);
    // The same load without proofreading, for the analysis latency it is compared with.
    const { result: plain, probe: withoutProof } = await loadWithProbe(url, duration, connections, false);
    const analyzeRatio = p99(withProof) / p99(withoutProof);

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
    console.log(
      `  analyze p99  ${p99(withProof).toFixed(0)} ms with proofreading in the mix, ${p99(withoutProof).toFixed(0)} ms without ` +
        `(${analyzeRatio.toFixed(2)}×, limit 1.5×; one client timing ${withProof.length} + ${withoutProof.length} analyses beside the load)`,
    );
    console.log(
      `  without      ${plain.requests.total} requests (${plain.requests.average.toFixed(0)} req/s), p99 ${plain.latency.p99} ms, ` +
        `5xx ${plain['5xx']}, ${plain.errors} socket errors, ${plain.timeouts} timeouts`,
    );

    const failures = [
      result['5xx'] > 0 && `${result['5xx']} responses were 5xx`,
      result.errors > 0 && `${result.errors} socket errors`,
      result.timeouts > 0 && `${result.timeouts} timeouts`,
      growth !== null && growth > 0.5 && `server memory grew ${(growth * 100).toFixed(0)}% (limit 50%)`,
      result['2xx'] === 0 && 'no request succeeded',
      plain['5xx'] + plain.errors + plain.timeouts > 0 && 'the run without proofreading had 5xx, socket errors or timeouts',
      !(analyzeRatio <= 1.5) && `analyze p99 with proofreading is ${analyzeRatio.toFixed(2)}× its p99 without (limit 1.5×)`,
    ].filter((failure): failure is string => typeof failure === 'string');
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    if (failures.length === 0) console.log('OK: no 5xx, no socket errors, memory within bounds, analyses unhurt by proofreading.');
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
