/**
 * One acceptance chart: a horizontal bar per group, in plain SVG. Every bar carries its numbers
 * as text beside it ("1 of 3 accepted (33%)"), so the chart reads without color or sight; the bar
 * itself is decoration. A group of fewer than 10 notes is drawn hatched and says "too few to tell".
 */
import { useId } from 'react';
import { describeRate, type RateGroup } from '@/lib/sent/insights';

/** Props of a chart. */
export interface RateChartProps {
  title: string;
  groups: readonly RateGroup[];
  /** A line under the bars (what was left out). */
  note?: string;
}

/** The chart as a figure with a caption and one row per group. */
export function RateChart({ title, groups, note }: RateChartProps) {
  const id = useId();
  const hatch = `${id}-hatch`;
  return (
    <figure aria-labelledby={`${id}-caption`} className="min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <figcaption id={`${id}-caption`} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </figcaption>
      {groups.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Nothing to show yet.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {groups.map((g) => (
            <li key={g.label} className="text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium text-slate-800 dark:text-slate-200">{g.label}</span>
                <span className="text-slate-700 tabular-nums dark:text-slate-300">{describeRate(g)}</span>
              </div>
              <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" className="mt-1 block h-2.5 w-full overflow-visible" data-rate={g.rate.toFixed(3)}>
                <defs>
                  <pattern id={hatch} width="2" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="1" height="6" className="fill-sky-700 dark:fill-sky-300" />
                  </pattern>
                </defs>
                <rect width="100" height="6" rx="1.5" className="fill-slate-200 dark:fill-slate-700" />
                {g.rate > 0 && (
                  <rect
                    width={(g.rate * 100).toFixed(1)}
                    height="6"
                    rx="1.5"
                    fill={g.tooFew ? `url(#${hatch})` : undefined}
                    className={g.tooFew ? 'stroke-sky-700 dark:stroke-sky-300' : 'fill-sky-700 dark:fill-sky-300'}
                    strokeWidth={g.tooFew ? 0.4 : 0}
                    vectorEffect="non-scaling-stroke"
                  />
                )}
              </svg>
            </li>
          ))}
        </ul>
      )}
      {note && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{note}</p>}
    </figure>
  );
}
