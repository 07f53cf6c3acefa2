/**
 * The Finding type and the one place spans are made: every finding's `actual` is the note's own
 * text at its span, so the page can highlight it and the CLI can quote it.
 */
import type { RuleId } from '../contract';
import type { Finding } from '../schema';
import { ruleMessage } from './rules';

export type { Finding };

/** Builds a finding for `note[start, end)`, clamping the span into the note. */
export function makeFinding(
  note: string,
  ruleId: RuleId,
  message: string,
  start: number,
  end: number,
  expected?: readonly string[],
): Finding {
  const s = Math.max(0, Math.min(start, note.length));
  const e = Math.max(s, Math.min(end, note.length));
  const finding: Finding = { ruleId, message, span: { start: s, end: e }, actual: note.slice(s, e) };
  if (expected && expected.length > 0) finding.expected = [...expected];
  return finding;
}

/** Orders findings by position, then by rule, so output is stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId),
  );
}

/**
 * A finding of `ruleId` on `note[start, end)` with the registry's message: the one way checks make
 * findings, so what the page, the API and the CLI say comes from the rule data. `vars` fill the
 * message's other `{name}` slots (a count, a school).
 */
export function ruleFinding(
  note: string,
  ruleId: RuleId,
  start: number,
  end: number,
  options: { expected?: readonly string[]; vars?: Readonly<Record<string, string | number>> } = {},
): Finding {
  const s = Math.max(0, Math.min(start, note.length));
  const e = Math.max(s, Math.min(end, note.length));
  return makeFinding(note, ruleId, ruleMessage(ruleId, note.slice(s, e), options.vars), s, e, options.expected);
}
