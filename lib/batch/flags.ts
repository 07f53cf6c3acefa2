/**
 * What a batch row's analysis says in brief: the flags a recipient may decline the note for, and
 * the coach's one line on what to fix first. Types only, so the page (which re-analyzes an edited
 * row through the API) reads an analysis the same way the batch does.
 */
import type { Analysis } from '../schema';

/** The checks whose message is the advice on a note that is not strong, most urgent first. */
const ADVICE_ORDER = ['red-flags', 'length', 'intent', 'shared-ground', 'specific-praise'] as const;

/** What a recipient may decline the note for: the evidence of every check that did not pass. */
export function flagsOf(analysis: Analysis): string[] {
  const flags = new Set<string>();
  for (const check of analysis.checks) if (check.status !== 'pass') for (const f of check.findings) flags.add(f.ruleId);
  return [...flags];
}

/** The coach's line on what to fix first, for a note that is not strong. */
export function adviceOf(analysis: Analysis): string | undefined {
  if (analysis.verdict === 'strong') return undefined;
  for (const id of ADVICE_ORDER) {
    const check = analysis.checks.find((c) => c.id === id && c.status !== 'pass');
    if (check) return check.message;
  }
  return undefined;
}
