/**
 * Batch bench: a 1,000-row POST /api/batch end to end (round trip on loopback, one at a time), and
 * what a batch does to everyone else: POST /api/analyze's p99 under steady load with no batch
 * running and with batches sent back to back, in alternating slices (A B B A) so drift in the
 * machine's load hits both alike.
 */
import type { BatchRequest, NoteRequest } from '../../lib/schema';
import { analyzeRequestsOf, processCpuMs, RouteLoad, type RouteResult } from './api';
import { ratio, summarize } from './stats';

/** Rows per batch: the API's largest. */
export const BATCH_ROWS = 1000;
/** Connections loading /api/analyze meanwhile: a few people typing with live feedback. */
export const BATCH_BENCH_CONNECTIONS = 10;

/** The batch figures. */
export interface BatchBench {
  rows: number;
  requestBytes: number;
  rounds: number;
  /** One 1,000-row batch, ms: request sent to answer read. */
  roundTrip: { median: number; p95: number; max: number };
  /** Server CPU per batch (main thread and pool together), ms; null off Linux. */
  serverCpuMs: number | null;
  connections: number;
  analyzeAlone: RouteResult;
  analyzeDuringBatch: RouteResult;
  /** Batches completed while the second was measured. */
  batchesDuring: number;
  /** analyze p99 with a batch running / without. */
  p99Ratio: number | null;
}

const FIRST = ['Priya', 'Tim', 'Wei', 'Zoë', 'Jean-Luc', 'Oluwaseun', 'María José', 'Siobhán', 'Nguyễn', 'Ana', 'Bo', 'Kemal'];
const LAST = ['Raman', 'Okafor', 'Chen', 'Ångström', 'de la Cruz', 'Abdul-Rahman', 'Lund', 'Sato'];
const SCHOOLS = ['University of Michigan', 'Rice University', 'Georgia Institute of Technology', 'MIT', 'London School of Economics and Political Science'];
const COMPANIES = ['Northwind, Inc.', 'Globex', 'Initech', 'Kaiser Permanente', 'McKinsey & Company'];

/** 1,000 recipients as a recruiter's spreadsheet holds them, for the alumni scenario. */
export function buildBatchRequest(rows = BATCH_ROWS): BatchRequest {
  return {
    rows: Array.from({ length: rows }, (_, i) => ({
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
      headline: `Senior Engineer at ${COMPANIES[i % COMPANIES.length]} | Platform, data, reliability`,
      company: COMPANIES[i % COMPANIES.length] ?? '',
      schools: `${SCHOOLS[i % SCHOOLS.length]}; ${SCHOOLS[(i + 2) % SCHOOLS.length]}`,
      recentWork: i % 3 === 0 ? `post on on-call rotations number ${i}` : '',
    })),
    template: 'alumni',
    sender: { schools: ['University of Michigan', 'MIT'], goal: 'learn how you moved into platform engineering' },
    plan: 'free',
  };
}

/** POSTs a batch. A kept-alive connection the server closed as it idled is retried once on a fresh one. */
async function post(baseUrl: string, body: string, retry = true): Promise<Response> {
  try {
    return await fetch(`${baseUrl}/api/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  } catch (error) {
    // undici says only "fetch failed"; the reason is its cause.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    if (retry && /other side closed|ECONNRESET|socket hang up/u.test(cause)) return post(baseUrl, body, false);
    throw new Error(`POST /api/batch failed${cause ? `: ${cause}` : ''}`);
  }
}

/** Sends one batch; resolves to its round trip in ms. */
async function sendBatch(baseUrl: string, body: string): Promise<number> {
  const started = performance.now();
  const response = await post(baseUrl, body);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST /api/batch answered ${response.status}: ${text.slice(0, 200)}`);
  return performance.now() - started;
}

/** The batch part: `rounds` timed batches, then `seconds` of analyze load split between alone and during batches. */
export async function benchBatch(
  baseUrl: string,
  serverPid: number | undefined,
  analyze: readonly NoteRequest[],
  options: { rounds?: number; seconds?: number; slices?: number } = {},
): Promise<BatchBench> {
  const rounds = options.rounds ?? 10;
  const slices = options.slices ?? 4;
  const sliceSeconds = Math.max(1, Math.round((options.seconds ?? 20) / slices));
  const body = JSON.stringify(buildBatchRequest());
  // Warm-up: the pool's threads optimize the analyzer before anything is recorded.
  for (let i = 0; i < 3; i++) await sendBatch(baseUrl, body);
  const times: number[] = [];
  const cpuBefore = processCpuMs(serverPid);
  for (let i = 0; i < rounds; i++) times.push(await sendBatch(baseUrl, body));
  const cpuAfter = processCpuMs(serverPid);

  const requests = analyzeRequestsOf(analyze);
  const load = { url: baseUrl, connections: BATCH_BENCH_CONNECTIONS, duration: sliceSeconds, requests };
  await new RouteLoad('warm-up').slice({ ...load, duration: 2 });
  const alone = new RouteLoad('POST /api/analyze, no batch running', serverPid);
  const during = new RouteLoad('POST /api/analyze, batches running', serverPid);
  let batchesDuring = 0;
  for (let i = 0; i < slices; i++) {
    const withBatch = i % 4 === 1 || i % 4 === 2;
    if (!withBatch) {
      await alone.slice(load);
      continue;
    }
    // Batches back to back for the whole slice, and the analyses measured meanwhile.
    let running = true;
    const batches = (async () => {
      while (running) {
        await sendBatch(baseUrl, body);
        batchesDuring++;
      }
    })();
    await during.slice(load);
    running = false;
    await batches;
  }
  const summary = summarize(times);
  const aloneResult = alone.result();
  const duringResult = during.result();
  return {
    rows: BATCH_ROWS,
    requestBytes: body.length,
    rounds,
    roundTrip: { median: summary.median, p95: summary.p95, max: Math.max(...times) },
    serverCpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / rounds,
    connections: BATCH_BENCH_CONNECTIONS,
    analyzeAlone: aloneResult,
    analyzeDuringBatch: duringResult,
    batchesDuring,
    p99Ratio: ratio(duringResult.p99, aloneResult.p99),
  };
}
