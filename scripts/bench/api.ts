/**
 * Part 2 of the bench: `POST /api/analyze` with realistic notes against a trivial route of the same
 * production server, each under 50 concurrent connections (autocannon), in the same run. The
 * ratio analyze / trivial says what the analysis costs on top of Next's own request handling.
 */
import { createRequire } from 'node:module';
import type { NoteRequest } from '../../lib/schema';
import { ratio } from './stats';

/** The part of autocannon's result the bench reads. */
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  resets: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; average: number; max: number; totalCount: number };
  requests: { average: number; total: number; sent: number };
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: Array<{ method: string; path: string; headers: Record<string, string>; body: string }>;
}

type Autocannon = (options: AutocannonOptions) => PromiseLike<AutocannonResult>;
// autocannon ships no types; this is the one call the bench makes.
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

/** Load figures of one route. */
export interface RouteResult {
  route: string;
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds (autocannon's resolution is 1 ms). */
  p50: number;
  p99: number;
  total: number;
  /** Connection errors + timeouts + non-2xx responses + resets: anything but a clean answer. */
  errors: number;
  statusCodes: Record<string, number>;
}

/** The whole API part. */
export interface ApiResult {
  connections: number;
  durationSeconds: number;
  analyze: RouteResult;
  trivial: RouteResult;
  /** analyze req/s / trivial req/s; 1 would mean analysis is free. */
  ratio: number | null;
}

/** Options of the API part. */
export interface ApiOptions {
  baseUrl: string;
  trivialPath: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

function toRouteResult(route: string, result: AutocannonResult): RouteResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats)) statusCodes[code] = stat.count;
  return {
    route,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + result.resets,
    statusCodes,
  };
}

/** Checks a route answers 2xx once before loading it, so a typo or missing route fails loudly. */
async function probe(url: string, init?: RequestInit): Promise<void> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}`);
}

/**
 * Loads `POST /api/analyze` (cycling through `requests` as bodies) and `GET trivialPath`, each
 * for `durationSeconds` under `connections` connections, after a short warm-up of both.
 */
export async function benchApi(requests: readonly NoteRequest[], options: ApiOptions): Promise<ApiResult> {
  const analyzeRequests = requests.map((request) => ({
    method: 'POST',
    path: '/api/analyze',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  }));
  const first = analyzeRequests[0];
  if (!first) throw new Error('no notes to send');
  await probe(`${options.baseUrl}/api/analyze`, { method: 'POST', headers: first.headers, body: first.body });
  await probe(`${options.baseUrl}${options.trivialPath}`);

  const loadAnalyze = (duration: number) =>
    autocannon({
      url: options.baseUrl,
      connections: options.connections,
      duration,
      requests: analyzeRequests,
    });
  const loadTrivial = (duration: number) =>
    autocannon({ url: `${options.baseUrl}${options.trivialPath}`, connections: options.connections, duration });

  // Warm-up lets V8 optimize both routes and Next fill its caches before anything is recorded.
  if (options.warmupSeconds > 0) {
    await loadTrivial(options.warmupSeconds);
    await loadAnalyze(options.warmupSeconds);
  }
  const analyze = toRouteResult('POST /api/analyze', await loadAnalyze(options.durationSeconds));
  const trivial = toRouteResult(`GET ${options.trivialPath}`, await loadTrivial(options.durationSeconds));
  return {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    analyze,
    trivial,
    ratio: ratio(analyze.requestsPerSecond, trivial.requestsPerSecond),
  };
}
