/**
 * `npm run eval -- [FILE]`: scores the analyzer on a labeled JSON-lines file (default: the dev set
 * in tests/fixtures) and prints per-check accuracy, precision and recall, then every miss.
 * Exits 1 when a threshold is not met, 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { evaluate, EVAL_THRESHOLDS, parseLabeledLines } from '../lib/eval';

const file = process.argv[2] ?? 'tests/fixtures/dev.jsonl';
let report;
try {
  report = evaluate(parseLabeledLines(readFileSync(file, 'utf8')));
} catch (error) {
  console.error(`eval: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rows: [string, string, string, string, number, number][] = [
  ['sentences (exact)', pct(report.sentencesExact), '', '', report.sentencesExact, EVAL_THRESHOLDS.sentencesExact],
  ['characters (exact)', pct(report.charactersExact), '', '', report.charactersExact, EVAL_THRESHOLDS.charactersExact],
  ...(['intent', 'sharedGround', 'specificPraise'] as const).map(
    (k) => [k, pct(report[k].accuracy), pct(report[k].precision), pct(report[k].recall), report[k].accuracy, EVAL_THRESHOLDS[k]] as [string, string, string, string, number, number],
  ),
  ['redFlags: expected found', pct(report.redFlagsFoundOnFlagged), '', '', report.redFlagsFoundOnFlagged, EVAL_THRESHOLDS.redFlagsFoundOnFlagged],
  ['redFlags: clean when none', pct(report.cleanOnUnflagged), '', '', report.cleanOnUnflagged, EVAL_THRESHOLDS.cleanOnUnflagged],
  ['verdict', pct(report.verdict), '', '', report.verdict, EVAL_THRESHOLDS.verdict],
];
console.log(`notecoach eval on ${file} (${report.total} notes)\n`);
console.log(`${'check'.padEnd(28)}${'accuracy'.padStart(10)}${'precision'.padStart(11)}${'recall'.padStart(9)}  threshold`);
for (const [name, acc, prec, rec, value, min] of rows) {
  console.log(`${name.padEnd(28)}${acc.padStart(10)}${prec.padStart(11)}${rec.padStart(9)}  ${value >= min ? 'ok' : 'BELOW'} ${pct(min)}`);
}
console.log('\nred-flag rules (precision / recall):');
for (const [id, r] of Object.entries(report.redFlagRules)) {
  if (r.tp + r.fp + r.fn > 0) console.log(`  ${id.padEnd(16)} ${pct(r.precision).padStart(7)} ${pct(r.recall).padStart(7)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
}
console.log(`\nmisses (${report.misses.length}):`);
for (const m of report.misses) {
  console.log(`  ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)} — ${JSON.stringify(m.note.slice(0, 90))}`);
}
process.exit(rows.every(([, , , , value, min]) => value >= min) ? 0 : 1);
