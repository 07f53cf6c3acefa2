/**
 * The status of a check, shown by icon shape and words as well as colour (WCAG 1.4.1): a tick
 * in a circle, an exclamation in a triangle, a cross in a circle.
 */
import type { Status } from '@/lib/schema';

/** Words for each status, as shown on cards and read by screen readers. */
export const STATUS_LABEL: Record<Status, string> = { pass: 'Pass', warn: 'Needs work', fail: 'Fail' };

/** Text colour per status, AA on the page background in light and dark. */
export const STATUS_TEXT: Record<Status, string> = {
  pass: 'text-emerald-800 dark:text-emerald-300',
  warn: 'text-amber-800 dark:text-amber-300',
  fail: 'text-red-700 dark:text-red-300',
};

/** A small status icon; decorative, because the status word always accompanies it. */
export function StatusIcon({ status, className = 'size-5' }: { status: Status; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={`${className} shrink-0 ${STATUS_TEXT[status]}`}>
      {status === 'pass' && (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M5.8 10.4l2.7 2.7 5.7-6" fill="none" className="stroke-white dark:stroke-slate-950" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {status === 'warn' && (
        <>
          <path d="M10 1.8l8.6 15.4H1.4z" fill="currentColor" strokeLinejoin="round" />
          <path d="M10 7.2v4.6" className="stroke-white dark:stroke-slate-950" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="14.6" r="1.1" className="fill-white dark:fill-slate-950" />
        </>
      )}
      {status === 'fail' && (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M6.6 6.6l6.8 6.8M13.4 6.6l-6.8 6.8" className="stroke-white dark:stroke-slate-950" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
