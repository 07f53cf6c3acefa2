'use client';
/**
 * The "Sent notes" view: LinkedIn's limits, invitations to consider withdrawing, what gets
 * accepted (the user's own numbers), the log itself with saved drafts, export and import, and
 * clearing. Everything lives in this browser (lib/client/use-sent-log.ts).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ClearData } from '../clear-data';
import { PlanChoice } from '../plan-choice';
import { buttonClass } from '../ui/button';
import { LimitMeters } from './limit-meters';
import { RateChart } from './rate-chart';
import { SentEntryRow } from './sent-entry';
import { TransferPanel } from './transfer-panel';
import { formatDay } from '@/lib/client/format-date';
import { clearAllStored, STORAGE_KEYS } from '@/lib/client/storage';
import { useSentLog } from '@/lib/client/use-sent-log';
import { useStoredState } from '@/lib/client/use-stored-state';
import type { Plan } from '@/lib/contract';
import { editEntry, recipientLabel, type SavedDraft, type SentEntry, setStatus } from '@/lib/sent/entry';
import { insightsOf, MIN_TO_TELL } from '@/lib/sent/insights';
import { daysSince, limitStatus, parseWeeklyCap, staleEntries } from '@/lib/sent/limits';

const isPlan = (v: unknown): v is Plan => v === 'free' || v === 'premium';
const sectionClass = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900';

function Section({ title, children, className = '' }: { title: string; children: React.ReactNode; className?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`${sectionClass} ${className}`}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The weekly cap field: saved when it is a whole number from 1 to 1,000. */
function WeeklyCapField({ value, onChange }: { value: number; onChange: (cap: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const invalid = parseWeeklyCap(text) === null;
  return (
    <div className="mt-4">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        Your weekly cap
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const cap = parseWeeklyCap(e.target.value);
          if (cap !== null) onChange(cap);
        }}
        className="mt-1 block w-28 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
      />
      <p id={`${id}-hint`} className={`mt-1 text-xs ${invalid ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}`}>
        {invalid ? 'Enter a whole number from 1 to 1000.' : 'Invitations a week you want to stay under (LinkedIn restricts accounts past about 100).'}
      </p>
    </div>
  );
}

/** The interactive sent-notes view. */
export function SentView() {
  const { log, setLog, logStore, drafts, setDrafts, draftsStore, settings, setSettings, settingsStore, hydrated } = useSentLog();
  const [plan, setPlan, planStore] = useStoredState<Plan>(STORAGE_KEYS.plan, 'free', isPlan);
  const [undo, setUndo] = useState<{ text: string; restore: () => void } | null>(null);
  // After a delete the row is gone: focus goes to its Undo rather than to the page's start.
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undo) undoRef.current?.focus();
  }, [undo]);
  const [now, setNow] = useState(() => Date.now());
  // The windows move with time: a page left open overnight counts the new day.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const status = useMemo(() => limitStatus(log, now, plan, settings.weeklyCap), [log, now, plan, settings.weeklyCap]);
  const stale = useMemo(() => staleEntries(log, now), [log, now]);
  const insights = useMemo(() => insightsOf(log), [log]);

  const remove = (entry: SentEntry) => {
    const before = log;
    setLog(log.filter((e) => e.id !== entry.id));
    setUndo({ text: `Deleted the note to ${recipientLabel(entry)}.`, restore: () => setLog(before) });
  };
  const removeDraft = (draft: SavedDraft) => {
    const before = drafts;
    setDrafts(drafts.filter((d) => d.id !== draft.id));
    setUndo({ text: 'Deleted the saved draft.', restore: () => setDrafts(before) });
  };
  const clearEverything = () => {
    logStore.clear();
    draftsStore.clear();
    settingsStore.clear();
    planStore.clear();
    clearAllStored();
    setUndo(null);
  };

  if (!hydrated) return <p className="text-sm text-slate-700 dark:text-slate-300">Loading your log…</p>;

  return (
    <div className="space-y-6">
      {undo && (
        <p role="status" className="flex flex-wrap items-center gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100">
          {undo.text}
          <button
            ref={undoRef}
            type="button"
            onClick={() => {
              undo.restore();
              setUndo(null);
            }}
            className={buttonClass('quiet', 'sm')}
          >
            Undo
          </button>
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="LinkedIn’s limits">
          <div className="mb-4">
            <PlanChoice value={plan} onChange={setPlan} />
          </div>
          <LimitMeters status={status} />
          <WeeklyCapField value={settings.weeklyCap} onChange={(weeklyCap) => setSettings({ weeklyCap })} />
        </Section>

        <Section title="Consider withdrawing">
          {stale.length === 0 ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">No invitation has waited more than 3 weeks. Ones that do are listed here.</p>
          ) : (
            <>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                These have waited more than 3 weeks. Withdraw them on LinkedIn (My Network › Manage › Sent) and mark them withdrawn: unanswered invitations count
                against you, and LinkedIn lets you invite the person again after 3 weeks.
              </p>
              <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-700">
                {stale.map((e) => (
                  <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      <span className="font-medium">{recipientLabel(e)}</span> · pending {daysSince(e.sentAt, now)} days (since {formatDay(e.sentAt)})
                    </span>
                    <button type="button" onClick={() => setLog(setStatus(log, e.id, 'withdrawn', Date.now()))} className={buttonClass('secondary', 'sm')}>
                      Mark withdrawn<span className="sr-only">: {recipientLabel(e)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      </div>

      <Section title="What gets accepted">
        {log.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Copy a note in the coach and it is logged here. Mark which invitations were accepted, and your own acceptance rates appear: by verdict, scenario,
            length, shared ground and praise.
          </p>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
              Out of every invitation you logged (pending ones count as not accepted yet). Groups of fewer than {MIN_TO_TELL} notes are hatched and marked “too
              few to tell”.
            </p>
            <div className="grid gap-3 md:grid-cols-2">
              <RateChart title="Overall" groups={[insights.overall]} />
              {insights.charts.map((c) => (
                <RateChart
                  key={c.id}
                  title={c.title}
                  groups={c.groups}
                  note={c.unknown > 0 ? `${c.unknown} ${c.unknown === 1 ? 'note is' : 'notes are'} left out (${c.id === 'length' ? 'over 300 characters' : 'not scored when copied'}).` : undefined}
                />
              ))}
            </div>
          </>
        )}
      </Section>

      <Section title={`Your log (${log.length})`}>
        {log.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Nothing yet. Notes you copy in the coach appear here with who they were for, on this device only.{' '}
            <a href="/" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
              Write a note
            </a>
          </p>
        ) : (
          <ol className="divide-y divide-slate-200 dark:divide-slate-700">
            {log.map((entry) => (
              <SentEntryRow
                key={entry.id}
                entry={entry}
                onStatus={(s) => setLog(setStatus(log, entry.id, s, Date.now()))}
                onEdit={(edit) => setLog(editEntry(log, entry.id, edit))}
                onDelete={() => remove(entry)}
              />
            ))}
          </ol>
        )}
      </Section>

      {drafts.length > 0 && (
        <Section title={`Saved drafts (${drafts.length})`}>
          <p className="text-sm text-slate-700 dark:text-slate-300">Drafts you set aside with “New note” before copying them.</p>
          <ol className="mt-2 divide-y divide-slate-200 dark:divide-slate-700">
            {drafts.map((d) => (
              <li key={d.id} className="py-3">
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {d.recipient.name ? `For ${d.recipient.name} · ` : ''}saved <time dateTime={new Date(d.savedAt).toISOString()}>{formatDay(d.savedAt)}</time>
                </p>
                <p id={`draft-${d.id}`} className="mt-1 text-sm whitespace-pre-line break-words">
                  {d.text}
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <a href={`/?draft=${encodeURIComponent(d.id)}`} aria-describedby={`draft-${d.id}`} className={buttonClass('secondary', 'sm')}>
                    Reopen in the coach
                  </a>
                  <button type="button" aria-describedby={`draft-${d.id}`} onClick={() => removeDraft(d)} className={buttonClass('quiet', 'sm')}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </Section>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Export and import">
          <TransferPanel
            log={log}
            drafts={drafts}
            weeklyCap={settings.weeklyCap}
            onImport={(entries, saved, weeklyCap) => {
              setLog(entries);
              setDrafts(saved);
              if (weeklyCap !== undefined) setSettings({ weeklyCap });
              setUndo(null);
            }}
          />
        </Section>
        <ClearData
          onClear={clearEverything}
          description="Your sent-notes log, saved drafts and weekly cap — and the coach’s draft, plan, details and triage decisions — are kept in this browser only, never on a server. Export the log first if you want to keep it."
        />
      </div>
    </div>
  );
}
