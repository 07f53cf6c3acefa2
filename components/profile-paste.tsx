'use client';
/**
 * "Paste their profile": a box for a LinkedIn profile copied whole (or the text of its "Save to
 * PDF"), read in this browser by lib/profile — nothing is sent anywhere. What was found is shown
 * for review, one checkbox per field, with what was not found and what each found value would
 * replace; "Use these" hands the chosen values to the form. Loaded only when the box is opened.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { buttonClass } from './ui/button';
import { type Confidence, type ParsedProfile, parseProfile, type ProfileFieldKey } from '@/lib/profile';

/** Which form the profile fills: the recipient's details or the user's own. */
export type ProfileTarget = 'recipient' | 'sender';

/** Form values to set, keyed by the form's field names. */
export type FormValues = Partial<Record<string, string>>;

/** Props of the box. */
export interface ProfilePasteProps {
  target: ProfileTarget;
  /** The form's current values, to show what a found value would replace. */
  current: FormValues;
  /** Called with the chosen values (only the fields that were found and kept). */
  onUse: (values: FormValues) => void;
  onCancel: () => void;
}

/** Longest paste read: a long profile page copied whole doubles its text; past this it is not one profile. */
const MAX_PASTE = 100_000;

interface Row {
  field: ProfileFieldKey;
  /** The form field it fills. */
  formKey: string;
  label: string;
  /** What to say when it was not found. */
  missing: string;
}

const RECIPIENT_ROWS: Row[] = [
  { field: 'name', formKey: 'name', label: 'Name', missing: 'Type it in if you know it.' },
  { field: 'headline', formKey: 'headline', label: 'Headline', missing: 'It sits under the name on their profile.' },
  { field: 'company', formKey: 'company', label: 'Company', missing: 'No current job in their Experience.' },
  { field: 'industry', formKey: 'industry', label: 'Industry', missing: 'LinkedIn seldom shows it; add it if you know their field.' },
  { field: 'schools', formKey: 'schools', label: 'Schools', missing: 'No Education section.' },
  { field: 'recentWork', formKey: 'recentWork', label: 'A recent post, book or talk of theirs', missing: 'No post of their own in Activity.' },
  { field: 'mutualConnections', formKey: 'mutualConnections', label: 'Mutual connections', missing: 'No mutual connections named.' },
  { field: 'about', formKey: 'about', label: 'Their About section', missing: 'No About section.' },
];

const SENDER_ROWS: Row[] = [
  { field: 'industry', formKey: 'industry', label: 'Your industry', missing: 'LinkedIn seldom shows it; add your field yourself.' },
  { field: 'schools', formKey: 'schools', label: 'Your schools', missing: 'No Education section.' },
  { field: 'company', formKey: 'company', label: 'Your company', missing: 'No current job in your Experience.' },
];

const CONFIDENCE_NOTE: Record<Confidence, string | undefined> = {
  high: undefined,
  medium: 'worth a check',
  low: 'a guess from the headline: check it',
};

/** A field's value as the form holds it: lists joined with commas, as the form's hint asks. */
function formValue(parsed: ParsedProfile, field: ProfileFieldKey): string | undefined {
  const value = parsed.fields[field];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The paste box and its review. */
export function ProfilePaste({ target, current, onUse, onCancel }: ProfilePasteProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [skipped, setSkipped] = useState<ReadonlySet<ProfileFieldKey>>(new Set());
  const deferred = useDeferredValue(text);
  const rows = target === 'recipient' ? RECIPIENT_ROWS : SENDER_ROWS;
  const parsed = useMemo(() => (deferred.trim() === '' ? null : parseProfile(deferred.slice(0, MAX_PASTE))), [deferred]);
  const found = parsed ? rows.filter((row) => formValue(parsed, row.field) !== undefined) : [];
  const notFound = parsed ? rows.filter((row) => formValue(parsed, row.field) === undefined) : [];
  const chosen = found.filter((row) => !skipped.has(row.field));
  const currentRoles = parsed?.details.experience.filter((e) => e.current) ?? [];
  const whose = target === 'recipient' ? 'their' : 'your';

  const toggle = (field: ProfileFieldKey, keep: boolean) =>
    setSkipped((previous) => {
      const next = new Set(previous);
      if (keep) next.delete(field);
      else next.add(field);
      return next;
    });

  const use = () => {
    if (!parsed) return;
    const values: FormValues = {};
    for (const row of chosen) values[row.formKey] = formValue(parsed, row.field);
    onUse(values);
  };

  return (
    <div className="mt-3 space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-3 dark:border-slate-600 dark:bg-slate-950">
      <div>
        <label htmlFor={`${id}-text`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {target === 'recipient' ? 'Their profile, as copied' : 'Your profile, as copied'}
        </label>
        <textarea
          id={`${id}-text`}
          // The box opens on request, so its field takes the focus at once.
          autoFocus
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          On {whose} LinkedIn profile, select all (Ctrl+A, or ⌘A on a Mac), copy and paste here — or paste the text of
          its “Save to PDF”. It is read in this browser; nothing is sent anywhere.
        </p>
      </div>

      <p role="status" className="text-sm text-slate-800 dark:text-slate-200">
        {parsed === null
          ? ''
          : found.length === 0
            ? 'Nothing here looks like a LinkedIn profile yet. Copy the whole profile page (select all) and paste it again.'
            : `Found ${found.length} of ${rows.length} details. Untick any you don’t want, then use them.`}
        {text.length > MAX_PASTE && ` Only the first ${MAX_PASTE.toLocaleString('en')} characters were read.`}
      </p>

      {parsed && found.length > 0 && (
        <>
          <fieldset>
            <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">Found on {whose} profile</legend>
            <ul className="mt-2 space-y-2">
              {found.map((row) => {
                const value = formValue(parsed, row.field) ?? '';
                const previous = current[row.formKey]?.trim();
                const note = CONFIDENCE_NOTE[parsed.confidence[row.field] ?? 'high'];
                const boxId = `${id}-${row.field}`;
                return (
                  <li key={row.field} className="flex gap-2">
                    <input
                      id={boxId}
                      type="checkbox"
                      checked={!skipped.has(row.field)}
                      onChange={(event) => toggle(row.field, event.target.checked)}
                      aria-describedby={`${boxId}-value`}
                      className="mt-1 size-4 shrink-0 accent-sky-700 dark:accent-sky-300"
                    />
                    <div className="min-w-0 text-sm">
                      <label htmlFor={boxId} className="font-medium text-slate-900 dark:text-slate-100">
                        {row.label}
                      </label>
                      {note && <span className="ml-2 text-xs text-amber-800 dark:text-amber-300">({note})</span>}
                      <p id={`${boxId}-value`} className="line-clamp-3 break-words whitespace-pre-line text-slate-700 dark:text-slate-300">
                        {value}
                      </p>
                      {previous && previous !== value && (
                        <p className="text-xs text-slate-600 dark:text-slate-400">Replaces “{previous.length > 60 ? `${previous.slice(0, 60)}…` : previous}”.</p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {target === 'recipient' && currentRoles.length > 1 && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {currentRoles.length} current roles; the company is the first listed. Change it if another fits your note better.
            </p>
          )}
          {notFound.length > 0 && (
            <div className="text-sm">
              <p className="font-semibold text-slate-900 dark:text-slate-100">Not found</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700 dark:text-slate-300">
                {notFound.map((row) => (
                  <li key={row.field}>
                    {row.label}: {row.missing}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={use} disabled={chosen.length === 0} className={buttonClass('primary', 'sm')}>
          Use these
        </button>
        <button type="button" onClick={onCancel} className={buttonClass('secondary', 'sm')}>
          Cancel
        </button>
      </div>
    </div>
  );
}
