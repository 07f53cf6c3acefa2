/**
 * The coach's keyboard shortcuts: what they are (for `aria-keyshortcuts` and the hint line) and
 * where Alt+↓/↑ goes next among the findings.
 */
import type { Mark } from './highlight';

export const SHORTCUTS = {
  /** Declared on the note field, where they work (they work anywhere in the coach). */
  aria: 'Control+Enter Meta+Enter Alt+ArrowDown Alt+ArrowUp',
} as const;

/**
 * The finding after (direction 1) or before (-1) the caret at `from`, wrapping around; problems
 * only (marks of checks that did not pass), or every mark when nothing is wrong. `from` -1 starts
 * before the note. One stop per span, in note order.
 */
export function nextFinding(marks: readonly Mark[], from: number, direction: 1 | -1): Mark | null {
  const problems = marks.filter((m) => m.status !== 'pass');
  const pool = (problems.length > 0 ? problems : [...marks]).filter((m) => m.finding.span.start < m.finding.span.end);
  const seen = new Set<number>();
  const stops = pool
    .sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end)
    .filter((m) => (seen.has(m.finding.span.start) ? false : (seen.add(m.finding.span.start), true)));
  if (stops.length === 0) return null;
  if (direction === 1) return stops.find((m) => m.finding.span.start > from) ?? stops[0]!;
  const before = stops.filter((m) => m.finding.span.start < (from < 0 ? Number.POSITIVE_INFINITY : from));
  return before.at(-1) ?? stops.at(-1)!;
}
