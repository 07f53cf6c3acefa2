/**
 * The Finding type and the one place spans are made: every finding's `actual` is the note's own
 * text at its span, so the page can highlight it and the CLI can quote it.
 */
import type { Finding } from '../schema';

export type { Finding };

/** Builds a finding for `note[start, end)`, clamping the span into the note. */
export function makeFinding(
  note: string,
  ruleId: string,
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
