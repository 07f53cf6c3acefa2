/**
 * `npm run --silent analyze -- [--rewrite] [FILE]`: reads JSON lines (one request each; a line that
 * is not JSON is a bare note) from FILE or stdin and writes one JSON response per line, in order.
 * A bad line gets `{"error": …}` on its line and the rest go on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeLine, triageLine } from '../lib/cli';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('-') && a !== '--rewrite' && a !== '--triage' && a !== '-');
if (args.includes('--help') || unknown.length > 0) {
  const out = unknown.length > 0 && !args.includes('--help') ? process.stderr : process.stdout;
  out.write(
    'usage: npm run --silent analyze -- [--rewrite] [FILE|-]\n  Reads JSON lines ({"note": …}) or plain-text notes; writes one JSON analysis per line.\n' +
      '       npm run --silent analyze -- --triage [FILE|-]\n  Reads one triage request per line ({"invitations": […], "me"?, "criteria"?}); writes one triage response per line.\n',
  );
  process.exit(unknown.length > 0 && !args.includes('--help') ? 2 : 0);
}
const withRewrite = args.includes('--rewrite');
const triageMode = args.includes('--triage');
// `-` (or no FILE) reads standard input, as Unix tools do.
const file = args.find((a) => !a.startsWith('-'));

const input = file ? createReadStream(file, 'utf8') : process.stdin;
input.on('error', (error: Error) => {
  process.stderr.write(`analyze: cannot read ${file}: ${error.message}\n`);
  process.exit(2);
});
const lines = createInterface({ input, crlfDelay: Infinity });
// Every input line gets exactly one output line (a blank line is an empty note), so outputs pair with inputs.
lines.on('line', (line) => {
  process.stdout.write(`${JSON.stringify(triageMode ? triageLine(line) : analyzeLine(line, { rewrite: withRewrite }))}\n`);
});
