/**
 * `--batch` of the CLI: a CSV of recipients in, one note per row out (CSV, or JSON lines with
 * `--json`), through the worker pool. Kept apart from the script so it can be tested without a process.
 */
import type { BatchRequest, BatchResponse, BatchResult, Plan, RuleConfig, Sender } from '../schema';
import { senderSchema } from '../schema';
import { parseJsonFile } from '../cli';
import { TEMPLATES, templateById } from '../templates';
import { readCsv } from './csv';
import { batchToCsv, RESULT_COLUMNS } from './export';
import { guessMapping } from './fields';
import { joinResults, rowsToRun } from './table';
import { readTemplate } from './template';

/** How `--template VALUE` is read: a scenario id, else a file holding the template's text. */
export function templateArgument(value: string, readFile: (path: string) => string): { ok: true; template: string } | { ok: false; error: string } {
  if (templateById(value)) return { ok: true, template: value };
  let text: string;
  try {
    text = readFile(value);
  } catch {
    return { ok: false, error: `--template ${value}: no such file, and no such scenario (scenarios: ${TEMPLATES.map((t) => t.id).join(', ')})` };
  }
  const template = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r?\n$/u, '');
  const read = readTemplate(template);
  return read.ok ? { ok: true, template } : { ok: false, error: `--template ${value}: ${read.error}` };
}

/** Reads `--sender FILE`'s JSON (the sender's details). Throws a readable message. */
export function parseSender(text: string): Sender {
  return parseJsonFile(text, senderSchema, 'sender', 'the sender file is not JSON: it must be {"name"?, "company"?, "schools"?, "goal"?, …}');
}

/** The options of one run. */
export interface BatchRun {
  template: string;
  sender?: Sender;
  plan?: Plan;
  config?: RuleConfig;
  json?: boolean;
  /** Runs the batch (the worker pool in the CLI). */
  run: (request: BatchRequest) => Promise<BatchResponse>;
}

/** The whole output of a run, or why the file cannot be read (then nothing is written). */
export async function batchCsv(text: string, options: BatchRun): Promise<{ ok: true; output: string } | { ok: false; error: string }> {
  const read = readCsv(text);
  if (!read.ok) return read;
  const { rows, at } = rowsToRun(read.records, guessMapping(read.headers));
  const response = rows.length > 0 ? await options.run({ rows, template: options.template, sender: options.sender, plan: options.plan, config: options.config }) : { results: [] };
  const results = joinResults(read.records, at, response.results);
  if (!options.json) return { ok: true, output: batchToCsv(read.headers, read.records.map((r, i) => ({ cells: r.cells, result: results[i] as BatchResult }))) };
  const lines = read.records.map((record, i) => {
    const result = results[i];
    const out: Record<string, unknown> = { input: record.cells };
    for (const column of RESULT_COLUMNS) if (result && result[column] !== undefined) out[column] = result[column];
    if (result?.advice) out.advice = result.advice;
    return JSON.stringify(out);
  });
  return { ok: true, output: lines.length > 0 ? `${lines.join('\n')}\n` : '' };
}
