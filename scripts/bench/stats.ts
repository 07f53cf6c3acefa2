/**
 * Pure statistics for the bench: percentiles, summaries and ratios. Kept free of I/O so the
 * unit tests can pin down exactly how a figure in the report is computed.
 */

/** A summary of one set of timings, in milliseconds. */
export interface Summary {
  /** How many samples the figures come from. */
  samples: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * The p-th percentile (0–100) of `values` by linear interpolation between closest ranks (the
 * method of NumPy's default and of most spreadsheets), so small sample sets still give a stable,
 * unsurprising value. Returns NaN for an empty list rather than inventing a number.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return percentileOfSorted(sorted, p);
}

/** {@link percentile} for a list the caller has already sorted ascending (avoids re-sorting). */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const lo = sorted[lower] as number;
  const hi = sorted[upper] as number;
  return lo + (hi - lo) * (rank - lower);
}

/** The median (50th percentile) of `values`. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Summarizes timings (ms) into count, median, p95, mean, min and max. */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    samples: sorted.length,
    median: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * `numerator / denominator`, or null when either side is missing or the denominator is not a
 * positive number (a ratio against zero or NaN would print as a misleading Infinity or NaN).
 */
export function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator == null || denominator == null) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return numerator / denominator;
}

/** Rounds to `digits` decimals, keeping null and non-finite values as null for the JSON line. */
export function round(value: number | null | undefined, digits = 3): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The order the competitors run in during round `round`: a rotation of `items`, so each one goes
 * first, second and last equally often and drift on a shared machine (thermal, neighbours, GC
 * debt left by the previous competitor) is spread over all of them.
 */
export function rotation<T>(items: readonly T[], roundIndex: number): T[] {
  if (items.length === 0) return [];
  const shift = ((roundIndex % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
