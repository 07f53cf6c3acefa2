/**
 * What the coach says before a copy: a note already sent to someone else, and a copy that would
 * go past one of LinkedIn's limits. The page loads this module (and the same-note rule) once
 * there is a note to copy, not with the page.
 */
import type { SentEntry } from './entry';
import type { LimitStatus } from './limits';
import { findSameNotes, type SameNote } from './similar';

/** Warnings for one more copy: what it would take past a limit, in a coach's words. */
export function limitWarnings(status: LimitStatus): string[] {
  const warnings: string[] = [];
  if (status.month && status.month.used >= status.month.limit) {
    warnings.push(
      `This would be note ${status.month.used + 1} this month. LinkedIn's Free plan attaches a note to about ${status.month.limit} invitations a month, so it may send this one without your note. Send it next month, or upgrade.`,
    );
  }
  if (status.week.used >= status.week.limit) {
    warnings.push(
      `You have sent ${status.week.used} invitations in the last 7 days, at your weekly cap of ${status.week.limit}. Accounts that go past about 100 a week get restricted: wait a few days before sending more.`,
    );
  }
  return warnings;
}

/** The warning for a repeated note, naming who got it. */
export function sameNoteWarning(matches: readonly SameNote[], formatDate: (at: number) => string): string | null {
  const top = matches[0];
  if (!top) return null;
  const who = top.entry.recipient.name ?? 'someone';
  const how = top.sameness === 1 ? 'the same note' : 'nearly the same note';
  const more = matches.length > 1 ? ` (and ${matches.length - 1} more)` : '';
  return `You sent ${how} to ${who} on ${formatDate(top.entry.sentAt)}${more}. Identical notes read as automated: change a line so it is about this person.`;
}

/** Every warning for copying `text` to `recipientName` now, the repeated note first. */
export function copyWarnings(log: readonly SentEntry[], text: string, recipientName: string | undefined, status: LimitStatus, formatDate: (at: number) => string): string[] {
  const same = sameNoteWarning(findSameNotes(log, text, recipientName), formatDate);
  const limits = limitWarnings(status);
  return same ? [same, ...limits] : limits;
}
