/**
 * Part 2 of the bench: `POST /api/analyze` with realistic notes against a trivial route of the same
 * production server, each under 50 concurrent connections (autocannon), in the same run. The
 * ratio analyze / trivial says what the analysis costs on top of Next's own request handling.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { NoteRequest } from '../../lib/schema';
import { percentileOfSorted, ratio } from './stats';

/** The part of autocannon's result the bench reads. */
interface AutocannonResult {
  /** Seconds the run actually lasted. */
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  statusCodeStats: Record<string, { count: number }>;
  requests: { total: number };
}

/** What one autocannon run is told. */
export interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests?: Array<{ method: string; path: string; headers: Record<string, string>; body: string }>;
}

/** autocannon's run: an event emitter that is also a promise of the result. */
interface AutocannonRun extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
}

type Autocannon = (options: AutocannonOptions) => AutocannonRun;
// autocannon ships no types; this is the one call the bench makes.
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

/** Kernel clock ticks per second, the unit of /proc/<pid>/stat's CPU times (100 nearly always). */
let clockTicks: number | undefined;

/**
 * CPU time (ms, user + system) the process `pid` has used so far, read from /proc on Linux; null
 * elsewhere or when unreadable. Counting the server's own CPU per request separates what a route
 * costs from how much of the shared machine the server happened to get.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
  } catch {
    return null;
  }
}

/** Load figures of one route, over all its slices. */
export interface RouteResult {
  route: string;
  /** Completed requests / seconds loaded. */
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds, over every response of every slice. */
  p50: number;
  p99: number;
  total: number;
  seconds: number;
  /** Server CPU milliseconds (user + system) per completed request; null where /proc is missing. */
  serverCpuMsPerRequest: number | null;
  /** Connection errors + timeouts + non-2xx responses + resets: anything but a clean answer. */
  errors: number;
  statusCodes: Record<string, number>;
}

/** The whole API part. */
export interface ApiResult {
  connections: number;
  durationSeconds: number;
  /** Each route's time was split into this many slices, alternating between the routes. */
  slices: number;
  analyze: RouteResult;
  trivial: RouteResult;
  /** analyze req/s / trivial req/s; 1 would mean analysis is free. */
  ratio: number | null;
  /**
   * trivial CPU per request / analyze CPU per request: the req/s ratio a CPU-bound server would
   * reach with the machine to itself. Far above `ratio` means other load on the machine, not the
   * analysis, held the server back.
   */
  cpuRatio: number | null;
}

/** Options of the API part. */
export interface ApiOptions {
  baseUrl: string;
  trivialPath: string;
  /** The server's process id, to count its CPU time (optional). */
  serverPid?: number;
  connections: number;
  durationSeconds: number;
  /** Slices per route; the routes alternate A B B A A B B A … so drift hits both alike. */
  slices: number;
  warmupSeconds: number;
}

/** Accumulates the slices of one route. */
export class RouteLoad {
  private readonly latencies: number[] = [];
  private readonly statusCodes: Record<string, number> = {};
  private total = 0;
  private errors = 0;
  private seconds = 0;
  private cpuMs: number | null = 0;

  constructor(
    readonly route: string,
    private readonly serverPid?: number,
  ) {}

  /** Runs one slice, recording every response's latency and the server's CPU time. */
  async slice(options: AutocannonOptions): Promise<void> {
    const cpuBefore = processCpuMs(this.serverPid);
    const run = autocannon(options);
    run.on('response', (_client, _status, _bytes, responseTime) => this.latencies.push(responseTime));
    const result = await run;
    for (const [code, stat] of Object.entries(result.statusCodeStats)) {
      this.statusCodes[code] = (this.statusCodes[code] ?? 0) + stat.count;
    }
    this.total += result.requests.total;
    this.errors += result.errors + result.timeouts + result.non2xx + result.resets;
    this.seconds += result.duration;
    const cpuAfter = processCpuMs(this.serverPid);
    this.cpuMs = this.cpuMs === null || cpuBefore === null || cpuAfter === null ? null : this.cpuMs + (cpuAfter - cpuBefore);
  }

  /** The route's figures over every slice run so far. */
  result(): RouteResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      route: this.route,
      requestsPerSecond: this.seconds > 0 ? this.total / this.seconds : 0,
      p50: percentileOfSorted(sorted, 50),
      p99: percentileOfSorted(sorted, 99),
      total: this.total,
      seconds: this.seconds,
      serverCpuMsPerRequest: this.cpuMs === null || this.total === 0 ? null : this.cpuMs / this.total,
      errors: this.errors,
      statusCodes: this.statusCodes,
    };
  }
}

/**
 * The order of slices: A B B A, repeated (A B B A A B B A …), so each route gets as many early
 * and late slots as the other and a slow drift of the machine's load cancels out.
 */
export function sliceOrder(slices: number): Array<'analyze' | 'trivial'> {
  const order: Array<'analyze' | 'trivial'> = [];
  for (let i = 0; i < slices; i += 1) order.push(...(i % 2 === 0 ? (['analyze', 'trivial'] as const) : (['trivial', 'analyze'] as const)));
  return order;
}

/** Checks a route answers 2xx once before loading it, so a typo or missing route fails loudly. */
async function probe(url: string, init?: RequestInit): Promise<void> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}`);
}

/** autocannon requests that POST each of `requests` to /api/analyze in turn. */
export function analyzeRequestsOf(requests: readonly NoteRequest[]): NonNullable<AutocannonOptions['requests']> {
  return requests.map((request) => ({
    method: 'POST',
    path: '/api/analyze',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  }));
}

/**
 * Loads `POST /api/analyze` (cycling through `requests` as bodies) and `GET trivialPath`, each
 * for `durationSeconds` under `connections` connections, after a short warm-up of both.
 */
export async function benchApi(requests: readonly NoteRequest[], options: ApiOptions): Promise<ApiResult> {
  const analyzeRequests = analyzeRequestsOf(requests);
  const first = analyzeRequests[0];
  if (!first) throw new Error('no notes to send');
  await probe(`${options.baseUrl}/api/analyze`, { method: 'POST', headers: first.headers, body: first.body });
  await probe(`${options.baseUrl}${options.trivialPath}`);

  const sliceSeconds = Math.max(1, Math.round(options.durationSeconds / options.slices));
  const analyzeOptions = (duration: number): AutocannonOptions => ({
    url: options.baseUrl,
    connections: options.connections,
    duration,
    requests: analyzeRequests,
  });
  const trivialOptions = (duration: number): AutocannonOptions => ({
    url: `${options.baseUrl}${options.trivialPath}`,
    connections: options.connections,
    duration,
  });

  // Warm-up lets V8 optimize both routes and Next load their modules before anything is recorded.
  if (options.warmupSeconds > 0) {
    await new RouteLoad('warm-up').slice(trivialOptions(options.warmupSeconds));
    await new RouteLoad('warm-up').slice(analyzeOptions(options.warmupSeconds));
  }
  const analyze = new RouteLoad('POST /api/analyze', options.serverPid);
  const trivial = new RouteLoad(`GET ${options.trivialPath}`, options.serverPid);
  for (const route of sliceOrder(options.slices)) {
    if (route === 'analyze') await analyze.slice(analyzeOptions(sliceSeconds));
    else await trivial.slice(trivialOptions(sliceSeconds));
  }
  const analyzeResult = analyze.result();
  const trivialResult = trivial.result();
  return {
    connections: options.connections,
    durationSeconds: sliceSeconds * options.slices,
    slices: options.slices,
    analyze: analyzeResult,
    trivial: trivialResult,
    ratio: ratio(analyzeResult.requestsPerSecond, trivialResult.requestsPerSecond),
    cpuRatio: ratio(trivialResult.serverCpuMsPerRequest, analyzeResult.serverCpuMsPerRequest),
  };
}
