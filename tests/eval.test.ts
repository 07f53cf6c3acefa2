import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate, EVAL_THRESHOLDS, MEASURES, measured, measureOf, parseLabeledLines, thresholdsFor } from '@/lib/eval';

// The hand-labeled dev set (a copy of the shared one, kept in the repo's fixtures).
const report = evaluate(parseLabeledLines(readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8')));
const misses = (field: string) => report.misses.filter((m) => m.field === field).map((m) => m.id);

describe('eval on the labeled dev notes', () => {
  test('covers all 50 notes', () => expect(report.total).toBe(50));
  test('sentences exact', () => expect(report.sentencesExact, misses('sentences').join()).toBeGreaterThanOrEqual(EVAL_THRESHOLDS.sentencesExact));
  test('characters exact', () => expect(report.charactersExact).toBe(EVAL_THRESHOLDS.charactersExact));
  test.each(['intent', 'sharedGround', 'specificPraise'] as const)('%s accuracy', (key) => {
    expect(report[key].accuracy, misses(key).join()).toBeGreaterThanOrEqual(EVAL_THRESHOLDS[key]);
  });
  test('expected red flags found', () => expect(report.redFlagsFoundOnFlagged, misses('redFlags').join()).toBeGreaterThanOrEqual(EVAL_THRESHOLDS.redFlagsFoundOnFlagged));
  test('no flags where none are expected', () => expect(report.cleanOnUnflagged, misses('redFlags').join()).toBeGreaterThanOrEqual(EVAL_THRESHOLDS.cleanOnUnflagged));
  test('verdict agreement', () => expect(report.verdict, misses('verdict').join()).toBeGreaterThanOrEqual(EVAL_THRESHOLDS.verdict));
});

// 210 more notes labeled by the spec's rules by four more labelers, written without seeing the analyzer
// (extra4: 60 in the styles of real notes, measured blind before any rule was tuned on it).
describe.each(['extra.jsonl', 'extra2.jsonl', 'extra3.jsonl', 'extra4.jsonl'])('eval on %s holds the same bar', (file) => {
  const extra = evaluate(parseLabeledLines(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')));
  const why = () => extra.misses.map((m) => `${m.id}:${m.field}`).join();
  test.each(['sentencesExact', 'redFlagsFoundOnFlagged', 'cleanOnUnflagged', 'verdict'] as const)('%s', (key) => {
    expect(extra[key], why()).toBeGreaterThanOrEqual(EVAL_THRESHOLDS[key]);
  });
  test.each(['intent', 'sharedGround', 'specificPraise'] as const)('%s accuracy', (key) => {
    expect(extra[key].accuracy, why()).toBeGreaterThanOrEqual(EVAL_THRESHOLDS[key]);
  });
});

// Real notes (issue #10), verbatim from public sources but for private names, and the public
// Golden Rules of sentence segmentation that fit a note: held to the higher bar.
describe.each(['real-dev.jsonl', 'golden-rules.jsonl'])('eval on %s holds its bar', (file) => {
  const report = evaluate(parseLabeledLines(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')));
  const bar = thresholdsFor(file);
  const why = () => report.misses.map((m) => `${m.id}:${m.field}`).join();
  const scored = MEASURES.filter(([, key]) => measured(report, key));
  test('scores something', () => expect(scored.length).toBeGreaterThan(0));
  test.each(scored)('%s', (_name, key) => {
    expect(measureOf(report, key), why()).toBeGreaterThanOrEqual(bar[key]);
  });
});

describe('the eval itself', () => {
  test('a bad line is reported with its number', () => {
    expect(() => parseLabeledLines('{"id":"x"}\n')).toThrow(/line 1/);
  });
  test('a list of acceptable values, a null label and a tolerated flag', () => {
    const line = JSON.stringify({ id: 'y', request: { note: 'Hi Sam, great post!!!' }, expect: { sentences: [0, 1], intent: null, verdict: ['weak', 'needs-work'], redFlags: [], redFlagsOk: ['exclamation'] } });
    const r = evaluate(parseLabeledLines(line));
    expect(r.sentencesExact).toBe(1);
    expect(r.intent.n).toBe(0);
    expect(r.verdict).toBe(1);
    expect(r.cleanOnUnflagged).toBe(1);
    expect(r.misses).toEqual([]);
  });
  test('a wrong label counts as a miss', () => {
    const line = JSON.stringify({ id: 'z', request: { note: 'Hi Sam, great post!' }, expect: { sentences: 1, characters: 19, intent: true, sharedGround: false, specificPraise: false, redFlags: [], verdict: 'weak' } });
    const r = evaluate(parseLabeledLines(line));
    expect(r.intent.accuracy).toBe(0);
    expect(r.misses.map((m) => m.field)).toEqual(['intent']);
  });
});
