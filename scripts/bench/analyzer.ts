/**
 * Part 1 of the bench: notecoach's analysis against the prose linters a user would otherwise reach
 * for (retext's five-plugin pipeline and write-good), on the same notes, in the same process,
 * interleaved in rounds so that noise on a shared machine hits every competitor alike.
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { analyze } from '../../lib/analyzer';
import type { NoteRequest } from '../../lib/schema';
import { ratio, rotation, summarize, type Summary } from './stats';

/** Shape of write-good's one export (the package ships no types). */
type WriteGood = (text: string) => Array<{ index: number; offset: number; reason: string }>;
const writeGood = createRequire(__filename)('write-good') as WriteGood;

/** Something timed on every note: notecoach, a peer, or a reference point. */
export interface Competitor {
  id: 'notecoach' | 'retext' | 'write-good' | 'compromise-parse' | 'compromise-tokenize';
  label: string;
  /** A reference row explains a figure (e.g. the parse alone); it is no peer and has no ratio. */
  reference: boolean;
  run: (request: NoteRequest) => unknown;
}

/**
 * The competitors, each built once before timing: the retext processor is frozen here, as a
 * long-running service would, so only per-note work is timed on either side.
 */
export function competitors(): Competitor[] {
  const retextPipeline = retext()
    .use(retextEnglish)
    .use(retextReadability)
    .use(retextSimplify)
    .use(retextIntensify)
    .use(retextPassive)
    .freeze();
  return [
    { id: 'notecoach', label: 'notecoach analyze()', reference: false, run: (request) => analyze(request) },
    {
      id: 'retext',
      label: 'retext + english, readability, simplify, intensify, passive',
      reference: false,
      run: (request) => retextPipeline.processSync(request.note).messages,
    },
    { id: 'write-good', label: 'write-good', reference: false, run: (request) => writeGood(request.note) },
    // References, not peers: what compromise alone costs, tagged (nlp) and tokenized only — the
    // floor under any analysis built on it, and why a full tagging pass would not fit the budget.
    {
      id: 'compromise-parse',
      label: 'reference: compromise nlp() (tokenize + tag)',
      reference: true,
      run: (request) => nlp(request.note),
    },
    {
      id: 'compromise-tokenize',
      label: 'reference: compromise nlp.tokenize()',
      reference: true,
      run: (request) => nlp.tokenize(request.note),
    },
  ];
}

/** Timings of one competitor on one set of notes. */
export interface CompetitorResult {
  id: Competitor['id'];
  label: string;
  reference: boolean;
  /** Per-note time in milliseconds. */
  perNote: Summary;
}

/** Timings of all competitors on one set of notes, with notecoach's ratios to the peers. */
export interface SetResult {
  set: string;
  notes: number;
  meanCharacters: number;
  results: CompetitorResult[];
  /** notecoach median / peer median; below 1 means notecoach is faster. */
  ratios: { retext: number | null; writeGood: number | null };
  /** Same ratios at p95. */
  ratiosP95: { retext: number | null; writeGood: number | null };
}

/** How many rounds to run: warm-up rounds are run and thrown away. */
export interface AnalyzerBenchOptions {
  warmupRounds: number;
  rounds: number;
}

// Results go here so no engine can decide a competitor's work is unused and skip it.
export let sink: unknown;

/** Times every competitor on every note of `requests`, rounds interleaved, after warm-up. */
export function benchSet(
  set: string,
  requests: readonly NoteRequest[],
  list: readonly Competitor[],
  options: AnalyzerBenchOptions,
): SetResult {
  const samples = new Map<Competitor['id'], number[]>(list.map((competitor) => [competitor.id, []]));
  const totalRounds = options.warmupRounds + options.rounds;
  for (let roundIndex = 0; roundIndex < totalRounds; roundIndex += 1) {
    const recording = roundIndex >= options.warmupRounds;
    for (const competitor of rotation(list, roundIndex)) {
      const times = samples.get(competitor.id) as number[];
      for (const request of requests) {
        const start = process.hrtime.bigint();
        sink = competitor.run(request);
        const elapsed = process.hrtime.bigint() - start;
        if (recording) times.push(Number(elapsed) / 1e6);
      }
    }
  }
  const results = list.map((competitor) => ({
    id: competitor.id,
    label: competitor.label,
    reference: competitor.reference,
    perNote: summarize(samples.get(competitor.id) as number[]),
  }));
  const byId = (id: Competitor['id']) => results.find((result) => result.id === id)?.perNote;
  const own = byId('notecoach');
  return {
    set,
    notes: requests.length,
    meanCharacters: requests.reduce((total, request) => total + request.note.length, 0) / requests.length,
    results,
    ratios: {
      retext: ratio(own?.median, byId('retext')?.median),
      writeGood: ratio(own?.median, byId('write-good')?.median),
    },
    ratiosP95: {
      retext: ratio(own?.p95, byId('retext')?.p95),
      writeGood: ratio(own?.p95, byId('write-good')?.p95),
    },
  };
}

/**
 * A hint for the report when the analyzer in the checkout is still a placeholder: a real analysis
 * of a non-empty note counts its words, so timings of one that does not are not worth reading.
 */
export function analyzerLooksUnfinished(requests: readonly NoteRequest[]): boolean {
  const sample = requests.find((request) => request.note.trim().length > 0);
  if (!sample) return false;
  const analysis = analyze(sample);
  sink = analysis;
  return analysis.stats.words === 0;
}

