/**
 * Scores the analyzer against hand-labeled notes (the format of tests/fixtures/dev.jsonl) and
 * reports per-check accuracy, precision and recall. Used by `npm run eval` and by the test suite,
 * which fails below the thresholds in EVAL_THRESHOLDS.
 */
import { z } from 'zod';
import { analyze } from '../analyzer';
import type { Analysis } from '../schema';
import { noteRequestSchema, RED_FLAG_IDS, verdictSchema } from '../schema';

export const labeledNoteSchema = z.object({
  id: z.string(),
  request: noteRequestSchema,
  expect: z.object({
    sentences: z.number().int(),
    characters: z.number().int(),
    intent: z.boolean(),
    sharedGround: z.boolean(),
    specificPraise: z.boolean(),
    redFlags: z.array(z.string()),
    verdict: verdictSchema,
  }),
});
export type LabeledNote = z.infer<typeof labeledNoteSchema>;

/** The bar the analyzer must clear on the dev set (fractions). */
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

export interface BinaryScore {
  accuracy: number;
  precision: number;
  recall: number;
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
  /** Of the notes that expect none, the share where none was found. */
  cleanOnUnflagged: number;
  redFlagRules: Record<string, { precision: number; recall: number; tp: number; fp: number; fn: number }>;
  verdict: number;
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

function binary(pairs: readonly [boolean, boolean][]): BinaryScore {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [expected, actual] of pairs) {
    if (expected && actual) tp++;
    else if (!expected && actual) fp++;
    else if (expected && !actual) fn++;
    else tn++;
  }
  return { accuracy: ratio(tp + tn, pairs.length), precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn, tn };
}

const statusOf = (a: Analysis, id: string) => a.checks.find((c) => c.id === id)?.status;

/** Runs the analyzer on every labeled note and compares it with the labels. */
export function evaluate(notes: readonly LabeledNote[]): EvalReport {
  const misses: Miss[] = [];
  const pairs = { intent: [] as [boolean, boolean][], sharedGround: [] as [boolean, boolean][], specificPraise: [] as [boolean, boolean][] };
  let sentences = 0, characters = 0, verdicts = 0, flagged = 0, flaggedFound = 0, unflagged = 0, clean = 0;
  const rules: EvalReport['redFlagRules'] = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, { precision: 1, recall: 1, tp: 0, fp: 0, fn: 0 }]));

  for (const labeled of notes) {
    const { id, request, expect } = labeled;
    const a = analyze(request);
    const miss = (field: string, expected: unknown, actual: unknown) => misses.push({ id, field, expected, actual, note: request.note });
    if (a.stats.sentences === expect.sentences) sentences++;
    else miss('sentences', expect.sentences, a.stats.sentences);
    if (a.stats.characters === expect.characters) characters++;
    else miss('characters', expect.characters, a.stats.characters);
    const actual = {
      intent: statusOf(a, 'intent') === 'pass',
      sharedGround: statusOf(a, 'shared-ground') === 'pass',
      specificPraise: statusOf(a, 'specific-praise') === 'pass',
    };
    for (const key of ['intent', 'sharedGround', 'specificPraise'] as const) {
      pairs[key].push([expect[key], actual[key]]);
      if (expect[key] !== actual[key]) miss(key, expect[key], actual[key]);
    }
    const found = new Set(a.checks.find((c) => c.id === 'red-flags')?.findings.map((f) => f.ruleId) ?? []);
    const expected = new Set(expect.redFlags);
    if (expected.size > 0) {
      flagged++;
      if ([...expected].every((f) => found.has(f))) flaggedFound++;
    } else {
      unflagged++;
      if (found.size === 0) clean++;
    }
    if ([...expected].sort().join() !== [...found].sort().join()) miss('redFlags', [...expected], [...found]);
    for (const rule of RED_FLAG_IDS) {
      const r = rules[rule] as EvalReport['redFlagRules'][string];
      if (expected.has(rule) && found.has(rule)) r.tp++;
      else if (found.has(rule)) r.fp++;
      else if (expected.has(rule)) r.fn++;
    }
    if (a.verdict === expect.verdict) verdicts++;
    else miss('verdict', expect.verdict, `${a.verdict} (${a.score})`);
  }
  for (const r of Object.values(rules)) {
    r.precision = ratio(r.tp, r.tp + r.fp);
    r.recall = ratio(r.tp, r.tp + r.fn);
  }
  const total = notes.length;
  return {
    total,
    sentencesExact: ratio(sentences, total),
    charactersExact: ratio(characters, total),
    intent: binary(pairs.intent),
    sharedGround: binary(pairs.sharedGround),
    specificPraise: binary(pairs.specificPraise),
    redFlagsFoundOnFlagged: ratio(flaggedFound, flagged),
    cleanOnUnflagged: ratio(clean, unflagged),
    redFlagRules: rules,
    verdict: ratio(verdicts, total),
    misses,
  };
}
