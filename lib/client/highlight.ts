/**
 * Turns the analysis' findings into highlight segments of the note, and keeps them in place
 * while the user types on (until fresh feedback arrives) by shifting them past the edit.
 */
import type { CheckId, Finding, Status } from '@/lib/schema';

/** Proofreading's marks carry this in place of a check id: they have their own look. */
export const PROOFREAD_MARK = 'proofread' as const;

/** A finding with the check it belongs to and that check's status (for the highlight's tone). */
/** An analyzer finding, or a proofreading slip (whose rule ids are the proofreader's own). */
export type MarkFinding = Omit<Finding, 'ruleId'> & { ruleId: string };

export interface Mark {
  checkId: CheckId | typeof PROOFREAD_MARK;
  status: Status;
  finding: MarkFinding;
  /** Stable key: check, rule and position. */
  key: string;
}

/** A run of the note: plain text, or text covered by one or more marks. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

const SEVERITY: Record<Status, number> = { pass: 0, warn: 1, fail: 2 };

/** The most serious status among marks (fail over warn over pass). */
export function worstStatus(marks: readonly Mark[]): Status {
  let worst: Status = 'pass';
  for (const m of marks) if (SEVERITY[m.status] > SEVERITY[worst]) worst = m.status;
  return worst;
}

/** Stable key for a finding within its check. */
export function markKey(checkId: string, finding: MarkFinding): string {
  return `${checkId}:${finding.ruleId}:${finding.span.start}-${finding.span.end}`;
}

/**
 * Cuts the note into segments at every mark boundary. Marks may overlap (a boilerplate phrase
 * that is also the only intent); each segment lists every mark covering it. Spans outside the
 * note or empty are ignored, so odd input can never break rendering.
 */
export function segmentNote(note: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.finding.span.start < m.finding.span.end && m.finding.span.end <= note.length && m.finding.span.start >= 0);
  const cuts = new Set<number>([0, note.length]);
  for (const m of valid) {
    cuts.add(m.finding.span.start);
    cuts.add(m.finding.span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const covering = valid.filter((m) => m.finding.span.start <= start && m.finding.span.end >= end);
    const previous = segments.at(-1);
    // Merge neighbouring plain runs so the overlay stays a handful of nodes.
    if (previous && previous.marks.length === 0 && covering.length === 0) {
      previous.end = end;
      previous.text = note.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: note.slice(start, end), marks: covering });
  }
  return segments;
}

/** The marks whose span holds a caret at `offset` (a caret at either edge counts as inside). */
export function marksAt(marks: readonly Mark[], offset: number): Mark[] {
  return marks.filter((m) => m.finding.span.start <= offset && offset <= m.finding.span.end && m.finding.span.start < m.finding.span.end);
}

/**
 * Moves marks computed for `before` onto `after`, the text after an edit: marks wholly before the
 * changed region stay, marks wholly after it shift by the change in length, and marks the edit
 * touched are dropped (fresh feedback will place them again). The changed region is found from
 * the common prefix and suffix, which is exact for a single insertion, deletion or paste.
 */
export function rebaseMarks(before: string, after: string, marks: readonly Mark[]): Mark[] {
  if (before === after) return [...marks];
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length);
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const maxSuffix = maxPrefix - prefix;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: Mark[] = [];
  for (const m of marks) {
    const { start, end } = m.finding.span;
    if (end <= prefix) out.push(m);
    else if (start >= changedEnd) {
      const span = { start: start + delta, end: end + delta };
      out.push({ ...m, finding: { ...m.finding, span }, key: markKey(m.checkId, { ...m.finding, span }) });
    }
  }
  return out;
}
