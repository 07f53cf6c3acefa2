/**
 * LinkedIn's limits, counted from the log: notes attached this calendar month on the Free plan
 * (about 5) and invitations in the last 7 days (accounts past roughly 100 a week get restricted),
 * plus the invitations left pending so long that withdrawing them is the better move.
 */
import type { Plan } from '../contract';
import type { SentEntry } from './entry';

/** Notes a Free account can attach in a calendar month. */
export const FREE_MONTHLY_NOTES = 5;
/** The weekly invitation cap used until the user sets their own. */
export const DEFAULT_WEEKLY_CAP = 100;
/** Highest weekly cap the page accepts. */
export const WEEKLY_CAP_MAX = 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** The rolling window of the weekly cap. */
export const WEEK_MS = 7 * DAY_MS;
/** Pending longer than this: consider withdrawing (LinkedIn lets you re-invite after 3 weeks). */
export const STALE_MS = 21 * DAY_MS;

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-12" for the calendar month a moment falls in, in the given IANA time zone (the browser's
 * own when absent): a note copied at 23:30 on 30 November in New York is a November note there
 * even though it is already December in UTC.
 */
export function monthKey(at: number, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = monthFormats.get(key);
  if (!format) {
    // Made on first use: the first DateTimeFormat of a page loads calendar data.
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
    monthFormats.set(key, format);
  }
  const parts = format.formatToParts(at);
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  return `${year}-${month}`;
}

/** Notes copied in the calendar month of `now` (empty texts are invitations without a note). */
export function notesThisMonth(log: readonly SentEntry[], now: number, timeZone?: string): number {
  if (log.length === 0) return 0;
  const month = monthKey(now, timeZone);
  return log.filter((e) => e.text.trim() !== '' && e.sentAt <= now && monthKey(e.sentAt, timeZone) === month).length;
}

/** Invitations sent in the 7 days up to `now` (a rolling window: the same in every time zone). */
export function invitationsLastWeek(log: readonly SentEntry[], now: number): number {
  return log.filter((e) => e.sentAt > now - WEEK_MS && e.sentAt <= now).length;
}

/** Where the user stands against both limits. */
export interface LimitStatus {
  /** Notes this month, or null when the plan is Premium (no monthly note limit). */
  month: { used: number; limit: number } | null;
  week: { used: number; limit: number };
}

/** Counts both limits for the current plan. */
export function limitStatus(log: readonly SentEntry[], now: number, plan: Plan, weeklyCap: number, timeZone?: string): LimitStatus {
  return {
    month: plan === 'free' ? { used: notesThisMonth(log, now, timeZone), limit: FREE_MONTHLY_NOTES } : null,
    week: { used: invitationsLastWeek(log, now), limit: weeklyCap },
  };
}

/** Pending invitations older than 3 weeks, oldest first. */
export function staleEntries(log: readonly SentEntry[], now: number): SentEntry[] {
  return log.filter((e) => e.status === 'pending' && now - e.sentAt > STALE_MS).sort((a, b) => a.sentAt - b.sentAt);
}

/** Days since a moment, whole days down. */
export function daysSince(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}

/** A weekly cap from the user's input: a whole number from 1 to 1,000, else null. */
export function parseWeeklyCap(input: string): number | null {
  const t = input.trim();
  if (!/^\d{1,4}$/u.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= WEEKLY_CAP_MAX ? n : null;
}
