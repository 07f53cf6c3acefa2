/**
 * Dates as the page shows them, in the browser's language and time zone. The formats are made on
 * first use, not at module load: the first Intl.DateTimeFormat of a page loads the locale's
 * calendar data (≈ 100 ms under Lighthouse's 4× CPU throttle), which blocked hydration when made
 * eagerly even with nothing to show.
 */
let day: Intl.DateTimeFormat | undefined;
let dayTime: Intl.DateTimeFormat | undefined;

/** "1 Dec 2026". */
export function formatDay(at: number): string {
  day ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return day.format(at);
}

/** "1 Dec 2026, 09:30". */
export function formatDayTime(at: number): string {
  dayTime ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return dayTime.format(at);
}
