/**
 * Scores the analyzer against labeled notes (the format of tests/fixtures/*.jsonl) and reports
 * per-check accuracy, precision, recall and F1, red-flag agreement and the verdict confusion
 * table. Used by `npm run eval` and by the test suite, which fails below EVAL_THRESHOLDS.
 *
 * Labels follow the shared format: `sentences` and `verdict` may be one value or a list of
 * acceptable ones; a missing or `null` field is not scored; `redFlags` must be found and
 * `redFlagsOk` may be.
 */
import { z } from 'zod';
import { analyze } from '../analyzer';
import type { Analysis, Verdict } from '../schema';
import { RED_FLAG_IDS } from '../contract';
import { noteRequestSchema, verdictSchema } from '../schema';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]).nullish();

export const labeledNoteSchema = z.object({
  id: z.string(),
  request: noteRequestSchema,
  source: z.string().optional(),
  name: z.string().optional(),
  namesReplaced: z.boolean().optional(),
  expect: z.object({
    sentences: oneOrMany(z.number().int().min(0)),
    characters: z.number().int().nullish(),
    intent: z.boolean().nullish(),
    sharedGround: z.boolean().nullish(),
    specificPraise: z.boolean().nullish(),
    redFlags: z.array(z.string()).nullish(),
    redFlagsOk: z.array(z.string()).nullish(),
    verdict: oneOrMany(verdictSchema),
  }),
});
export type LabeledNote = z.infer<typeof labeledNoteSchema>;

/** The bar the analyzer must clear on every labeled set (fractions). */
export const EVAL_THRESHOLDS = {
  sentencesExact: 0.96,
  charactersExact: 1,
  intent: 0.92,
  sharedGround: 0.92,
  specificPraise: 0.92,
  redFlagsFoundOnFlagged: 0.9,
  cleanOnUnflagged: 0.9,
  verdict: 0.85,
} as const;

/** The higher bar issue #10 sets for real notes (real-dev.jsonl) and the Golden Rules. */
export const REAL_THRESHOLDS = {
  sentencesExact: 0.97,
  charactersExact: 1,
  intent: 0.95,
  sharedGround: 0.95,
  specificPraise: 0.95,
  redFlagsFoundOnFlagged: 0.95,
  cleanOnUnflagged: 0.97,
  verdict: 0.92,
} as const;

export type Thresholds = { readonly [K in keyof typeof EVAL_THRESHOLDS]: number };

export interface BinaryScore {
  /** How many notes were scored on this field (labels that are `null` are not). */
  n: number;
  accuracy: number;
  precision: number;
  recall: number;
  /** F1 of "pass". */
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Miss {
  id: string;
  field: string;
  expected: unknown;
  actual: unknown;
  note: string;
}

export interface EvalReport {
  total: number;
  sentencesExact: number;
  charactersExact: number;
  intent: BinaryScore;
  sharedGround: BinaryScore;
  specificPraise: BinaryScore;
  /** Of the notes that expect red flags, the share where every expected flag was found. */
  redFlagsFoundOnFlagged: number;
  /** Of the notes that expect none, the share where none was found beyond the tolerated ones. */
  cleanOnUnflagged: number;
  redFlagRules: Record<string, { precision: number; recall: number; tp: number; fp: number; fn: number }>;
  verdict: number;
  /** confusion[expected][actual]; a note whose label accepts several verdicts counts under the first. */
  confusion: Record<Verdict, Record<Verdict, number>>;
  counts: { sentences: number; characters: number; verdict: number; flagged: number; unflagged: number };
  misses: Miss[];
}

/** Parses JSON lines into labeled notes; throws with the line number on a bad line. */
export function parseLabeledLines(text: string): LabeledNote[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const parsed = labeledNoteSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

function binary(pairs: readonly [boolean, boolean][]): BinaryScore {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [expected, actual] of pairs) {
    if (expected && actual) tp++;
    else if (!expected && actual) fp++;
    else if (expected && !actual) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * precision * recall) / (precision + recall);
  return { n: pairs.length, accuracy: ratio(tp + tn, pairs.length), precision, recall, f1, tp, fp, fn, tn };
}

const statusOf = (a: Analysis, id: string) => a.checks.find((c) => c.id === id)?.status;
const VERDICTS: readonly Verdict[] = ['strong', 'needs-work', 'weak'];

/** Runs the analyzer on every labeled note and compares it with the labels. */
export function evaluate(notes: readonly LabeledNote[]): EvalReport {
  const misses: Miss[] = [];
  const pairs = { intent: [] as [boolean, boolean][], sharedGround: [] as [boolean, boolean][], specificPraise: [] as [boolean, boolean][] };
  let sentences = 0, sentencesScored = 0, characters = 0, charactersScored = 0, verdicts = 0, verdictsScored = 0;
  let flagged = 0, flaggedFound = 0, unflagged = 0, clean = 0;
  const rules: EvalReport['redFlagRules'] = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, { precision: 1, recall: 1, tp: 0, fp: 0, fn: 0 }]));
  const confusion = Object.fromEntries(VERDICTS.map((e) => [e, Object.fromEntries(VERDICTS.map((a) => [a, 0]))])) as EvalReport['confusion'];

  for (const labeled of notes) {
    const { id, request, expect } = labeled;
    const a = analyze(request);
    const miss = (field: string, expected: unknown, actual: unknown) => misses.push({ id, field, expected, actual, note: request.note });
    if (expect.sentences != null) {
      sentencesScored++;
      if (asList(expect.sentences).includes(a.stats.sentences)) sentences++;
      else miss('sentences', expect.sentences, a.stats.sentences);
    }
    if (expect.characters != null) {
      charactersScored++;
      if (a.stats.characters === expect.characters) characters++;
      else miss('characters', expect.characters, a.stats.characters);
    }
    const actual = {
      intent: statusOf(a, 'intent') === 'pass',
      sharedGround: statusOf(a, 'shared-ground') === 'pass',
      specificPraise: statusOf(a, 'specific-praise') === 'pass',
    };
    for (const key of ['intent', 'sharedGround', 'specificPraise'] as const) {
      const want = expect[key];
      if (want == null) continue;
      pairs[key].push([want, actual[key]]);
      if (want !== actual[key]) miss(key, want, actual[key]);
    }
    if (expect.redFlags != null) {
      const found = new Set<string>(a.checks.find((c) => c.id === 'red-flags')?.findings.map((f) => f.ruleId) ?? []);
      const expected = new Set(expect.redFlags);
      const tolerated = new Set([...expected, ...(expect.redFlagsOk ?? [])]);
      const missing = [...expected].filter((f) => !found.has(f));
      const extra = [...found].filter((f) => !tolerated.has(f));
      if (expected.size > 0) {
        flagged++;
        if (missing.length === 0) flaggedFound++;
      } else {
        unflagged++;
        if (extra.length === 0) clean++;
      }
      if (missing.length > 0 || extra.length > 0) miss('redFlags', [...expected], [...found]);
      for (const rule of RED_FLAG_IDS) {
        const r = rules[rule] as EvalReport['redFlagRules'][string];
        if (expected.has(rule) && found.has(rule)) r.tp++;
        else if (found.has(rule) && !tolerated.has(rule)) r.fp++;
        else if (expected.has(rule)) r.fn++;
      }
    }
    if (expect.verdict != null) {
      const accepted = asList(expect.verdict);
      verdictsScored++;
      if (accepted.includes(a.verdict)) {
        verdicts++;
        confusion[a.verdict][a.verdict]++;
      } else {
        confusion[accepted[0] as Verdict][a.verdict]++;
        miss('verdict', expect.verdict, `${a.verdict} (${a.score})`);
      }
    }
  }
  for (const r of Object.values(rules)) {
    r.precision = ratio(r.tp, r.tp + r.fp);
    r.recall = ratio(r.tp, r.tp + r.fn);
  }
  return {
    total: notes.length,
    sentencesExact: ratio(sentences, sentencesScored),
    charactersExact: ratio(characters, charactersScored),
    intent: binary(pairs.intent),
    sharedGround: binary(pairs.sharedGround),
    specificPraise: binary(pairs.specificPraise),
    redFlagsFoundOnFlagged: ratio(flaggedFound, flagged),
    cleanOnUnflagged: ratio(clean, unflagged),
    redFlagRules: rules,
    verdict: ratio(verdicts, verdictsScored),
    confusion,
    counts: { sentences: sentencesScored, characters: charactersScored, verdict: verdictsScored, flagged, unflagged },
    misses,
  };
}

/** The bar for a labeled set, by its file name: real notes and the Golden Rules are held higher. */
export function thresholdsFor(file: string): Thresholds {
  if (/golden/.test(file)) return { ...REAL_THRESHOLDS, sentencesExact: 0.95 };
  return /real/.test(file) ? REAL_THRESHOLDS : EVAL_THRESHOLDS;
}

/** The measures a set is held to, in report order, with which fields of the report they read. */
export const MEASURES = [
  ['sentences (exact)', 'sentencesExact'],
  ['characters (exact)', 'charactersExact'],
  ['intent', 'intent'],
  ['shared ground', 'sharedGround'],
  ['specific praise', 'specificPraise'],
  ['expected flags found', 'redFlagsFoundOnFlagged'],
  ['clean when none', 'cleanOnUnflagged'],
  ['verdict', 'verdict'],
] as const satisfies readonly (readonly [string, keyof Thresholds])[];

/** The value a measure takes in a report (accuracy for the binary checks). */
export function measureOf(report: EvalReport, key: keyof Thresholds): number {
  const v = report[key];
  return typeof v === 'number' ? v : v.accuracy;
}

/** Whether a measure was scored at all in this set (a set of sentence cases has no verdicts). */
export function measured(report: EvalReport, key: keyof Thresholds): boolean {
  switch (key) {
    case 'sentencesExact':
      return report.counts.sentences > 0;
    case 'charactersExact':
      return report.counts.characters > 0;
    case 'intent':
    case 'sharedGround':
    case 'specificPraise':
      return report[key].n > 0;
    case 'redFlagsFoundOnFlagged':
      return report.counts.flagged > 0;
    case 'cleanOnUnflagged':
      return report.counts.unflagged > 0;
    case 'verdict':
      return report.counts.verdict > 0;
  }
}
