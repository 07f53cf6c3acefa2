/**
 * `npm run --silent analyze -- [--rewrite | --proofread] [FILE]`: reads JSON lines (one request
 * each; a line that is not JSON is a bare note) from FILE or stdin and writes one JSON response per
 * line, in order. A bad line gets `{"error": …}` on its line and the rest go on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeLine, proofreadLine } from '../lib/cli';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('-') && a !== '--rewrite' && a !== '--proofread' && a !== '-');
// --rewrite and --proofread answer different questions; one run gives one kind of line.
if (args.includes('--rewrite') && args.includes('--proofread')) unknown.push('--rewrite with --proofread');
if (args.includes('--help') || unknown.length > 0) {
  const out = unknown.length > 0 && !args.includes('--help') ? process.stderr : process.stdout;
  out.write(
    'usage: npm run --silent analyze -- [--rewrite | --proofread] [FILE|-]\n  Reads JSON lines ({"note": …}) or plain-text notes; writes one JSON analysis per line\n  (with --proofread: the spelling and grammar findings, {"findings": […]}).\n',
  );
  process.exit(unknown.length > 0 && !args.includes('--help') ? 2 : 0);
}
const withRewrite = args.includes('--rewrite');
const withProofread = args.includes('--proofread');
// `-` (or no FILE) reads standard input, as Unix tools do.
const file = args.find((a) => !a.startsWith('-'));

const input = file ? createReadStream(file, 'utf8') : process.stdin;
input.on('error', (error: Error) => {
  process.stderr.write(`analyze: cannot read ${file}: ${error.message}\n`);
  process.exit(2);
});
const lines = createInterface({ input, crlfDelay: Infinity });
// Every input line gets exactly one output line (a blank line is an empty note), so outputs pair with inputs.
// Proofreading is asynchronous: lines are chained so answers keep the input's order.
let queue = Promise.resolve();
lines.on('line', (line) => {
  if (!withProofread) {
    process.stdout.write(`${JSON.stringify(analyzeLine(line, { rewrite: withRewrite }))}\n`);
    return;
  }
  queue = queue.then(async () => {
    process.stdout.write(`${JSON.stringify(await proofreadLine(line))}\n`);
  });
});
