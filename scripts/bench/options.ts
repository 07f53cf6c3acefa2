/** Command-line options of `npm run bench`, with the budget's settings as defaults. */
import { parseArgs } from 'node:util';

/** The parts of the bench, in the order they run. */
export const PARTS = ['analyzer', 'proofread', 'api', 'page'] as const;
export type Part = (typeof PARTS)[number];

/** Everything a bench run can be told. */
export interface BenchOptions {
  parts: Part[];
  quick: boolean;
  /** Analyzer: rounds thrown away, then rounds recorded. */
  warmupRounds: number;
  rounds: number;
  /** Analyzer: seconds of CPU profile of the analysis (0 skips it). */
  profileSeconds: number;
  profileOut: string | undefined;
  /** API: connections and seconds per route (the budget says 50 for 20 s), and warm-up seconds. */
  connections: number;
  durationSeconds: number;
  /** API: slices each route's time is cut into, alternating between the routes. */
  slices: number;
  warmupSeconds: number;
  trivialPath: string;
  /** API: seconds of CPU profile of the server under analyze load, on port + 1 (0 skips it). */
  serverProfileSeconds: number;
  /** Server: dist dir, port, and whether a stale or missing build may be (re)made. */
  distDir: string;
  port: number;
  build: boolean;
  /** Page: Lighthouse runs (median taken) and edits timed for feedback latency. */
  lighthouseRuns: number;
  edits: number;
  /** Exit 1 when a measured budget fails (for CI); by default only errors exit non-zero. */
  check: boolean;
  help: boolean;
}

/** The usage text printed by --help. */
export const USAGE = `Usage: npm run bench -- [options]

  --only=analyzer,proofread,api,page   run only these parts (default: all four)
  --quick                    short dev run: fewer rounds, 6 s API runs, 1 Lighthouse run
                             (also BENCH_QUICK=1); the budgets are stated for the default run
  --rounds=N --warmup=N      analyzer rounds recorded / thrown away (default 30 / 5)
  --profile-seconds=S        CPU profile of the analysis (default 2; 0 skips)
  --profile-out=FILE         also write that profile as a .cpuprofile (open in Chrome DevTools)
  --connections=N            API connections (default 50)
  --duration=S               API seconds per route (default 20)
  --slices=N                 cut each route's time into N slices, alternating routes (default 4)
  --api-warmup=S             API warm-up seconds per route (default 3)
  --trivial=PATH             the trivial route to compare with (default /api/health)
  --server-profile-seconds=S CPU profile of the server under analyze load, on port+1 (default 10; 0 skips)
  --dist=DIR --port=N        build folder and port (default .next-bench, 3204)
  --skip-build               use the existing build even if sources are newer
  --lighthouse-runs=N        Lighthouse runs, median taken (default 5, as Lighthouse's docs advise)
  --edits=N                  typing edits timed for feedback latency (default 20)
  --check                    exit 1 if a measured budget fails
`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function seconds(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number of seconds ≥ 0, got "${raw}"`);
  return value;
}

/** Parses `argv` (without node and script) and the environment into options. Throws on bad input. */
export function parseOptions(argv: readonly string[], env: Record<string, string | undefined> = process.env): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      'profile-seconds': { type: 'string' },
      'profile-out': { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      slices: { type: 'string' },
      'api-warmup': { type: 'string' },
      trivial: { type: 'string' },
      'server-profile-seconds': { type: 'string' },
      dist: { type: 'string' },
      port: { type: 'string' },
      'skip-build': { type: 'boolean' },
      'lighthouse-runs': { type: 'string' },
      edits: { type: 'string' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const quick = values.quick === true || env.BENCH_QUICK === '1';
  const parts = values.only === undefined ? [...PARTS] : values.only.split(',').map((part) => part.trim());
  for (const part of parts) {
    if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only: unknown part "${part}" (use ${PARTS.join(', ')})`);
  }
  const trivialPath = values.trivial ?? '/api/health';
  if (!trivialPath.startsWith('/')) throw new Error(`--trivial must be a path starting with "/", got "${trivialPath}"`);
  return {
    parts: PARTS.filter((part) => parts.includes(part)),
    quick,
    warmupRounds: positiveInt('warmup', values.warmup, quick ? 2 : 5, 0),
    rounds: positiveInt('rounds', values.rounds, quick ? 8 : 30),
    profileSeconds: seconds('profile-seconds', values['profile-seconds'], quick ? 1 : 2),
    profileOut: values['profile-out'],
    connections: positiveInt('connections', values.connections, 50),
    durationSeconds: positiveInt('duration', values.duration, quick ? 6 : 20),
    slices: positiveInt('slices', values.slices, quick ? 2 : 4),
    warmupSeconds: seconds('api-warmup', values['api-warmup'], quick ? 1 : 3),
    trivialPath,
    serverProfileSeconds: seconds('server-profile-seconds', values['server-profile-seconds'], quick ? 4 : 10),
    distDir: values.dist ?? env.BENCH_DIST_DIR ?? '.next-bench',
    port: positiveInt('port', values.port ?? env.BENCH_PORT, 3204),
    build: values['skip-build'] !== true,
    lighthouseRuns: positiveInt('lighthouse-runs', values['lighthouse-runs'], quick ? 1 : 5),
    edits: positiveInt('edits', values.edits, 20),
    check: values.check === true,
    help: values.help === true,
  };
}
