/**
 * The batch worker pool: batches are written and analyzed in worker threads (piscina), never on
 * the thread that serves requests, so a 1,000-row batch (about a second of CPU) does not stall
 * anyone's live analysis. One pool per process, sized to the cores and started when the server
 * starts (instrumentation.ts) or on first use; its
 * threads run at a lower priority (nice 10 on Linux) so the request thread wins the CPU when both
 * want it. A batch is cut into parts of PART_ROWS rows that the threads share, and the parts'
 * results are joined back in row order.
 *
 * Where the worker code comes from: `next build` (and `next dev`) bundle ./worker.ts with esbuild
 * into one self-contained file, .worker.bundle.mjs (see next.config.mjs; a dot file, so the source
 * scans of the tests and the bench pass it by), which the server loads;
 * piscina imports its task file with Node's own loader, which cannot read TypeScript on Node 20
 * or reach code Turbopack folded into a route. From source (the CLI under tsx, the tests) the
 * threads load ./worker.ts through tsx.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { BatchRequest, BatchResponse } from '../schema';
import { summarize } from './table';

/** Rows per task: small enough that two users' batches interleave, large enough that messaging costs little. */
export const PART_ROWS = 100;

/** Threads in the pool: `NOTECOACH_BATCH_THREADS`, else one per core. */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.NOTECOACH_BATCH_THREADS);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : Math.max(1, availableParallelism());
}

/** The threads' niceness on Linux: `NOTECOACH_BATCH_NICE` (0–19), 10 by default. */
export function poolNice(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.NOTECOACH_BATCH_NICE ?? 10);
  return Number.isInteger(n) && n >= 0 && n <= 19 ? n : 10;
}

/** The pool's task file and the flags its threads need. */
function workerEntry(): { filename: string; execArgv?: string[] } {
  // Under Next (build or dev) the bundle sits next to this module as a copied asset.
  if (process.env.NEXT_RUNTIME) return { filename: new URL('./.worker.bundle.mjs', import.meta.url).href };
  const source = new URL('./worker.ts', import.meta.url).href;
  // Under tsx the threads inherit its loader with the process's flags; elsewhere (vitest) they are given it.
  return process.execArgv.some((a) => a.includes('tsx')) ? { filename: source } : { filename: source, execArgv: [...process.execArgv, '--import', 'tsx'] };
}

/** A running pool. */
export interface BatchPool {
  run: (request: BatchRequest) => Promise<BatchResponse>;
  /** Threads the pool may use. */
  threads: number;
  close: () => Promise<void>;
}

/**
 * Starts a pool. Its threads start at once and load the worker code then (piscina loads the task
 * file as a thread starts), so the first batch does not wait seconds for them; they stay up.
 */
export function createBatchPool(options: { threads?: number; nice?: number } = {}): BatchPool {
  const threads = options.threads ?? poolSize();
  const entry = workerEntry();
  const piscina = new Piscina<BatchRequest, BatchResponse>({
    ...entry,
    minThreads: threads,
    maxThreads: threads,
    niceIncrement: options.nice ?? poolNice(),
  });
  return {
    threads,
    async run(request) {
      const parts: BatchRequest[] = [];
      for (let start = 0; start < request.rows.length; start += PART_ROWS) parts.push({ ...request, rows: request.rows.slice(start, start + PART_ROWS) });
      const answers = await Promise.all(parts.map((part) => piscina.run(part)));
      const results = answers.flatMap((a) => a.results);
      return { results, summary: summarize(results) };
    },
    close: () => piscina.close(),
  };
}

// Next bundles each route separately; a global keeps one pool per process all the same.
const SHARED = Symbol.for('notecoach.batchPool');
const holder = globalThis as { [SHARED]?: BatchPool };

/** The process's one pool, started on first use. */
export function sharedBatchPool(): BatchPool {
  holder[SHARED] ??= createBatchPool();
  return holder[SHARED];
}

/** Runs a batch in the process's pool. */
export function runBatch(request: BatchRequest): Promise<BatchResponse> {
  return sharedBatchPool().run(request);
}

/** Starts the process's pool now (the server does at start), so its threads are loaded before the first batch. */
export function warmBatchPool(): void {
  sharedBatchPool();
}
