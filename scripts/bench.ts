/**
 * `npm run bench`: notecoach against its peers, side by side in one run, and the spec's budgets.
 *
 * 1. Analyzer — per-note time of notecoach, retext (five plugins) and write-good on the dev notes
 *    and on ~300-character notes, interleaved in rounds; plus a CPU profile of the analysis.
 * 2. Proofreading — POST /api/proofread on the warm production server: the first request after
 *    start and ~300-character notes one at a time.
 * 3. API — POST /api/analyze vs a trivial route of the same production server, 50 connections;
 *    triage of 200 invitations; a 1,000-row batch, and analyze p99 with and without batches running.
 * 4. Page — first-load JS (gzip), Lighthouse mobile scores, feedback latency in Chromium.
 *
 * Progress goes to stderr; stdout gets the report's tables and, last, one JSON line with every
 * figure and each budget's verdict (`npm run --silent bench | tail -n 1` to consume it).
 */
import { availableParallelism, cpus, loadavg, platform, release } from 'node:os';
import { analyzerLooksUnfinished, benchSet, competitors } from './bench/analyzer';
import { benchApi, type ApiResult } from './bench/api';
import { benchBatch, type BatchBench } from './bench/batch';
import { evaluateBudgets, type Figure, overall } from './bench/budgets';
import { buildLongRequests, loadDevRequests, LONG_NOTE_MAX, LONG_NOTE_MIN } from './bench/notes';
import { benchProofread, type ProofreadResult, withTypos } from './bench/proofread';
import { parseOptions, USAGE, type BenchOptions } from './bench/options';
import { measureFeedbackLatency, measureFirstLoadJs, runLighthouse } from './bench/page';
import { profileAnalyzer } from './bench/profile';
import { benchRewrite } from './bench/rewrite';
import type { ProfileSummary } from './bench/profile-summary';
import { build, buildStaleness, startServer, type Server } from './bench/server';
import { profileServer } from './bench/server-profile';
import { round } from './bench/stats';
import { benchTriage, type TriageBench } from './bench/triage';
import {
  figures,
  out,
  printAnalyzer,
  printApi,
  printBudgets,
  printPage,
  printProfile,
  printProofread,
  tidy,
  unwrap,
  type AnalyzerReport,
  type Outcome,
  type PageReport,
} from './bench/report';
import { count, ms } from './bench/table';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function attempt<T>(what: string, run: () => Promise<T> | T): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    log(`${what} failed: ${errorText(error)}`);
    return { ok: false, error: errorText(error) };
  }
}

function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: loadavg().map((value) => round(value, 2)),
  };
}

/** Prints the triage row: 200 invitations per request, server CPU and round trip. */
function printTriage(result: Outcome<TriageBench>): void {
  if (!result.ok) {
    out(`Triage: failed (${result.error})\n`);
    return;
  }
  const t = result.value;
  out(`Triage — POST /api/triage, ${t.invitations} invitations (${t.withNote} with a note) per request, ${t.rounds} requests one at a time`);
  out(
    `  server CPU ${ms(t.serverCpuMs)} ms per request; round trip median ${ms(t.roundTrip.median)} ms, p95 ${ms(t.roundTrip.p95)} ms ` +
      `(${(t.requestBytes / 1000).toFixed(0)} kB in, ${(t.responseBytes / 1000).toFixed(0)} kB out)`,
  );
  out(
    `  triage() in process: median ${ms(t.inProcess.median)} ms by the clock; CPU median ${ms(t.inProcessCpu.median)} ms, ` +
      `least contended round ${ms(t.inProcessCpu.min)} ms`,
  );
  out();
}

/** Prints the batch row: a 1,000-row batch end to end, and analyze p99 with and without batches running. */
function printBatch(result: Outcome<BatchBench>): void {
  if (!result.ok) {
    out(`Batch: failed (${result.error})\n`);
    return;
  }
  const b = result.value;
  out(`Batch — POST /api/batch, ${count(b.rows)} rows per request (${(b.requestBytes / 1000).toFixed(0)} kB), ${b.rounds} requests one at a time`);
  out(`  round trip median ${ms(b.roundTrip.median)} ms, p95 ${ms(b.roundTrip.p95)} ms, max ${ms(b.roundTrip.max)} ms; server CPU ${ms(b.serverCpuMs)} ms per batch (all threads)`);
  const line = (label: string, r: BatchBench['analyzeAlone']) =>
    `  ${label}: p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, ${r.requestsPerSecond.toFixed(0)} req/s, ${r.errors} errors`;
  out(`  POST /api/analyze at ${b.connections} connections —`);
  out(line('no batch running   ', b.analyzeAlone));
  out(`${line('batches running    ', b.analyzeDuringBatch)} (${b.batchesDuring} batches meanwhile)`);
  out(`  p99 with batches / without: ${b.p99Ratio === null ? '–' : `${b.p99Ratio.toFixed(2)}×`}`);
  out();
}

/** First-load JS and Lighthouse of one more view (/triage, /batch, /sent), printed under its path. */
async function measureView(baseUrl: string, path: string, runs: number): Promise<{ js: Outcome<number>; lighthouse: Outcome<Awaited<ReturnType<typeof runLighthouse>>> }> {
  const js = await attempt(`first-load JS of ${path}`, () => measureFirstLoadJs(baseUrl, path));
  out(`Page — ${path}: first-load JS ${js.ok ? `${js.value.files.length} files, ${(js.value.totalGzipBytes / 1000).toFixed(1)} kB gzip` : `failed (${js.error})`}`);
  log(`page: Lighthouse of ${path} × ${runs} …`);
  const lighthouse = await attempt(`Lighthouse of ${path}`, () => runLighthouse(`${baseUrl}${path}`, runs));
  if (lighthouse.ok) {
    const lh = lighthouse.value;
    out(`  Lighthouse (mobile), median of ${lh.runs}: performance ${lh.performance ?? '–'}, accessibility ${lh.accessibility ?? '–'}, best practices ${lh.bestPractices ?? '–'}, SEO ${lh.seo ?? '–'}`);
    for (const audit of lh.failedAudits) out(`    not passed: ${audit}`);
  } else out(`  Lighthouse: failed (${lighthouse.error})`);
  out();
  return { js: js.ok ? { ok: true, value: js.value.totalGzipBytes } : js, lighthouse };
}

// ---------- 1. Analyzer ----------

async function runAnalyzerPart(options: BenchOptions): Promise<AnalyzerReport> {
  const dev = loadDevRequests();
  const long = buildLongRequests(dev);
  const list = competitors();
  const rounds = { warmupRounds: options.warmupRounds, rounds: options.rounds };
  log(`analyzer: ${dev.length} dev notes, ${options.warmupRounds} warm-up + ${options.rounds} rounds …`);
  const devResult = benchSet('dev notes', dev, list, rounds);
  log(`analyzer: ${long.length} notes of ${LONG_NOTE_MIN}–${LONG_NOTE_MAX} characters …`);
  const longResult = benchSet('300-char notes', long, list, rounds);
  log(`rewrite: ${long.length} notes of ${LONG_NOTE_MIN}–${LONG_NOTE_MAX} characters …`);
  const rewrite = benchRewrite(long, rounds);
  const profile =
    options.profileSeconds > 0
      ? await attempt('profile', () => {
          log(`analyzer: CPU profile for ${options.profileSeconds} s …`);
          return profileAnalyzer(long, options.profileSeconds, options.profileOut);
        })
      : null;
  return { unfinished: analyzerLooksUnfinished(dev), sets: [devResult, longResult], rewrite, profile };
}

// ---------- 2. API and 3. Page (one production server) ----------

async function withServer(options: BenchOptions, work: (server: Server) => Promise<void>): Promise<void> {
  const stale = buildStaleness(options.distDir);
  if (stale && options.build) {
    log(`building (${stale}) into ${options.distDir} …`);
    await build(options.distDir);
  } else if (stale) {
    log(`warning: ${stale}; using it anyway (--skip-build)`);
  }
  log(`starting next start from ${options.distDir} on port ${options.port} (rate limit off) …`);
  const server = await startServer(options.distDir, options.port);
  try {
    await work(server);
  } finally {
    log('stopping the server …');
    await server.stop();
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${errorText(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const startedAt = new Date();
  const host = machine();
  out(`notecoach bench — ${startedAt.toISOString()} — ${host.cores} × ${host.cpu}, node ${host.node}, load ${host.loadAverage.join(' ')}`);
  if (options.quick) out('(quick run: shorter than the budgets are stated for)');
  out();

  let analyzer: Outcome<AnalyzerReport> | null = null;
  if (options.parts.includes('analyzer')) {
    analyzer = await attempt('analyzer', () => runAnalyzerPart(options));
    if (analyzer.ok) printAnalyzer(analyzer.value, options);
    else out(`Analyzer: failed (${analyzer.error})\n`);
  }

  // Filled inside the server's lifetime below; a holder, because the work runs in a callback.
  const served: {
    api: Outcome<ApiResult> | null;
    page: PageReport | null;
    proofread: Outcome<ProofreadResult> | null;
    triage: Outcome<TriageBench> | null;
    triageJs: Outcome<number> | null;
    triageLighthouse: Outcome<unknown> | null;
    batch: Outcome<BatchBench> | null;
    batchJs: Outcome<number> | null;
    batchLighthouse: Outcome<unknown> | null;
    sentJs: Outcome<number> | null;
    sentLighthouse: Outcome<unknown> | null;
  } = {
    api: null,
    page: null,
    proofread: null,
    triage: null,
    triageJs: null,
    triageLighthouse: null,
    batch: null,
    batchJs: null,
    batchLighthouse: null,
    sentJs: null,
    sentLighthouse: null,
  };
  if (options.parts.includes('api') || options.parts.includes('page') || options.parts.includes('proofread')) {
    const dev = loadDevRequests();
    const server = await attempt('server', () =>
      withServer(options, async ({ baseUrl, pid, output }) => {
        // First on the fresh server, so its first request is the route's first after start.
        if (options.parts.includes('proofread')) {
          const count = options.quick ? 100 : 300;
          log(`proofread: waiting for the checker to warm, then ${count} requests one at a time (half with a typo) …`);
          served.proofread = await attempt('proofread', () => benchProofread(withTypos(buildLongRequests(dev)), { baseUrl, output, count }));
          printProofread(served.proofread);
        }
        if (options.parts.includes('api')) {
          log(`api: ${options.durationSeconds} s per route, ${options.connections} connections …`);
          served.api = await attempt('api', () =>
            benchApi(dev, {
              baseUrl,
              serverPid: pid,
              trivialPath: options.trivialPath,
              connections: options.connections,
              durationSeconds: options.durationSeconds,
              slices: options.slices,
              warmupSeconds: options.warmupSeconds,
            }),
          );
          printApi(served.api, options);
          log('api: triage of 200 invitations …');
          served.triage = await attempt('triage', () => benchTriage(baseUrl, pid));
          printTriage(served.triage);
          log(`api: batches of 1,000 rows, then analyze p99 with and without batches running …`);
          served.batch = await attempt('batch', () => benchBatch(baseUrl, pid, buildLongRequests(dev), { rounds: options.quick ? 4 : 10, seconds: options.quick ? 8 : 20 }));
          printBatch(served.batch);
        }
        if (options.parts.includes('page')) {
          log('page: first-load JS …');
          const firstLoadJs = await attempt('first-load JS', () => measureFirstLoadJs(baseUrl));
          log(`page: feedback latency over ${options.edits} edits …`);
          // A realistic first draft of typical length; the edits then extend it one key at a time.
          const draft = dev.find((request) => request.note.length >= 120 && request.note.length <= 200)?.note ?? 'Hi Sam, I loved your talk.';
          const feedback = await attempt('feedback latency', () => measureFeedbackLatency(baseUrl, draft, options.edits));
          log(`page: Lighthouse × ${options.lighthouseRuns} …`);
          const lighthouse = await attempt('Lighthouse', () => runLighthouse(`${baseUrl}/`, options.lighthouseRuns));
          served.page = { firstLoadJs, feedback, lighthouse };
          printPage(served.page, options);
          const triageView = await measureView(baseUrl, '/triage', options.lighthouseRuns);
          served.triageJs = triageView.js;
          served.triageLighthouse = triageView.lighthouse;
          const batchView = await measureView(baseUrl, '/batch', options.lighthouseRuns);
          served.batchJs = batchView.js;
          served.batchLighthouse = batchView.lighthouse;
          const sentView = await measureView(baseUrl, '/sent', options.lighthouseRuns);
          served.sentJs = sentView.js;
          served.sentLighthouse = sentView.lighthouse;
        }
      }),
    );
    if (!server.ok) {
      const failure = { ok: false as const, error: server.error };
      if (options.parts.includes('api') && served.api === null) {
        served.api = failure;
        printApi(served.api, options);
      }
      if (options.parts.includes('page') && served.page === null) {
        served.page = { firstLoadJs: failure, feedback: failure, lighthouse: failure };
        printPage(served.page, options);
      }
    }
  }
  const { api, page, proofread } = served;

  // After the measured server is gone, so the profiled one has the machine to itself.
  let serverProfile: Outcome<ProfileSummary> | null = null;
  if (options.parts.includes('api') && options.serverProfileSeconds > 0 && api?.ok) {
    log(`api: CPU profile of the server under POST /api/analyze for ${options.serverProfileSeconds} s …`);
    serverProfile = await attempt('server profile', () =>
      profileServer(loadDevRequests(), {
        distDir: options.distDir,
        port: options.port + 1,
        connections: options.connections,
        seconds: options.serverProfileSeconds,
        warmupSeconds: options.warmupSeconds,
      }),
    );
    if (serverProfile.ok) {
      printProfile(
        `Where a POST /api/analyze request's time goes — server CPU profile, ${count(serverProfile.value.units)} requests at ` +
          `${options.connections} connections, ${ms(serverProfile.value.msPerUnit)} ms busy per request with the profiler on`,
        serverProfile.value,
        'request',
      );
    } else out(`Server profile: failed (${serverProfile.error})\n`);
  }

  const loadAtEnd = loadavg().map((value) => round(value, 2));
  out(`Load average at the end: ${loadAtEnd.join(' ')} (at the start: ${host.loadAverage.join(' ')}); on ${host.cores} cores.`);
  out();
  const triageFigures: Record<string, Figure> = {};
  const { triage: triageRun, triageJs } = served;
  if (triageRun) triageFigures['triage-200'] = triageRun.ok ? (triageRun.value.serverCpuMs ?? triageRun.value.roundTrip.median) : { missing: `failed: ${triageRun.error}` };
  if (triageJs) triageFigures['first-load-js-triage'] = triageJs.ok ? triageJs.value : { missing: `failed: ${triageJs.error}` };
  const { batch: batchRun, batchJs } = served;
  if (batchRun) {
    triageFigures['batch-1000'] = batchRun.ok ? batchRun.value.roundTrip.median : { missing: `failed: ${batchRun.error}` };
    triageFigures['batch-analyze-p99-ratio'] = batchRun.ok ? (batchRun.value.p99Ratio ?? { missing: 'no p99' }) : { missing: `failed: ${batchRun.error}` };
  }
  if (batchJs) triageFigures['first-load-js-batch'] = batchJs.ok ? batchJs.value : { missing: `failed: ${batchJs.error}` };
  const { sentJs } = served;
  if (sentJs) triageFigures['first-load-js-sent'] = sentJs.ok ? sentJs.value : { missing: `failed: ${sentJs.error}` };
  const budgets = evaluateBudgets({ ...figures(analyzer, api, page, proofread), ...triageFigures });
  printBudgets(budgets);
  const pass = overall(budgets);
  const errors = [analyzer, proofread, api, page?.firstLoadJs ?? null, page?.lighthouse ?? null, page?.feedback ?? null]
    .filter((outcome): outcome is { ok: false; error: string } => outcome !== null && !outcome.ok)
    .map((outcome) => outcome.error);

  const json = {
    bench: 'notecoach',
    date: startedAt.toISOString(),
    machine: { ...host, loadAverageAtEnd: loadAtEnd },
    options: { ...options, help: undefined },
    analyzer: analyzer?.ok ? { ...analyzer.value, profile: unwrap(analyzer.value.profile) } : unwrap(analyzer),
    proofread: unwrap(proofread),
    api: api?.ok ? { ...api.value, serverProfile: unwrap(serverProfile) } : unwrap(api),
    triage: { api: unwrap(served.triage), lighthouse: unwrap(served.triageLighthouse) },
    batch: { api: unwrap(served.batch), lighthouse: unwrap(served.batchLighthouse) },
    sent: { lighthouse: unwrap(served.sentLighthouse) },
    page: page && {
      firstLoadJs: unwrap(page.firstLoadJs),
      lighthouse: unwrap(page.lighthouse),
      feedback: unwrap(page.feedback),
    },
    budgets: budgets.map(({ id, value, op, limit, unit, pass: ok, note }) => ({ id, value, op, limit, unit, pass: ok, note })),
    pass,
    errors,
  };
  out(JSON.stringify(tidy(json)));
  if (errors.length > 0) return 1;
  return options.check && pass === false ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
