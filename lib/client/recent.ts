/**
 * The "Recent notes" list kept on this device: the last notes the user copied, newest first.
 */

/** How many copied notes are kept. */
export const RECENT_LIMIT = 10;

/** One copied note. */
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

/** Adds a copied note on top; copying the same text again moves it up instead of repeating it. */
export function addRecent(list: readonly RecentNote[], text: string, copiedAt: number): RecentNote[] {
  return [{ text, copiedAt }, ...list.filter((n) => n.text !== text)].slice(0, RECENT_LIMIT);
}
