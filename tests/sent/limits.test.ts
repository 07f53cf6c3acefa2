import { describe, expect, test } from 'vitest';
import { entryFor, type SentEntry } from '@/lib/sent/entry';
import {
  DEFAULT_WEEKLY_CAP,
  invitationsLastWeek,
  limitStatus,
  monthKey,
  notesThisMonth,
  parseWeeklyCap,
  staleEntries,
} from '@/lib/sent/limits';
import { limitWarnings } from '@/lib/sent/warnings';

const at = (iso: string) => Date.parse(iso);
const sent = (iso: string, text = 'Hi Ana, loved your talk on caching.', status: SentEntry['status'] = 'pending'): SentEntry => ({
  ...entryFor({ text, plan: 'free' }, at(iso), `id-${iso}`),
  status,
});

describe('monthKey: the calendar month where the user is', () => {
  test.each([
    // 23:30 UTC on 30 November is still November in New York but already December in Auckland.
    ['2026-11-30T23:30:00Z', 'America/New_York', '2026-11'],
    ['2026-11-30T23:30:00Z', 'Pacific/Auckland', '2026-12'],
    ['2026-11-30T23:30:00Z', 'UTC', '2026-11'],
    // 04:00 UTC on 1 January is New Year's Eve in Los Angeles, New Year's Day in Kolkata.
    ['2027-01-01T04:00:00Z', 'America/Los_Angeles', '2026-12'],
    ['2027-01-01T04:00:00Z', 'Asia/Kolkata', '2027-01'],
    // Leap day, and the last minute of February elsewhere.
    ['2028-02-29T23:59:00Z', 'UTC', '2028-02'],
    ['2028-02-29T23:59:00Z', 'Asia/Tokyo', '2028-03'],
  ])('%s in %s is %s', (iso, zone, month) => {
    expect(monthKey(at(iso), zone)).toBe(month);
  });
});

describe('notes this month (Free plan: about 5)', () => {
  const log = [sent('2026-11-30T23:30:00Z'), sent('2026-12-01T08:00:00Z'), sent('2026-10-31T12:00:00Z'), sent('2026-12-01T09:00:00Z', '')];

  test('a note copied late on 30 November counts in November in New York, December in Auckland', () => {
    const now = at('2026-12-01T10:00:00Z');
    // New York: 05:00 on 1 Dec; only the 08:00 UTC note is December's (the empty one carried no note).
    expect(notesThisMonth(log, now, 'America/New_York')).toBe(1);
    // Auckland: 23:00 on 1 Dec; the 30 Nov 23:30 UTC note was copied on 1 Dec there.
    expect(notesThisMonth(log, now, 'Pacific/Auckland')).toBe(2);
  });

  test('the count starts again on the 1st, in the user’s zone', () => {
    const lastOfNovember = at('2026-12-01T04:59:00Z'); // 23:59 on 30 Nov in New York
    expect(notesThisMonth([sent('2026-11-02T12:00:00Z')], lastOfNovember, 'America/New_York')).toBe(1);
    expect(notesThisMonth([sent('2026-11-02T12:00:00Z')], at('2026-12-01T05:00:00Z'), 'America/New_York')).toBe(0);
  });

  test('across the year end', () => {
    const log2 = [sent('2026-12-31T22:00:00Z'), sent('2027-01-01T01:00:00Z')];
    expect(notesThisMonth(log2, at('2027-01-01T02:00:00Z'), 'UTC')).toBe(1);
    expect(notesThisMonth(log2, at('2027-01-01T02:00:00Z'), 'America/New_York')).toBe(2); // both on 31 Dec there
  });
});

describe('invitations in the last 7 days (a rolling window)', () => {
  const now = at('2026-12-03T12:00:00Z');
  test.each([
    ['2026-12-03T11:59:00Z', true],
    ['2026-11-26T12:00:01Z', true], // 6 days 23:59:59 ago, across the month end
    ['2026-11-26T12:00:00Z', false], // exactly 7 days ago: out
    ['2026-11-20T12:00:00Z', false],
    ['2026-12-04T00:00:00Z', false], // in the future (a clock that moved)
  ])('sent %s → counted: %s', (iso, counted) => {
    expect(invitationsLastWeek([sent(iso)], now)).toBe(counted ? 1 : 0);
  });

  test('is 7 × 24 hours across a daylight-saving change, in any zone', () => {
    // US clocks fell back on 1 Nov 2026; 168 hours before 5 Nov 12:00 UTC is 29 Oct 12:00 UTC.
    const log = [sent('2026-10-29T12:00:01Z'), sent('2026-10-29T11:59:59Z')];
    expect(invitationsLastWeek(log, at('2026-11-05T12:00:00Z'))).toBe(1);
  });

  test('every status counts (a withdrawn invitation was still sent)', () => {
    const log = [sent('2026-12-02T00:00:00Z', 'x', 'withdrawn'), sent('2026-12-02T01:00:00Z', '', 'accepted')];
    expect(invitationsLastWeek(log, now)).toBe(2);
  });
});

describe('limit warnings before a copy', () => {
  const now = at('2026-12-20T12:00:00Z');
  const five = Array.from({ length: 5 }, (_, i) => sent(`2026-12-0${i + 1}T12:00:00Z`));

  test('the 6th note of the month on Free warns; the 5th does not; Premium never does', () => {
    expect(limitWarnings(limitStatus(five.slice(0, 4), now, 'free', DEFAULT_WEEKLY_CAP, 'UTC'))).toEqual([]);
    const [warning] = limitWarnings(limitStatus(five, now, 'free', DEFAULT_WEEKLY_CAP, 'UTC'));
    expect(warning).toMatch(/^This would be note 6 this month\. LinkedIn's Free plan attaches a note to about 5/);
    expect(limitWarnings(limitStatus(five, now, 'premium', DEFAULT_WEEKLY_CAP, 'UTC'))).toEqual([]);
    expect(limitStatus(five, now, 'premium', DEFAULT_WEEKLY_CAP).month).toBeNull();
  });

  test('reaching the weekly cap warns, with the user’s own cap', () => {
    const week = Array.from({ length: 3 }, (_, i) => sent(`2026-12-1${5 + i}T12:00:00Z`));
    expect(limitWarnings(limitStatus(week, now, 'premium', 4))).toEqual([]);
    const warnings = limitWarnings(limitStatus(week, now, 'premium', 3));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('You have sent 3 invitations in the last 7 days, at your weekly cap of 3.');
  });
});

describe('stale invitations', () => {
  test('pending for more than 3 weeks, oldest first; answered ones are not listed', () => {
    const now = at('2026-12-22T12:00:00Z');
    const log = [
      sent('2026-12-01T12:00:00Z'), // exactly 21 days: not yet
      sent('2026-11-30T12:00:00Z'),
      sent('2026-11-01T12:00:00Z'),
      sent('2026-10-01T12:00:00Z', 'x', 'accepted'),
      sent('2026-10-02T12:00:00Z', 'x', 'withdrawn'),
    ];
    expect(staleEntries(log, now).map((e) => e.sentAt)).toEqual([at('2026-11-01T12:00:00Z'), at('2026-11-30T12:00:00Z')]);
  });
});

test.each([
  ['100', 100],
  [' 25 ', 25],
  ['1000', 1000],
  ['0', null],
  ['1001', null],
  ['12.5', null],
  ['-3', null],
  ['', null],
  ['lots', null],
])('parseWeeklyCap(%j) is %s', (input, cap) => {
  expect(parseWeeklyCap(input)).toBe(cap);
});
