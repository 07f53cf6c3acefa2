/**
 * `npm run eval -- [FILE …]`: scores the analyzer on labeled JSON-lines files (default: every set
 * in tests/fixtures) and prints, per set, accuracy / precision / recall / F1 per check, red-flag
 * agreement per rule, the verdict confusion table and every miss.
 * Exits 1 when a set is below its bar, 2 when a file cannot be read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { evaluate, MEASURES, measured, measureOf, parseLabeledLines, thresholdsFor, type EvalReport } from '../lib/eval';

const FIXTURES = 'tests/fixtures';
const files = process.argv.slice(2).filter((a) => a !== '--');
// By default every labeled set in the fixtures (a file of unlabeled drafts, for reviews, is not one).
const labeled = (file: string) => readFileSync(file, 'utf8').split('\n', 1)[0]?.includes('"expect"') ?? false;
const sets = files.length > 0 ? files : readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(FIXTURES, f)).filter(labeled);
const quiet = process.env.EVAL_QUIET === '1';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
let allOk = true;

function printSet(file: string, report: EvalReport): boolean {
  const bar = thresholdsFor(basename(file));
  let ok = true;
  console.log(`\n== ${file} (${report.total} notes)\n`);
  console.log(`${'measure'.padEnd(24)}${'n'.padStart(5)}${'accuracy'.padStart(10)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(7)}  bar`);
  for (const [name, key] of MEASURES) {
    if (!measured(report, key)) continue;
    const value = measureOf(report, key);
    const v = report[key];
    const binary = typeof v === 'object' ? v : undefined;
    const n = binary ? binary.n : key === 'sentencesExact' ? report.counts.sentences : key === 'charactersExact' ? report.counts.characters : key === 'verdict' ? report.counts.verdict : key === 'redFlagsFoundOnFlagged' ? report.counts.flagged : report.counts.unflagged;
    const pass = value >= bar[key];
    ok &&= pass;
    console.log(
      `${name.padEnd(24)}${String(n).padStart(5)}${pct(value).padStart(10)}${(binary ? pct(binary.precision) : '').padStart(11)}${(binary ? pct(binary.recall) : '').padStart(9)}${(binary ? binary.f1.toFixed(2) : '').padStart(7)}  ${pass ? 'ok' : 'BELOW'} ${pct(bar[key])}`,
    );
  }
  const rules = Object.entries(report.redFlagRules).filter(([, r]) => r.tp + r.fp + r.fn > 0);
  if (rules.length > 0) {
    console.log('\nred-flag rules (precision / recall):');
    for (const [id, r] of rules) console.log(`  ${id.padEnd(16)} ${pct(r.precision).padStart(7)} ${pct(r.recall).padStart(7)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  }
  if (report.counts.verdict > 0) {
    console.log('\nverdict confusion (rows: label, columns: analyzer):');
    const order = ['strong', 'needs-work', 'weak'] as const;
    console.log(`  ${''.padEnd(12)}${order.map((v) => v.padStart(12)).join('')}`);
    for (const e of order) console.log(`  ${e.padEnd(12)}${order.map((a) => String(report.confusion[e][a]).padStart(12)).join('')}`);
  }
  if (!quiet) {
    console.log(`\nmisses (${report.misses.length}):`);
    for (const m of report.misses) {
      console.log(`  ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)} — ${JSON.stringify(m.note.slice(0, 100))}`);
    }
  }
  return ok;
}

for (const file of sets) {
  let report: EvalReport;
  try {
    report = evaluate(parseLabeledLines(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`eval: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  allOk = printSet(file, report) && allOk;
}
process.exit(allOk ? 0 : 1);
