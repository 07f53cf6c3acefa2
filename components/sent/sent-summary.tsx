/**
 * The coach's "Sent notes" section (it took the place of "Recent notes"): the last notes copied
 * on this device, each reopenable in the editor, any drafts set aside by "New note", where the
 * user stands against LinkedIn's limits, and the way to the full log.
 */
import { useId } from 'react';
import { buttonClass } from '../ui/button';
import { formatDayTime } from '@/lib/client/format-date';
import { recipientLabel, type SavedDraft, type SentEntry, STATUS_LABELS } from '@/lib/sent/entry';
import type { LimitStatus } from '@/lib/sent/limits';

/** How many of the latest notes the coach lists. */
const SHOWN = 3;

/** Props of the section. */
export interface SentSummaryProps {
  log: readonly SentEntry[];
  drafts: readonly SavedDraft[];
  status: LimitStatus;
  onReopen: (entry: SentEntry) => void;
  onReopenDraft: (draft: SavedDraft) => void;
}

/** The section. */
export function SentSummary({ log, drafts, status, onReopen, onReopenDraft }: SentSummaryProps) {
  const id = useId();
  const limits = [
    status.month ? `${status.month.used} of ${status.month.limit} notes this month (Free plan)` : null,
    `${status.week.used} of ${status.week.limit} invitations in the last 7 days`,
  ].filter(Boolean);
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="font-semibold">
          Sent notes
        </h2>
        <a href="/sent" className="text-sm font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
          {log.length > 0 ? `See all ${log.length} and what got accepted` : 'Open Sent notes'}
        </a>
      </div>
      {log.length === 0 && drafts.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Notes you copy are logged here, on this device only: mark which were accepted and see what works for you.
        </p>
      ) : (
        <>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{limits.join(' · ')}</p>
          <ol className="mt-2 divide-y divide-slate-200 dark:divide-slate-700">
            {log.slice(0, SHOWN).map((entry, index) => (
              <li key={entry.id} className="flex items-start gap-3 py-2">
                <div className="min-w-0 flex-1">
                  <p id={`${id}-${index}`} className="line-clamp-2 text-sm break-words text-slate-900 dark:text-slate-100">
                    {entry.text}
                  </p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    To {recipientLabel(entry)} · copied <time dateTime={new Date(entry.sentAt).toISOString()}>{formatDayTime(entry.sentAt)}</time> ·{' '}
                    {STATUS_LABELS[entry.status]}
                  </p>
                </div>
                <button type="button" aria-describedby={`${id}-${index}`} onClick={() => onReopen(entry)} className={buttonClass('secondary', 'sm')}>
                  Reopen
                </button>
              </li>
            ))}
            {drafts.slice(0, SHOWN).map((draft, index) => (
              <li key={draft.id} className="flex items-start gap-3 py-2">
                <div className="min-w-0 flex-1">
                  <p id={`${id}-d${index}`} className="line-clamp-2 text-sm break-words text-slate-900 dark:text-slate-100">
                    {draft.text}
                  </p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    Saved draft{draft.recipient.name ? ` for ${draft.recipient.name}` : ''} · not copied yet
                  </p>
                </div>
                <button type="button" aria-describedby={`${id}-d${index}`} onClick={() => onReopenDraft(draft)} className={buttonClass('secondary', 'sm')}>
                  Reopen
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
