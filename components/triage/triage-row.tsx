'use client';
/**
 * One invitation in the results: who, their note with the evidence marked, the reasons, the
 * earlier decision if they invited before, the reply with a copy button, and the override.
 */
import { useState } from 'react';
import { buttonClass } from '../ui/button';
import { HighlightedText } from './highlighted-text';
import { copyText } from '@/lib/client/clipboard';
import type { RememberedDecision } from '@/lib/client/triage';
import type { TriageResult } from '@/lib/schema';
import type { Decision } from '@/lib/triage/criteria';
import type { PastedInvitation } from '@/lib/triage/paste';

/** Words for each decision. */
export const DECISION_LABEL: Record<Decision, string> = { accept: 'Accept', review: 'Review', ignore: 'Ignore' };
const PAST: Record<Decision, string> = { accept: 'accepted', review: 'set aside to review', ignore: 'ignored' };
const EFFECT_TEXT: Record<Decision, string> = {
  accept: 'text-emerald-800 dark:text-emerald-300',
  review: 'text-amber-800 dark:text-amber-300',
  ignore: 'text-red-700 dark:text-red-300',
};

let dateFormat: Intl.DateTimeFormat | undefined;
/** A short local date ("Nov 30, 2026"); the formatter is made on first use. */
export function formatDate(ms: number): string {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return dateFormat.format(ms);
}

/** Props of a row. */
export interface TriageRowProps {
  invitation: PastedInvitation;
  result: TriageResult;
  /** The user's choice, when they overrode the suggestion. */
  override?: Decision;
  /** What was decided about this person before this list was entered. */
  earlier?: RememberedDecision;
  onOverride: (decision: Decision | undefined) => void;
}

/** One invitation and its decision. */
export function TriageRow({ invitation, result, override, earlier, onOverride }: TriageRowProps) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const spansIn = (field: 'note' | 'headline' | 'name') => result.reasons.flatMap((r) => (r.evidence?.field === field ? [r.evidence.span] : []));
  const decision = override ?? result.decision;

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-base font-semibold break-words">
          <HighlightedText text={invitation.name} spans={spansIn('name')} />
        </h4>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {override ? (
            <>
              Your choice: <strong>{DECISION_LABEL[override]}</strong> (suggested {DECISION_LABEL[result.decision].toLowerCase()})
            </>
          ) : (
            <>Suggested · score {result.score}</>
          )}
        </p>
      </div>
      {invitation.headline && (
        <p className="text-sm break-words text-slate-700 dark:text-slate-300">
          <HighlightedText text={invitation.headline} spans={spansIn('headline')} />
        </p>
      )}
      {invitation.mutualConnections !== undefined && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {invitation.mutualConnections} mutual connection{invitation.mutualConnections === 1 ? '' : 's'}
        </p>
      )}
      {invitation.note ? (
        <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm break-words whitespace-pre-line dark:border-slate-600">
          <HighlightedText text={invitation.note} spans={spansIn('note')} />
        </blockquote>
      ) : (
        <p className="mt-2 text-sm text-slate-600 italic dark:text-slate-400">No note.</p>
      )}
      {earlier && (
        <p className="mt-2 rounded-lg bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">
          Seen before: {PAST[earlier.decision]} on {formatDate(earlier.date)}
          {earlier.override ? ' (your choice)' : ''} — {earlier.reason}
        </p>
      )}
      <ul className="mt-2 space-y-1 text-sm" aria-label={`Reasons for ${invitation.name}`}>
        {result.reasons.map((r, i) => (
          <li key={`${r.criterion}-${i}`} className="flex gap-2">
            <span className={`w-16 shrink-0 font-semibold ${EFFECT_TEXT[r.effect]}`}>{DECISION_LABEL[r.effect]}</span>
            <span>
              {r.message}
              {r.evidence && <span className="text-slate-600 dark:text-slate-400"> (“{r.evidence.actual}”)</span>}
            </span>
          </li>
        ))}
        {result.reasons.length === 0 && <li className="text-slate-600 dark:text-slate-400">Nothing stands out either way.</li>}
      </ul>
      {result.reply && decision === 'accept' && (
        <div className="mt-3 rounded-lg bg-emerald-50 p-3 dark:bg-emerald-950/40">
          <p className="text-xs font-semibold text-emerald-900 uppercase dark:text-emerald-200">Reply to send</p>
          <p className="mt-1 text-sm">{result.reply}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <button
              type="button"
              className={buttonClass('secondary', 'sm')}
              aria-label={`Copy reply to ${invitation.name}`}
              onClick={async () => setCopied((await copyText(result.reply ?? '')) ? 'yes' : 'no')}
            >
              Copy reply
            </button>
            <span role="status" className="text-sm">
              {copied === 'yes' && <span className="font-semibold text-emerald-800 dark:text-emerald-300">Copied</span>}
              {copied === 'no' && <span className="text-red-700 dark:text-red-300">This browser blocked copying. Select the reply and press Ctrl+C.</span>}
            </span>
          </div>
        </div>
      )}
      <div role="group" aria-label={`Your decision for ${invitation.name}`} className="mt-3 flex flex-wrap gap-2">
        {(['accept', 'ignore'] as const).map((d) => (
          <button key={d} type="button" aria-pressed={override === d} onClick={() => onOverride(override === d ? undefined : d)} className={buttonClass(override === d ? 'primary' : 'secondary', 'sm')}>
            {DECISION_LABEL[d]}
          </button>
        ))}
      </div>
    </li>
  );
}
