/**
 * `npm run bench`: notecoach against its peers, side by side in one run, and the spec's budgets.
 *
 * 1. Analyzer — per-note time of notecoach, retext (five plugins) and write-good on the dev notes
 *    and on ~300-character notes, interleaved in rounds; plus a CPU profile of the analysis.
 * 2. API — POST /api/analyze vs a trivial route of the same production server, 50 connections.
 * 3. Page — first-load JS (gzip), Lighthouse mobile scores, feedback latency in Chromium.
 *
 * Progress goes to stderr; stdout gets the report's tables and, last, one JSON line with every
 * figure and each budget's verdict (`npm run --silent bench | tail -n 1` to consume it).
 */
import { availableParallelism, cpus, loadavg, platform, release } from 'node:os';
import { analyzerLooksUnfinished, benchSet, competitors, type SetResult } from './bench/analyzer';
import { benchApi, type ApiResult } from './bench/api';
import { evaluateBudgets, overall, type BudgetResult, type Figure } from './bench/budgets';
import { buildLongRequests, loadDevRequests, LONG_NOTE_MAX, LONG_NOTE_MIN } from './bench/notes';
import { parseOptions, USAGE, type BenchOptions } from './bench/options';
import {
  measureFeedbackLatency,
  measureFirstLoadJs,
  runLighthouse,
  type FeedbackResult,
  type FirstLoadJs,
  type LighthouseResult,
} from './bench/page';
import { profileAnalyzer } from './bench/profile';
import type { ProfileSummary } from './bench/profile-summary';
import { build, buildStaleness, startServer, type Server } from './bench/server';
import { profileServer } from './bench/server-profile';
import { round } from './bench/stats';
import { count, kB, ms, percent, table, times } from './bench/table';

/** A part's outcome: its figures, or the error that stopped it. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const out = (text = '') => process.stdout.write(`${text}\n`);
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

// ---------- 1. Analyzer ----------

interface AnalyzerReport {
  unfinished: boolean;
  sets: SetResult[];
  profile: Outcome<ProfileSummary> | null;
}

async function runAnalyzerPart(options: BenchOptions): Promise<AnalyzerReport> {
  const dev = loadDevRequests();
  const long = buildLongRequests(dev);
  const list = competitors();
  const rounds = { warmupRounds: options.warmupRounds, rounds: options.rounds };
  log(`analyzer: ${dev.length} dev notes, ${options.warmupRounds} warm-up + ${options.rounds} rounds …`);
  const devResult = benchSet('dev notes', dev, list, rounds);
  log(`analyzer: ${long.length} notes of ${LONG_NOTE_MIN}–${LONG_NOTE_MAX} characters …`);
  const longResult = benchSet('300-char notes', long, list, rounds);
  const profile =
    options.profileSeconds > 0
      ? await attempt('profile', () => {
          log(`analyzer: CPU profile for ${options.profileSeconds} s …`);
          return profileAnalyzer(long, options.profileSeconds, options.profileOut);
        })
      : null;
  return { unfinished: analyzerLooksUnfinished(dev), sets: [devResult, longResult], profile };
}

function printAnalyzer(report: AnalyzerReport, options: BenchOptions): void {
  out(`Analyzer — time per note in ms, same process, ${options.rounds} interleaved rounds after ${options.warmupRounds} warm-up`);
  if (report.unfinished) out('  ! lib/analyzer counts 0 words in a real note: it looks unfinished, so its times mean little yet.');
  const rows: string[][] = [];
  for (const set of report.sets) {
    for (const result of set.results) {
      rows.push([
        set.set,
        String(set.notes),
        set.meanCharacters.toFixed(0),
        result.label,
        ms(result.perNote.median),
        ms(result.perNote.p95),
        result.reference ? '' : result.id === 'notecoach' ? '1.00×' : times(ratioOf(set, result.id)),
      ]);
    }
  }
  out(table(['set', '>notes', '>mean chars', 'analysis', '>median', '>p95', '>notecoach / it'], rows));
  for (const set of report.sets) {
    out(
      `  ${set.set}: notecoach / retext ${times(set.ratios.retext)} (p95 ${times(set.ratiosP95.retext)}), ` +
        `notecoach / write-good ${times(set.ratios.writeGood)} (p95 ${times(set.ratiosP95.writeGood)})`,
    );
  }
  out();
  if (!report.profile) return;
  if (!report.profile.ok) {
    out(`Where the analysis time goes: profile failed (${report.profile.error})`);
    out();
    return;
  }
  const profile = report.profile.value;
  printProfile(
    `Where the analysis time goes — CPU profile, ${count(profile.units)} analyses of 300-char notes, ` +
      `${ms(profile.msPerUnit)} ms each with the profiler on (read the shares; the profiler slows everything alike)`,
    profile,
    'analysis',
  );
}

/** Prints a profile summary: shares by kind of code, by owning module, and the hottest functions. */
function printProfile(title: string, profile: ProfileSummary, unit: string): void {
  const kinds = profile.byKind;
  out(title);
  out(
    `  by code: compromise ${percent(kinds.compromise)}, analyzer ${percent(kinds.analyzer)}, other project code ${percent(kinds.project)}, ` +
      `Next ${percent(kinds.next)}, GC ${percent(kinds.gc)}, rest (node, V8 builtins, zod, …) ${percent(kinds.other)}`,
  );
  out(
    table(
      ['stage (innermost project module on the stack)', `>ms / ${unit}`, '>share', '>of it in compromise'],
      profile.byStage.map((stage) => [stage.stage, ms(stage.msPerUnit), percent(stage.share), percent(stage.inCompromise)]),
    ),
  );
  out(
    table(
      ['top functions by self time', 'where', '>share', 'mostly called from'],
      profile.topFunctions.map((fn) => [fn.name, fn.where, percent(fn.share), fn.caller]),
    ),
  );
  out();
}

function ratioOf(set: SetResult, id: string): number | null {
  if (id === 'retext') return set.ratios.retext;
  if (id === 'write-good') return set.ratios.writeGood;
  return null;
}

// ---------- 2. API and 3. Page (one production server) ----------

interface PageReport {
  firstLoadJs: Outcome<FirstLoadJs>;
  feedback: Outcome<FeedbackResult>;
  lighthouse: Outcome<LighthouseResult>;
}

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

function printApi(api: Outcome<ApiResult>, options: BenchOptions): void {
  out(
    `API — autocannon, ${options.connections} connections, ${options.durationSeconds} s per route in ${options.slices} ` +
      'alternating slices (A B B A …), same server, rate limit off',
  );
  if (!api.ok) {
    out(`  failed: ${api.error}`);
    out();
    return;
  }
  const { analyze, trivial } = api.value;
  out(
    table(
      ['route', '>req/s', '>p50 ms', '>p99 ms', '>requests', '>errors', '>server CPU ms/req', 'status codes'],
      [analyze, trivial].map((route) => [
        route.route,
        route.requestsPerSecond.toFixed(0),
        ms(route.p50),
        ms(route.p99),
        count(route.total),
        String(route.errors),
        ms(route.serverCpuMsPerRequest),
        Object.entries(route.statusCodes)
          .map(([code, n]) => `${code}×${n}`)
          .join(' '),
      ]),
    ),
  );
  out(
    `  ratio analyze / trivial (req/s): ${times(api.value.ratio)}; by server CPU per request: ${times(api.value.cpuRatio)} ` +
      '(what the server would reach with the machine to itself)',
  );
  out();
}

function printPage(page: PageReport, options: BenchOptions): void {
  out('Page — /');
  if (page.firstLoadJs.ok) {
    const js = page.firstLoadJs.value;
    out(
      `  first-load JS: ${js.files.length} files, ${kB(js.totalBytes)} raw, ${kB(js.totalGzipBytes)} gzip (zlib level ${js.gzipLevel}); ` +
        `not counted: inline scripts in the HTML ${kB(js.inlineGzipBytes)}, <script nomodule> polyfills ${kB(js.noModuleGzipBytes)} ` +
        '(current browsers skip them)',
    );
    out(table(['script', '>raw', '>gzip'], js.files.map((file) => [file.path, kB(file.bytes), kB(file.gzipBytes)])).replace(/^/gm, '    '));
  } else out(`  first-load JS: failed (${page.firstLoadJs.error})`);
  if (page.lighthouse.ok) {
    const lh = page.lighthouse.value;
    out(
      `  Lighthouse ${lh.lighthouseVersion} (mobile, simulated throttling), median of ${lh.runs}: performance ${lh.performance ?? '–'}, ` +
        `accessibility ${lh.accessibility ?? '–'}, best practices ${lh.bestPractices ?? '–'}, SEO ${lh.seo ?? '–'}`,
    );
    if (lh.runs > 1) {
      out(`    per run (perf/a11y/bp/seo): ${lh.perRun.map((run) => `${run.performance}/${run.accessibility}/${run.bestPractices}/${run.seo}`).join(', ')}`);
    }
    const metric = (id: string) => lh.metrics[id];
    out(
      `    FCP ${ms(metric('first-contentful-paint'))} ms, LCP ${ms(metric('largest-contentful-paint'))} ms, ` +
        `TBT ${ms(metric('total-blocking-time'))} ms, CLS ${metric('cumulative-layout-shift')?.toFixed(3) ?? '–'}, ` +
        `Speed Index ${ms(metric('speed-index'))} ms, TTI ${ms(metric('interactive'))} ms`,
    );
    for (const audit of lh.failedAudits) out(`    not passed: ${audit}`);
    for (const message of lh.consoleErrors) out(`    console error: ${message.slice(0, 300)}`);
  } else out(`  Lighthouse: failed (${page.lighthouse.error})`);
  if (page.feedback.ok && page.feedback.value.status === 'ok') {
    const { latency } = page.feedback.value;
    out(
      `  feedback latency (last keystroke → feedback for the new text on screen), ${options.edits} edits in Chromium: ` +
        `median ${ms(latency.median)} ms, p95 ${ms(latency.p95)} ms, max ${ms(latency.max)} ms`,
    );
  } else if (page.feedback.ok && page.feedback.value.status === 'page-not-ready') {
    out(`  feedback latency: page not ready — ${page.feedback.value.reason}`);
  } else if (!page.feedback.ok) out(`  feedback latency: failed (${page.feedback.error})`);
  if (page.feedback.ok) {
    for (const problem of page.feedback.value.problems) out(`  seen in the browser while typing: ${problem}`);
  }
  out();
}

function printBudgets(budgets: readonly BudgetResult[]): void {
  const show = (value: number | null, unit: string) => {
    if (value === null) return '–';
    if (unit === 'B') return kB(value);
    if (unit === 'ms') return `${ms(value)} ms`;
    if (unit === '×') return times(value);
    return String(value);
  };
  out('Budgets (SPEC.md)');
  out(
    table(
      ['budget', '>measured', 'target', 'result'],
      budgets.map((budget) => [
        budget.label,
        show(budget.value, budget.unit),
        `${budget.op === '==' ? '=' : budget.op === '<=' ? '≤' : '≥'} ${show(budget.limit, budget.unit)}`,
        budget.pass === null ? `n/a (${budget.note ?? 'not measured'})` : budget.pass ? 'pass' : 'FAIL',
      ]),
    ),
  );
  out();
}

// ---------- figures for the budgets and the JSON line ----------

function figures(
  analyzer: Outcome<AnalyzerReport> | null,
  api: Outcome<ApiResult> | null,
  page: PageReport | null,
): Record<string, Figure> {
  const result: Record<string, Figure> = {};
  const missing = (outcome: { ok: false; error: string }) => ({ missing: `failed: ${outcome.error}` });
  if (analyzer) {
    if (analyzer.ok) {
      const long = analyzer.value.sets.find((set) => set.set === '300-char notes');
      const own = long?.results.find((r) => r.id === 'notecoach');
      // A placeholder analyzer is fast because it does nothing: no verdict until it is real.
      const unfinished = { missing: 'lib/analyzer looks unfinished (counts 0 words)' };
      if (own) result['analysis-median-300'] = analyzer.value.unfinished ? unfinished : own.perNote.median;
      if (long?.ratios.retext != null) {
        result['analysis-ratio-retext-300'] = analyzer.value.unfinished ? unfinished : long.ratios.retext;
      }
    } else {
      result['analysis-median-300'] = missing(analyzer);
      result['analysis-ratio-retext-300'] = missing(analyzer);
    }
  }
  if (api) {
    if (api.ok) {
      if (api.value.ratio !== null) result['api-ratio'] = api.value.ratio;
      result['api-errors'] = api.value.analyze.errors + api.value.trivial.errors;
    } else {
      result['api-ratio'] = missing(api);
      result['api-errors'] = missing(api);
    }
  }
  if (page) {
    result['first-load-js'] = page.firstLoadJs.ok ? page.firstLoadJs.value.totalGzipBytes : missing(page.firstLoadJs);
    const lighthouse = page.lighthouse;
    const lh = (pick: (value: LighthouseResult) => number | null): Figure => {
      if (!lighthouse.ok) return missing(lighthouse);
      return pick(lighthouse.value) ?? { missing: 'no score' };
    };
    result['lighthouse-performance'] = lh((value) => value.performance);
    result['lighthouse-accessibility'] = lh((value) => value.accessibility);
    result['lighthouse-best-practices'] = lh((value) => value.bestPractices);
    result['lighthouse-seo'] = lh((value) => value.seo);
    if (!page.feedback.ok) result['feedback-p95'] = missing(page.feedback);
    else if (page.feedback.value.status === 'ok') result['feedback-p95'] = page.feedback.value.latency.p95;
    else result['feedback-p95'] = { missing: `page not ready: ${page.feedback.value.reason}` };
  }
  return result;
}

// Numbers in the JSON line: milliseconds to 4 decimals is well below the noise and keeps it short.
function tidy(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? (Number.isInteger(value) ? value : round(value, 4)) : null;
  if (Array.isArray(value)) return value.map(tidy);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, tidy(entry)]));
  }
  return value;
}

const unwrap = <T>(outcome: Outcome<T> | null) => (outcome === null ? null : outcome.ok ? outcome.value : { error: outcome.error });

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
  const served: { api: Outcome<ApiResult> | null; page: PageReport | null } = { api: null, page: null };
  if (options.parts.includes('api') || options.parts.includes('page')) {
    const dev = loadDevRequests();
    const server = await attempt('server', () =>
      withServer(options, async ({ baseUrl, pid }) => {
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
  const { api, page } = served;

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
  const budgets = evaluateBudgets(figures(analyzer, api, page));
  printBudgets(budgets);
  const pass = overall(budgets);
  const errors = [analyzer, api, page?.firstLoadJs ?? null, page?.lighthouse ?? null, page?.feedback ?? null]
    .filter((outcome): outcome is { ok: false; error: string } => outcome !== null && !outcome.ok)
    .map((outcome) => outcome.error);

  const json = {
    bench: 'notecoach',
    date: startedAt.toISOString(),
    machine: { ...host, loadAverageAtEnd: loadAtEnd },
    options: { ...options, help: undefined },
    analyzer: analyzer?.ok ? { ...analyzer.value, profile: unwrap(analyzer.value.profile) } : unwrap(analyzer),
    api: api?.ok ? { ...api.value, serverProfile: unwrap(serverProfile) } : unwrap(api),
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
