/**
 * What works for this user: acceptance rates from their own log, overall and split by verdict,
 * scenario, length, shared ground and specific praise. A rate counts every invitation sent
 * (pending ones have not been accepted yet); below 10 notes a group is marked "too few to tell".
 */
import { type SentEntry, type SentVerdict } from './entry';

/** Below this many notes a rate says little. */
export const MIN_TO_TELL = 10;

/** One bar of a chart. */
export interface RateGroup {
  label: string;
  accepted: number;
  total: number;
  /** accepted / total, 0 when total is 0. */
  rate: number;
  tooFew: boolean;
}

/** One chart: a question and its groups. */
export interface InsightChart {
  id: 'verdict' | 'scenario' | 'length' | 'shared-ground' | 'specific-praise';
  title: string;
  groups: RateGroup[];
  /** Notes left out of this chart (not analyzed when copied, or over 300 characters). */
  unknown: number;
}

/** Everything the insights section shows. */
export interface Insights {
  overall: RateGroup;
  charts: InsightChart[];
}

/** The rate of a set of entries. */
export function rateOf(label: string, entries: readonly SentEntry[]): RateGroup {
  const accepted = entries.filter((e) => e.status === 'accepted').length;
  const total = entries.length;
  return { label, accepted, total, rate: total === 0 ? 0 : accepted / total, tooFew: total < MIN_TO_TELL };
}

/** The length buckets, in characters. */
export const LENGTH_BUCKETS = [
  { label: 'Under 100 characters', min: 0, max: 99 },
  { label: '100–199 characters', min: 100, max: 199 },
  { label: '200–300 characters', min: 200, max: 300 },
] as const;

const VERDICT_LABELS: Readonly<Record<SentVerdict, string>> = { strong: 'Strong', 'needs-work': 'Needs work', weak: 'Weak' };
/** How a note written without a template is grouped. */
export const OWN_WORDS = 'Your own words';

function chart(id: InsightChart['id'], title: string, log: readonly SentEntry[], groupOf: (e: SentEntry) => string | undefined, order?: readonly string[]): InsightChart {
  const groups = new Map<string, SentEntry[]>();
  for (const label of order ?? []) groups.set(label, []);
  let unknown = 0;
  for (const e of log) {
    const g = groupOf(e);
    if (g === undefined) {
      unknown++;
      continue;
    }
    const list = groups.get(g) ?? [];
    list.push(e);
    groups.set(g, list);
  }
  const out = [...groups].map(([label, entries]) => rateOf(label, entries));
  // A fixed order keeps the chart stable; an open set (scenarios) reads best largest first.
  if (!order) out.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  return { id, title, groups: order ? out.filter((g) => g.total > 0) : out, unknown };
}

const yesNo = (v: boolean | undefined, yes: string, no: string) => (v === undefined ? undefined : v ? yes : no);

/** Computes the insights of a log. */
export function insightsOf(log: readonly SentEntry[]): Insights {
  const lengthOf = (e: SentEntry) => LENGTH_BUCKETS.find((b) => e.text.length >= b.min && e.text.length <= b.max)?.label;
  return {
    overall: rateOf('All notes', log),
    charts: [
      chart('verdict', 'By verdict when copied', log, (e) => (e.verdict ? VERDICT_LABELS[e.verdict] : undefined), Object.values(VERDICT_LABELS)),
      chart('scenario', 'By scenario', log, (e) => e.scenario ?? OWN_WORDS),
      chart('length', 'By length', log, lengthOf, LENGTH_BUCKETS.map((b) => b.label)),
      chart('shared-ground', 'With and without shared ground', log, (e) => yesNo(e.sharedGround, 'With shared ground', 'Without shared ground'), ['With shared ground', 'Without shared ground']),
      chart('specific-praise', 'With and without specific praise', log, (e) => yesNo(e.specificPraise, 'With specific praise', 'Without specific praise'), ['With specific praise', 'Without specific praise']),
    ],
  };
}

/** "1 of 3 accepted (33%)", the words every bar carries. */
export function describeRate(g: RateGroup): string {
  return `${g.accepted} of ${g.total} accepted (${Math.round(g.rate * 100)}%)${g.tooFew ? ', too few to tell' : ''}`;
}
