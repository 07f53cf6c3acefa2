'use client';
/**
 * One note in the log: what was sent to whom and when, how it scored, and what became of it.
 * The status is one select; the note and recipient can be corrected in place; "Reopen" takes the
 * note back to the coach; "Delete" removes it (the view offers Undo).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { VERDICT_SHORT } from '../score-badge';
import { buttonClass } from '../ui/button';
import { TextField } from '../ui/text-field';
import { formatDay } from '@/lib/client/format-date';
import { type EntryEdit, recipientLabel, SENT_STATUSES, type SentEntry, type SentStatus, STATUS_LABELS } from '@/lib/sent/entry';

/** Props of one log entry. */
export interface SentEntryRowProps {
  entry: SentEntry;
  onStatus: (status: SentStatus) => void;
  onEdit: (edit: EntryEdit) => void;
  onDelete: () => void;
}

const selectClass =
  'min-h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';

/** The entry as a list item. */
export function SentEntryRow({ entry, onStatus, onEdit, onDelete }: SentEntryRowProps) {
  const id = useId();
  const [editing, setEditing] = useState<EntryEdit | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  // Focus follows the edit: into the note when it opens, back to "Edit" when it closes.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing && !wasEditing.current) formRef.current?.querySelector('textarea')?.focus();
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  const who = recipientLabel(entry);
  const facts = [
    entry.scenario ?? 'Your own words',
    entry.score !== undefined && entry.verdict ? `score ${entry.score} · ${VERDICT_SHORT[entry.verdict]}` : 'not scored',
    entry.plan === 'free' ? 'Free plan' : 'Premium',
    `${entry.text.length} characters`,
  ];

  if (editing) {
    return (
      <li className="py-3">
        <form
          ref={formRef}
          aria-label={`Edit the note to ${who}`}
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            onEdit(editing);
            setEditing(null);
          }}
        >
          <TextField label="Note" value={editing.text} onChange={(text) => setEditing({ ...editing, text })} multiline maxLength={5000} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label="Recipient’s name" value={editing.name} onChange={(name) => setEditing({ ...editing, name })} maxLength={100} />
            <TextField label="Recipient’s headline" value={editing.headline} onChange={(headline) => setEditing({ ...editing, headline })} maxLength={220} />
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass('primary', 'sm')}>
              Save changes
            </button>
            <button type="button" onClick={() => setEditing(null)} className={buttonClass('secondary', 'sm')}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="py-3" aria-labelledby={`${id}-who`}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <p id={`${id}-who`} className="font-medium text-slate-900 dark:text-slate-100">
            To {who}
            {entry.recipient.headline && <span className="font-normal text-slate-700 dark:text-slate-300"> · {entry.recipient.headline}</span>}
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Copied <time dateTime={new Date(entry.sentAt).toISOString()}>{formatDay(entry.sentAt)}</time> · {facts.join(' · ')}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-status`} className="sr-only">
            What became of the invitation to {who}
          </label>
          <select id={`${id}-status`} value={entry.status} onChange={(e) => onStatus(e.target.value as SentStatus)} className={selectClass}>
            {SENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={`${id}-text`} className="mt-2 text-sm whitespace-pre-line break-words text-slate-900 dark:text-slate-100">
        {entry.text || <em>No note</em>}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <a href={`/?reopen=${encodeURIComponent(entry.id)}`} aria-describedby={`${id}-who`} className={buttonClass('secondary', 'sm')}>
          Reopen in the coach
        </a>
        <button
          ref={editRef}
          type="button"
          aria-describedby={`${id}-who`}
          onClick={() => setEditing({ text: entry.text, name: entry.recipient.name ?? '', headline: entry.recipient.headline ?? '' })}
          className={buttonClass('secondary', 'sm')}
        >
          Edit
        </button>
        <button type="button" aria-describedby={`${id}-who`} onClick={onDelete} className={buttonClass('quiet', 'sm')}>
          Delete
        </button>
      </div>
    </li>
  );
}
