/**
 * The spec's performance budgets as data, and their evaluation against the bench's figures. A
 * budget whose figure was not measured (part skipped, page not ready, part failed) is `null`:
 * neither passed nor failed, and the report says why.
 */

/** One budget from SPEC.md "Budgets". */
export interface Budget {
  id: string;
  label: string;
  /** How the figure compares to the limit to pass. */
  op: '<=' | '>=' | '==';
  limit: number;
  unit: string;
}

/** A budget with the measured figure and the verdict. */
export interface BudgetResult extends Budget {
  value: number | null;
  pass: boolean | null;
  /** Why there is no value, when there is none. */
  note?: string;
}

/** First-load JS limit in bytes: 160 kB counted as 160,000 bytes, the stricter reading of "KB". */
export const FIRST_LOAD_JS_LIMIT_BYTES = 160_000;

/** Every budget the bench checks, in report order. */
export const BUDGETS: readonly Budget[] = [
  { id: 'analysis-median-300', label: 'analysis median, 300-char notes', op: '<=', limit: 1.2, unit: 'ms' },
  { id: 'analysis-ratio-retext-300', label: 'notecoach / retext median, 300-char notes', op: '<=', limit: 1.0, unit: '×' },
  { id: 'rewrite-median-300', label: 'rewrite median, 300-char notes', op: '<=', limit: 15, unit: 'ms' },
  { id: 'proofread-p95-300', label: 'proofreading p95, 300-char notes, warm server', op: '<=', limit: 30, unit: 'ms' },
  { id: 'proofread-first-request', label: 'first proofreading request after start', op: '<=', limit: 1000, unit: 'ms' },
  { id: 'api-ratio', label: 'API req/s analyze / trivial', op: '>=', limit: 0.5, unit: '×' },
  { id: 'api-errors', label: 'API errors (both routes)', op: '==', limit: 0, unit: '' },
  { id: 'first-load-js', label: 'first-load JS of / (gzip)', op: '<=', limit: FIRST_LOAD_JS_LIMIT_BYTES, unit: 'B' },
  { id: 'lighthouse-performance', label: 'Lighthouse performance (mobile)', op: '>=', limit: 95, unit: '' },
  { id: 'lighthouse-accessibility', label: 'Lighthouse accessibility', op: '>=', limit: 100, unit: '' },
  { id: 'lighthouse-best-practices', label: 'Lighthouse best practices', op: '>=', limit: 100, unit: '' },
  { id: 'lighthouse-seo', label: 'Lighthouse SEO', op: '>=', limit: 95, unit: '' },
  { id: 'feedback-p95', label: 'feedback latency p95', op: '<=', limit: 400, unit: 'ms' },
  { id: 'triage-200', label: 'triage of 200 invitations, server CPU per request', op: '<=', limit: 100, unit: 'ms' },
  { id: 'first-load-js-triage', label: 'first-load JS of /triage (gzip)', op: '<=', limit: FIRST_LOAD_JS_LIMIT_BYTES, unit: 'B' },
  { id: 'batch-1000', label: 'batch of 1,000 rows through the API, median round trip', op: '<=', limit: 2000, unit: 'ms' },
  { id: 'batch-analyze-p99-ratio', label: 'analyze p99 while batches run / without', op: '<=', limit: 2, unit: '×' },
  { id: 'first-load-js-batch', label: 'first-load JS of /batch (gzip)', op: '<=', limit: FIRST_LOAD_JS_LIMIT_BYTES, unit: 'B' },
  { id: 'first-load-js-sent', label: 'first-load JS of /sent (gzip)', op: '<=', limit: FIRST_LOAD_JS_LIMIT_BYTES, unit: 'B' },
];

/** Whether `value` meets `budget`. */
export function meets(budget: Budget, value: number): boolean {
  if (budget.op === '<=') return value <= budget.limit;
  if (budget.op === '>=') return value >= budget.limit;
  return value === budget.limit;
}

/** A measured figure, or the reason there is none. */
export type Figure = number | { missing: string };

/**
 * Evaluates every budget against `figures` (by budget id). A budget with no entry is reported as
 * "not measured".
 */
export function evaluateBudgets(figures: Partial<Record<string, Figure>>): BudgetResult[] {
  return BUDGETS.map((budget) => {
    const figure = figures[budget.id];
    if (figure === undefined) return { ...budget, value: null, pass: null, note: 'not measured' };
    if (typeof figure !== 'number') return { ...budget, value: null, pass: null, note: figure.missing };
    if (!Number.isFinite(figure)) return { ...budget, value: null, pass: null, note: 'no finite value' };
    return { ...budget, value: figure, pass: meets(budget, figure) };
  });
}

/** true when every budget passed, false when any failed, null when none failed but some are unmeasured. */
export function overall(results: readonly BudgetResult[]): boolean | null {
  if (results.some((result) => result.pass === false)) return false;
  if (results.some((result) => result.pass === null)) return null;
  return true;
}
