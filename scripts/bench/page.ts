/**
 * Part 3 of the bench: what a visitor of `/` gets — the JavaScript the first visit loads (gzip),
 * Lighthouse's mobile scores, and how long feedback takes to follow typing in a real Chromium.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser';
import { GZIP_LEVEL, gzipSize, inlineScripts, noModuleUrls, scriptUrls } from './html';
import { median, summarize, type Summary } from './stats';

export { GZIP_LEVEL };

/** The executable both Lighthouse and Playwright launch: Debian's Chromium, else Playwright's. */
export function browserExecutable(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

/** One JavaScript file the first visit loads. */
export interface ScriptSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** First-load JavaScript of a page. */
export interface FirstLoadJs {
  files: ScriptSize[];
  totalBytes: number;
  totalGzipBytes: number;
  /** Inline <script> bodies (Next's RSC payload, bootstrap), reported apart: they ship in the HTML. */
  inlineGzipBytes: number;
  /** `<script nomodule>` files (legacy polyfills), reported apart: current browsers skip them. */
  noModuleGzipBytes: number;
  gzipLevel: number;
}

/** Fetches a page (`/` by default), then every script it loads, and sums their gzip sizes. */
/**
 * fetch, tried once more on a network error: the server closes a kept-alive socket after a few idle
 * seconds, and the first request after a long in-process step (the triage rounds) may meet it.
 */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fetch(url);
  }
}

export async function measureFirstLoadJs(baseUrl: string, path = '/'): Promise<FirstLoadJs> {
  const response = await get(`${baseUrl}${path}`);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  const html = await response.text();
  const files: ScriptSize[] = [];
  for (const url of scriptUrls(html, `${baseUrl}/`)) {
    const script = await get(url);
    if (!script.ok) throw new Error(`GET ${url} answered ${script.status}`);
    // fetch undoes any Content-Encoding, so these are the raw bytes, compressed here alike for all.
    const body = new Uint8Array(await script.arrayBuffer());
    files.push({ path: new URL(url).pathname, bytes: body.length, gzipBytes: gzipSize(body) });
  }
  let noModuleGzipBytes = 0;
  for (const url of noModuleUrls(html, `${baseUrl}/`)) {
    const script = await get(url);
    noModuleGzipBytes += gzipSize(new Uint8Array(await script.arrayBuffer()));
  }
  const inline = inlineScripts(html).join('\n');
  return {
    files,
    totalBytes: files.reduce((total, file) => total + file.bytes, 0),
    totalGzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
    inlineGzipBytes: inline.length === 0 ? 0 : gzipSize(inline),
    noModuleGzipBytes,
    gzipLevel: GZIP_LEVEL,
  };
}

/** Lighthouse category scores (0–100) and the metrics behind performance. */
export interface LighthouseResult {
  runs: number;
  /** Median over runs of each category score. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Every run's scores, to show the spread. */
  perRun: Array<{ performance: number | null; accessibility: number | null; bestPractices: number | null; seo: number | null }>;
  /** Metrics (ms, CLS unitless) of the run with the median performance score. */
  metrics: Record<string, number | null>;
  /** Audits that did not pass in the median run, for the report (id: title). */
  failedAudits: string[];
  /** Browser console errors Lighthouse saw in the median run (they cost best practices points). */
  consoleErrors: string[];
  /** Runs that lost their trace and were run again, with Lighthouse's reason. */
  retried: string[];
  lighthouseVersion: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
] as const;

/** One Lighthouse run's scores and what the report shows of it. */
type LighthouseRun = LighthouseResult['perRun'][number] & {
  metrics: Record<string, number | null>;
  failed: string[];
  consoleErrors: string[];
  version: string;
};

/** One Lighthouse run in a fresh headless Chromium. Throws when Lighthouse reports a runtime error. */
async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath: browserExecutable(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: (typeof CATEGORIES)[number]) => {
      const value = lhr.categories[id]?.score;
      return value == null ? null : Math.round(value * 100);
    };
    const metrics: Record<string, number | null> = {};
    for (const id of METRICS) metrics[id] = lhr.audits[id]?.numericValue ?? null;
    const failed = new Set<string>();
    for (const category of Object.values(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed.add(`${audit.id}: ${audit.title}`);
      }
    }
    type ConsoleItem = { description?: unknown; sourceLocation?: { url?: unknown } };
    const consoleItems = (lhr.audits['errors-in-console']?.details as { items?: ConsoleItem[] } | undefined)?.items ?? [];
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      metrics,
      failed: [...failed],
      consoleErrors: consoleItems.map((item) =>
        [item.description, item.sourceLocation?.url].filter((part) => typeof part === 'string' && part !== '').join(' — '),
      ),
      version: lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Runs Lighthouse (its default config: mobile form factor, simulated throttling) `runs` times on
 * `url` in a fresh headless Chromium each time, and takes the median of each category score.
 */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseResult> {
  const perRun: LighthouseRun[] = [];
  const retried: string[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A loaded machine now and then loses a trace (NO_NAVSTART, NO_FCP): such a run says nothing
    // about the page, so it is retried (twice at most) instead of sinking the whole measurement.
    for (let attempt = 1; ; attempt += 1) {
      try {
        perRun.push(await lighthouseOnce(url));
        break;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (attempt >= 3) throw new Error(`run ${run + 1} failed ${attempt} times; last: ${message}`);
        retried.push(`run ${run + 1}: ${message}`);
      }
    }
  }
  type Scores = LighthouseResult['perRun'][number];
  const medianOf = (pick: (run: Scores) => number | null) => {
    const values = perRun.map(pick).filter((value): value is number => value !== null);
    return values.length === 0 ? null : median(values);
  };
  const performance = medianOf((run) => run.performance);
  // The run whose performance is closest to the median stands for the metrics and failed audits.
  const representative =
    [...perRun].sort((a, b) => Math.abs((a.performance ?? 0) - (performance ?? 0)) - Math.abs((b.performance ?? 0) - (performance ?? 0)))[0];
  return {
    runs,
    performance,
    accessibility: medianOf((run) => run.accessibility),
    bestPractices: medianOf((run) => run.bestPractices),
    seo: medianOf((run) => run.seo),
    perRun: perRun.map(({ performance: p, accessibility, bestPractices, seo }) => ({ performance: p, accessibility, bestPractices, seo })),
    metrics: representative?.metrics ?? {},
    failedAudits: representative?.failed ?? [],
    consoleErrors: representative?.consoleErrors ?? [],
    retried,
    lighthouseVersion: representative?.version ?? 'unknown',
  };
}

/** Feedback latency: from the last keystroke to the feedback for the new text, in the page. */
export type FeedbackResult =
  | { status: 'ok'; edits: number; latency: Summary; samples: number[]; problems: string[] }
  | { status: 'page-not-ready'; reason: string; problems: string[] };

// Recorded from the first byte of the page: CSP violations (which Lighthouse files as "issues" and
// which cost best-practices points) do not reach the console as errors, so listen for them.
const RECORD_CSP_VIOLATIONS = `window.__benchCsp = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__benchCsp.push('CSP ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' in ' + (event.sourceFile || 'the page') + ':' + event.lineNumber);
});`;

// What one edit waits for, installed in the page: resolves with the keystroke's time and the time
// of the first frame after the feedback region announced the expected note length. Both come from
// the page's own clock (Event.timeStamp, performance.now), so no DevTools round trip is counted.
// Plain JavaScript in a string on purpose: tsx compiles functions with esbuild's keepNames, whose
// `__name` helper does not exist in the page, so a serialized TypeScript function would not run.
const ARM_IN_PAGE = `(expected) => {
  if (!window.__benchListening) {
    document.addEventListener('keydown', (event) => { window.__benchKeyAt = event.timeStamp; }, { capture: true });
    window.__benchListening = true;
  }
  window.__benchWait = new Promise((resolve) => {
    const shown = () => {
      const region = document.querySelector('[data-testid="feedback"]');
      return region !== null && region.getAttribute('data-note-length') === String(expected);
    };
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      const keyAt = window.__benchKeyAt;
      requestAnimationFrame(() => resolve({ keyAt, shownAt: performance.now() }));
    });
    const timer = setTimeout(() => { observer.disconnect(); resolve({ timeout: true }); }, 10000);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-note-length'] });
  });
}`;

type EditTiming = { keyAt: number; shownAt: number } | { timeout: true };

/**
 * Types into "Your note" in headless Chromium: a realistic first draft, then `edits` single
 * characters, each after the feedback for the previous one is shown, and records for each the
 * time from its keystroke to the feedback for the new length (`data-note-length`) being on screen.
 */
export async function measureFeedbackLatency(baseUrl: string, draft: string, edits: number): Promise<FeedbackResult> {
  const browser = await chromium.launch({ executablePath: browserExecutable(), args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 300)}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message.slice(0, 300)}`));
    await page.addInitScript(RECORD_CSP_VIOLATIONS);
    const collect = async () => {
      const csp = (await page.evaluate('window.__benchCsp ?? []').catch(() => [])) as string[];
      return [...new Set([...problems, ...csp])];
    };
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    const note = page.getByLabel('Your note');
    try {
      await note.waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      return { status: 'page-not-ready', reason: 'no textbox labelled "Your note" on /', problems: await collect() };
    }
    const feedback = page.getByTestId('feedback');
    await note.fill(draft);
    try {
      await feedback.and(page.locator(`[data-note-length="${draft.length}"]`)).waitFor({ timeout: 10_000 });
    } catch {
      return {
        status: 'page-not-ready',
        reason: 'no element with data-testid="feedback" and data-note-length equal to the note length after filling it',
        problems: await collect(),
      };
    }
    // The caret goes to the very end (End alone stops at the end of a wrapped visual line).
    await note.evaluate((element) => {
      const field = element as HTMLTextAreaElement | HTMLInputElement;
      field.setSelectionRange(field.value.length, field.value.length);
    });
    const extra = ' Thanks for reading this note!';
    const samples: number[] = [];
    let length = draft.length;
    for (let edit = 0; edit < edits; edit += 1) {
      const character = extra[edit % extra.length] as string;
      length += 1;
      await page.evaluate(`(${ARM_IN_PAGE})(${length})`);
      await page.keyboard.type(character);
      const timing = (await page.evaluate('window.__benchWait')) as EditTiming;
      if ('timeout' in timing) {
        return {
          status: 'page-not-ready',
          reason: `feedback for length ${length} did not appear within 10 s (edit ${edit + 1})`,
          problems: await collect(),
        };
      }
      samples.push(timing.shownAt - timing.keyAt);
    }
    return { status: 'ok', edits, latency: summarize(samples), samples, problems: await collect() };
  } finally {
    await browser.close();
  }
}
