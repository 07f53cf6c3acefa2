/**
 * The old "Recent notes" list (the last 10 notes copied, text and time only). The sent-notes log
 * replaced it; this guard reads what an older version of the page stored, once, to move it into
 * the log (lib/client/use-sent-log.ts).
 */

/** One copied note, as the old list kept it. */
export interface RecentNote {
  text: string;
  /** Milliseconds since the epoch. */
  copiedAt: number;
}

/** Guard for the stored list. */
export function isRecentList(value: unknown): value is RecentNote[] {
  return (
    Array.isArray(value) &&
    value.every(
      (n) => typeof n === 'object' && n !== null && typeof (n as RecentNote).text === 'string' && Number.isFinite((n as RecentNote).copiedAt),
    )
  );
}
