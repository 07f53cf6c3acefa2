/**
 * The score as a ring with the number in it, plus the verdict in words. The ring is drawn with
 * SVG attributes (not inline styles), which the page's CSP allows.
 */
import type { Verdict } from '@/lib/schema';

/** The verdict in the page's words. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  strong: 'Strong — ready to send',
  'needs-work': 'Needs work',
  weak: 'Weak — rework it',
};

/** The verdict in one or two words, for tight spots. */
export const VERDICT_SHORT: Record<Verdict, string> = { strong: 'Strong', 'needs-work': 'Needs work', weak: 'Weak' };

const RING_CLASS: Record<Verdict, string> = {
  strong: 'text-emerald-600 dark:text-emerald-400',
  'needs-work': 'text-amber-500 dark:text-amber-400',
  weak: 'text-red-600 dark:text-red-400',
};

const RADIUS = 26;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** Props of the badge. */
export interface ScoreBadgeProps {
  score: number;
  verdict: Verdict;
  size?: 'lg' | 'sm';
  /** Words shown instead of the verdict label ("Once filled: Strong"). */
  label?: string;
}

/** Score ring and verdict. The number is read as "Score 72 out of 100". */
export function ScoreBadge({ score, verdict, size = 'lg', label }: ScoreBadgeProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(score)));
  const ring = size === 'lg' ? 'size-20' : 'size-12';
  return (
    <div className="flex items-center gap-3">
      <div className={`relative ${ring} shrink-0`}>
        <svg viewBox="0 0 64 64" aria-hidden="true" className={`${ring} -rotate-90`}>
          <circle cx="32" cy="32" r={RADIUS} fill="none" strokeWidth="7" className="stroke-slate-200 dark:stroke-slate-700" />
          {clamped > 0 && (
          <circle
            cx="32"
            cy="32"
            r={RADIUS}
            fill="none"
            strokeWidth="7"
            strokeLinecap="round"
            stroke="currentColor"
            strokeDasharray={`${(clamped / 100) * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
            className={RING_CLASS[verdict]}
          />
          )}
        </svg>
        <span className={`absolute inset-0 flex items-center justify-center font-bold tabular-nums ${size === 'lg' ? 'text-2xl' : 'text-base'}`}>
          <span className="sr-only">Score </span>
          {clamped}
          <span className="sr-only"> out of 100</span>
        </span>
      </div>
      <p className={size === 'lg' ? 'text-lg font-semibold' : 'text-sm font-semibold'}>{label ?? VERDICT_LABEL[verdict]}</p>
    </div>
  );
}
