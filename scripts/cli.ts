/**
 * `npm run --silent analyze -- [--rewrite] [--config FILE] [FILE]`: reads JSON lines (one request
 * each; a line that is not JSON is a bare note) from FILE or stdin and writes one JSON response per
 * line, in order. A bad line gets `{"error": …}` on its line and the rest go on. `--config` applies
 * the user's rules (SPEC "Your own rules") to every line; a line's own `config` adds to it.
 * `--parse-profile [FILE|-]` reads the whole input as one pasted profile and prints its fields as JSON.
 * `--triage [FILE|-]` reads one triage request per line and writes one triage response per line.
 * `--proofread [FILE|-]` writes each line's spelling and grammar findings instead of its analysis.
 * `--batch --template FILE|SCENARIO [--sender FILE] [--plan free|premium] [--json] [CSV|-]` reads a
 * CSV of recipients and writes one note per row (CSV: the input columns, then note, score, verdict,
 * flags, missing, error; `--json`: one JSON line per row), written in the worker pool.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { batchCsv, parseSender, templateArgument } from '../lib/batch/cli';
import { type BatchPool, createBatchPool, PART_ROWS, poolSize } from '../lib/batch/pool';
import { analyzeLine, parseConfig, parseProfileInput, proofreadLine, rewriteLine, triageLine } from '../lib/cli';
import type { BatchRequest, Plan, RuleConfig, Sender } from '../lib/schema';

const USAGE =
  'usage: npm run --silent analyze -- [--rewrite | --proofread] [--config FILE] [FILE|-]\n' +
  '  Reads JSON lines ({"note": …}) or plain-text notes; writes one JSON analysis per line\n' +
  '  (with --proofread: the spelling and grammar findings, {"findings": […]}).\n' +
  '  --config FILE  your rules for every line: {"rules": {"emoji": "off"}, "phrases": {…}, "allow": […]}\n' +
  '       npm run --silent analyze -- --parse-profile [FILE|-]\n' +
  '  Reads one pasted LinkedIn profile (page copy or PDF text); writes its fields as JSON.\n' +
  '       npm run --silent analyze -- --triage [FILE|-]\n' +
  '  Reads one triage request per line ({"invitations": […], "me"?, "criteria"?}); writes one triage response per line.\n' +
  '       npm run --silent analyze -- --batch --template FILE|SCENARIO [--sender FILE] [--plan free|premium] [--json] [CSV|-]\n' +
  '  Reads a CSV of recipients (header row: name, headline, company, industry, schools, recentWork,\n' +
  '  mutualConnections, any other column as a {slot}); writes one note per row as CSV (the input\n' +
  '  columns, then note, score, verdict, flags, missing, error), or JSON lines with --json.\n' +
  '  SCENARIO: alumni, reader, same-industry, event, mutual-connection, former-colleague, job-seeker, recruiter.\n';
const FLAGS = new Set(['--rewrite', '--proofread', '--help', '--parse-profile', '--triage', '--batch', '--json']);
const VALUE_FLAGS = new Set(['--config', '--template', '--sender', '--plan']);

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
const batchMode = args.includes('--batch');
if (batchMode && !values.has('--template')) unknown.push('--batch needs --template FILE|SCENARIO');
if (!batchMode && ['--template', '--sender', '--plan', '--json'].some((f) => args.includes(f))) unknown.push('--template, --sender, --plan and --json go with --batch');
const planValue = values.get('--plan');
if (planValue !== undefined && planValue !== 'free' && planValue !== 'premium') unknown.push('--plan must be free or premium');
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
/** Reads a file given to a flag, or exits 2 saying why it cannot be used. */
function flagFile<T>(flag: string, read: (text: string) => T): T | undefined {
  const path = values.get(flag);
  if (path === undefined) return undefined;
  try {
    return read(readFileSync(path, 'utf8'));
  } catch (error) {
    process.stderr.write(`analyze: ${flag} ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

if (batchMode) {
  const template = templateArgument(values.get('--template') ?? '', (path) => readFileSync(path, 'utf8'));
  if (!template.ok) {
    process.stderr.write(`analyze: ${template.error}\n`);
    process.exit(2);
  }
  const sender: Sender | undefined = flagFile('--sender', parseSender);
  // The whole file is one batch: read it all, write every row in the pool, then answer once.
  let text = '';
  input.setEncoding('utf8');
  input.on('data', (chunk: string | Buffer) => {
    text += String(chunk);
  });
  input.on('end', async () => {
    // No more threads than the file has parts for: each one starts by loading the analyzer.
    let pool: BatchPool | undefined;
    const run = (request: BatchRequest) => {
      pool = createBatchPool({ threads: Math.min(poolSize(), Math.ceil(request.rows.length / PART_ROWS)) });
      return pool.run(request);
    };
    try {
      const result = await batchCsv(text, { template: template.template, sender, plan: planValue as Plan | undefined, config, json: args.includes('--json'), run });
      if (result.ok) process.stdout.write(result.output);
      else process.stderr.write(`analyze: ${result.error}\n`);
      process.exitCode = result.ok ? 0 : 1;
    } finally {
      await pool?.close();
    }
  });
} else if (args.includes('--parse-profile')) {
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
