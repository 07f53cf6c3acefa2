/**
 * Small, pure text helpers for the page: counting against the plan's limit, cutting where
 * LinkedIn would, and spotting unfilled placeholders. Browser-safe (no zod, no analyzer).
 */
import { placeholderSpans } from '../placeholders';

/** How close a note is to its plan's limit, for the counter's wording and colour. */
export type LimitState = 'ok' | 'near' | 'over';

/** The share of the limit after which the counter starts warning (270 of 300, 180 of 200). */
const NEAR_RATIO = 0.9;

/** Classifies a length against a limit: 'near' from 90 % of it, 'over' past it. */
export function limitState(length: number, limit: number): LimitState {
  if (length > limit) return 'over';
  if (length >= Math.ceil(limit * NEAR_RATIO)) return 'near';
  return 'ok';
}

/**
 * Splits a note where LinkedIn's box stops accepting text. Lengths are UTF-16 code units, as a
 * textarea counts them; a cut never splits a surrogate pair (the browser would not insert half an
 * emoji either), so `sent` may be one unit shorter than the limit.
 */
export function cutAtLimit(note: string, limit: number): { sent: string; cut: string } {
  if (note.length <= limit) return { sent: note, cut: '' };
  let end = Math.max(0, limit);
  const last = note.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { sent: note.slice(0, end), cut: note.slice(end) };
}

/**
 * Returns the placeholders left in a note (`[Name]`, `{company}`, `<first name>` …), in order,
 * without duplicates — found by the same scanner the analyzer uses.
 */
export function findPlaceholders(note: string): string[] {
  return [...new Set(placeholderSpans(note).map((s) => note.slice(s.start, s.end)))];
}

/** Cuts a text into plain runs and the given placeholders (matched literally), so they can be marked. */
export function splitPlaceholders(text: string, placeholders: readonly string[]): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let from = 0;
  // A plain scan rather than a RegExp built from data: nothing to escape, nothing to backtrack.
  while (from < text.length) {
    let at = -1;
    let found = '';
    for (const p of placeholders) {
      const i = p === '' ? -1 : text.indexOf(p, from);
      if (i !== -1 && (at === -1 || i < at || (i === at && p.length > found.length))) {
        at = i;
        found = p;
      }
    }
    if (at === -1) break;
    if (at > from) parts.push({ text: text.slice(from, at), placeholder: false });
    parts.push({ text: found, placeholder: true });
    from = at + found.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), placeholder: false });
  return parts;
}
