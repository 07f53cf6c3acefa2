/**
 * "Recent notes": the last notes copied on this device, newest first, each reopenable in the
 * editor, with a button to clear the list.
 */
import { useId } from 'react';
import { buttonClass } from './ui/button';
import type { RecentNote } from '@/lib/client/recent';

/** Props of the list. */
export interface RecentNotesProps {
  notes: RecentNote[];
  onReopen: (text: string) => void;
  onClear: () => void;
}

// Made on first use, not at module load: the first Intl.DateTimeFormat of a page loads the
// locale's calendar data (≈ 100 ms under Lighthouse's 4× CPU throttle), and this module is
// evaluated inside hydration, where that time blocked the main thread even with no notes to show.
let timeFormat: Intl.DateTimeFormat | undefined;

function formatCopiedAt(copiedAt: number): string {
  timeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return timeFormat.format(copiedAt);
}

/** The recent-notes list. */
export function RecentNotes({ notes, onReopen, onClear }: RecentNotesProps) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="font-semibold">
          Recent notes
        </h2>
        {notes.length > 0 && (
          <button type="button" onClick={onClear} className={buttonClass('quiet', 'sm')}>
            Clear recent notes
          </button>
        )}
      </div>
      {notes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Notes you copy appear here (the last 10, on this device only).</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-200 dark:divide-slate-700">
          {notes.map((note, index) => (
            <li key={`${note.copiedAt}-${index}`} className="flex items-start gap-3 py-2">
              <div className="min-w-0 flex-1">
                <p id={`${id}-${index}`} className="line-clamp-2 text-sm break-words text-slate-900 dark:text-slate-100">
                  {note.text}
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  Copied <time dateTime={new Date(note.copiedAt).toISOString()}>{formatCopiedAt(note.copiedAt)}</time>
                </p>
              </div>
              <button type="button" aria-describedby={`${id}-${index}`} onClick={() => onReopen(note.text)} className={buttonClass('secondary', 'sm')}>
                Reopen
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
