/**
 * `npm run --silent analyze -- [--rewrite] [FILE]`: reads JSON lines (one request each; a line that
 * is not JSON is a bare note) from FILE or stdin and writes one JSON response per line, in order.
 * A bad line gets `{"error": …}` on its line and the rest go on.
 * `--parse-profile [FILE|-]` reads the whole input as one pasted profile and prints its fields as JSON.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeLine, parseProfileInput } from '../lib/cli';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('-') && a !== '--rewrite' && a !== '--parse-profile' && a !== '-');
if (args.includes('--help') || unknown.length > 0) {
  const out = unknown.length > 0 && !args.includes('--help') ? process.stderr : process.stdout;
  out.write('usage: npm run --silent analyze -- [--rewrite] [FILE|-]\n  Reads JSON lines ({"note": …}) or plain-text notes; writes one JSON analysis per line.\n');
  out.write('       npm run --silent analyze -- --parse-profile [FILE|-]\n  Reads one pasted LinkedIn profile (page copy or PDF text); writes its fields as JSON.\n');
  process.exit(unknown.length > 0 && !args.includes('--help') ? 2 : 0);
}
const withRewrite = args.includes('--rewrite');
// `-` (or no FILE) reads standard input, as Unix tools do.
const file = args.find((a) => !a.startsWith('-'));

const input = file ? createReadStream(file, 'utf8') : process.stdin;
if (args.includes('--parse-profile')) {
  // The whole input is one profile: read it all, then answer once.
  let text = '';
  input.setEncoding('utf8');
  input.on('data', (chunk: string | Buffer) => {
    text += String(chunk);
  });
  input.on('end', () => {
    const result = parseProfileInput(text);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    process.exitCode = 'error' in result ? 1 : 0;
  });
}
input.on('error', (error: Error) => {
  process.stderr.write(`analyze: cannot read ${file}: ${error.message}\n`);
  process.exit(2);
});
const lines = args.includes('--parse-profile') ? undefined : createInterface({ input, crlfDelay: Infinity });
// Every input line gets exactly one output line (a blank line is an empty note), so outputs pair with inputs.
lines?.on('line', (line) => {
  process.stdout.write(`${JSON.stringify(analyzeLine(line, { rewrite: withRewrite }))}\n`);
});
