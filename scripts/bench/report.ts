/**
 * The bench's report: readable tables on stdout, the figures each budget is judged on, and the
 * one-line JSON form of everything. Kept apart from bench.ts, which only runs the parts.
 */
import type { SetResult } from './analyzer';
import type { ApiResult } from './api';
import type { ProofreadResult } from './proofread';
import type { BudgetResult, Figure } from './budgets';
import type { BenchOptions } from './options';
import type { FeedbackResult, FirstLoadJs, LighthouseResult } from './page';
import type { ProfileSummary } from './profile-summary';
import { round, type Summary } from './stats';
import { count, kB, ms, percent, table, times } from './table';

/** Writes one line of the report to stdout. */
export const out = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

/** A part's outcome: its figures, or the error that stopped it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the analyzer part found. */
export interface AnalyzerReport {
  unfinished: boolean;
  sets: SetResult[];
  /** `rewrite(request)` per note on the ~300-character notes. */
  rewrite?: Summary;
  profile: Outcome<ProfileSummary> | null;
}

/** What the page part found. */
export interface PageReport {
  firstLoadJs: Outcome<FirstLoadJs>;
  feedback: Outcome<FeedbackResult>;
  lighthouse: Outcome<LighthouseResult>;
}

/** Prints the analyzer part: per-note times, ratios to the peers, and the profile. */
export function printAnalyzer(report: AnalyzerReport, options: BenchOptions): void {
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
  if (report.rewrite) out(`  rewrite, 300-char notes: median ${ms(report.rewrite.median)}, p95 ${ms(report.rewrite.p95)} ms per note (${report.rewrite.samples} samples)`);
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
export function printProfile(title: string, profile: ProfileSummary, unit: string): void {
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

/** Prints the API part: both routes' load figures and the ratio. */
export function printApi(api: Outcome<ApiResult>, options: BenchOptions): void {
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

/** Prints the page part: first-load JS, Lighthouse, feedback latency and browser problems. */
export function printPage(page: PageReport, options: BenchOptions): void {
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
    for (const retry of lh.retried) out(`    retried (trace lost, not a page problem): ${retry.slice(0, 200)}`);
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

/** Prints the proofreading part. */
export function printProofread(result: Outcome<ProofreadResult>): void {
  out('Proofreading — POST /api/proofread, ~300-character notes one at a time on the warm production server');
  if (!result.ok) {
    out(`  failed: ${result.error}`);
    out();
    return;
  }
  const r = result.value;
  out(
    `  checker warm ${r.readyMs === null ? '–' : `${ms(r.readyMs)} ms`} after start (the server's log); first request after that ${ms(r.firstRequestMs)} ms; ` +
      `then ${count(r.requests - 1)} requests: median ${ms(r.warm.median)} ms, p95 ${ms(r.warm.p95)} ms, max ${ms(r.warm.max)} ms; ` +
      `${r.errors} errors; ${r.findingsPerNote.toFixed(2)} findings per note`,
  );
  out();
}

/** Prints every budget with its measured figure and verdict. */
export function printBudgets(budgets: readonly BudgetResult[]): void {
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

/** The figure (or the reason there is none) each budget is judged on, by budget id. */
export function figures(
  analyzer: Outcome<AnalyzerReport> | null,
  api: Outcome<ApiResult> | null,
  page: PageReport | null,
  proofread: Outcome<ProofreadResult> | null = null,
): Record<string, Figure> {
  const result: Record<string, Figure> = {};
  const missing = (outcome: { ok: false; error: string }) => ({ missing: `failed: ${outcome.error}` });
  if (proofread) {
    result['proofread-p95-300'] = proofread.ok ? proofread.value.warm.p95 : missing(proofread);
    result['proofread-first-request'] = proofread.ok ? proofread.value.firstRequestMs : missing(proofread);
  }
  if (analyzer) {
    if (analyzer.ok) {
      const long = analyzer.value.sets.find((set) => set.set === '300-char notes');
      const own = long?.results.find((r) => r.id === 'notecoach');
      // A placeholder analyzer is fast because it does nothing: no verdict until it is real.
      const unfinished = { missing: 'lib/analyzer looks unfinished (counts 0 words)' };
      if (own) result['analysis-median-300'] = analyzer.value.unfinished ? unfinished : own.perNote.median;
      if (analyzer.value.rewrite) result['rewrite-median-300'] = analyzer.value.rewrite.median;
      if (long?.ratios.retext != null) {
        result['analysis-ratio-retext-300'] = analyzer.value.unfinished ? unfinished : long.ratios.retext;
      }
    } else {
      result['analysis-median-300'] = missing(analyzer);
      result['analysis-ratio-retext-300'] = missing(analyzer);
      result['rewrite-median-300'] = missing(analyzer);
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

/**
 * Rounds every number for the JSON line: milliseconds to 4 decimals is well below the noise and
 * keeps the line short; non-finite numbers become null (JSON has no NaN).
 */
export function tidy(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? (Number.isInteger(value) ? value : round(value, 4)) : null;
  if (Array.isArray(value)) return value.map(tidy);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, tidy(entry)]));
  }
  return value;
}

/** An outcome for the JSON line: its value, or `{ error }`. */
export const unwrap = <T>(outcome: Outcome<T> | null) => (outcome === null ? null : outcome.ok ? outcome.value : { error: outcome.error });
