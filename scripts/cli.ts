/**
 * `npm run --silent analyze -- [--rewrite] [--config FILE] [FILE]`: reads JSON lines (one request
 * each; a line that is not JSON is a bare note) from FILE or stdin and writes one JSON response per
 * line, in order. A bad line gets `{"error": …}` on its line and the rest go on. `--config` applies
 * the user's rules (SPEC "Your own rules") to every line; a line's own `config` adds to it.
 * `--parse-profile [FILE|-]` reads the whole input as one pasted profile and prints its fields as JSON.
 * `--triage [FILE|-]` reads one triage request per line and writes one triage response per line.
 * `--proofread [FILE|-]` writes each line's spelling and grammar findings instead of its analysis.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeLine, parseConfig, parseProfileInput, proofreadLine, rewriteLine, triageLine } from '../lib/cli';
import type { RuleConfig } from '../lib/schema';

const USAGE =
  'usage: npm run --silent analyze -- [--rewrite | --proofread] [--config FILE] [FILE|-]\n' +
  '  Reads JSON lines ({"note": …}) or plain-text notes; writes one JSON analysis per line\n' +
  '  (with --proofread: the spelling and grammar findings, {"findings": […]}).\n' +
  '  --config FILE  your rules for every line: {"rules": {"emoji": "off"}, "phrases": {…}, "allow": […]}\n' +
  '       npm run --silent analyze -- --parse-profile [FILE|-]\n' +
  '  Reads one pasted LinkedIn profile (page copy or PDF text); writes its fields as JSON.\n' +
  '       npm run --silent analyze -- --triage [FILE|-]\n' +
  '  Reads one triage request per line ({"invitations": […], "me"?, "criteria"?}); writes one triage response per line.\n';
const FLAGS = new Set(['--rewrite', '--proofread', '--help', '--parse-profile', '--triage']);
const VALUE_FLAGS = new Set(['--config']);

const args = process.argv.slice(2);
const values = new Map<string, string>();
const positional: string[] = [];
const unknown: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (VALUE_FLAGS.has(a)) {
    const v = args[i + 1];
    if (v === undefined) unknown.push(`${a} needs a value`);
    else values.set(a, v);
    i++;
  } else if (a === '-' || !a.startsWith('-')) positional.push(a);
  else if (!FLAGS.has(a)) unknown.push(a);
}
// --rewrite and --proofread answer different questions; one run gives one kind of line.
if (args.includes('--rewrite') && args.includes('--proofread')) unknown.push('--rewrite with --proofread');
if (args.includes('--help') || unknown.length > 0) {
  const out = args.includes('--help') ? process.stdout : process.stderr;
  if (unknown.length > 0 && !args.includes('--help')) out.write(`analyze: ${unknown.join(', ')}\n`);
  out.write(USAGE);
  process.exit(args.includes('--help') ? 0 : 2);
}
const withRewrite = args.includes('--rewrite');
const withProofread = args.includes('--proofread');
let config: RuleConfig | undefined;
const configFile = values.get('--config');
if (configFile !== undefined) {
  try {
    config = parseConfig(readFileSync(configFile, 'utf8'));
  } catch (error) {
    process.stderr.write(`analyze: --config ${configFile}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
// `-` (or no FILE) reads standard input, as Unix tools do.
const file = positional.find((a) => a !== '-');

const input = file ? createReadStream(file, 'utf8') : process.stdin;
input.on('error', (error: Error) => {
  process.stderr.write(`analyze: cannot read ${file}: ${error.message}\n`);
  process.exit(2);
});
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
} else {
  const lines = createInterface({ input, crlfDelay: Infinity });
  // Every input line gets exactly one output line (a blank line is an empty note), so outputs pair with inputs.
  // Proofreading (and the rewrite, which proofreads) is asynchronous: lines are chained so answers keep the input's order.
  let queue = Promise.resolve();
  lines.on('line', (line) => {
    if (withProofread || withRewrite) {
      queue = queue.then(async () => {
        process.stdout.write(`${JSON.stringify(withRewrite ? await rewriteLine(line, { config }) : await proofreadLine(line, { config }))}\n`);
      });
      return;
    }
    const result = args.includes('--triage') ? triageLine(line) : analyzeLine(line, { config });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  });
}
