'use client';
/**
 * The "Spelling & grammar" card: the slips the server's offline checker found, each with its
 * replacements as buttons (the same fixes its underline offers in the editor). A click puts the
 * replacement in the note through the browser's own editing, so Ctrl+Z brings the slip back. It
 * arrives on its own, after the score if need be, and says calmly when the checker is unavailable.
 */
import { FixButtons } from './fix-buttons';
import { MessageText } from './message-text';
import { STATUS_LABEL, STATUS_TEXT, StatusIcon } from './ui/status-icon';
import { type Fix, suggestionFixes } from '@/lib/client/fixes';
import type { Mark } from '@/lib/client/highlight';
import type { LiveProofread } from '@/lib/client/use-proofread';

/** Mirrors lib/schema.ts PROOFREAD_MAX_CHARS (the server reads no further). */
export const PROOFREAD_MAX = 1000;

/** Props of the card. */
export interface ProofreadCardProps {
  state: LiveProofread;
  /** The slips placed on the current note (those the user has since edited are gone). */
  marks: Mark[];
  /** The current note's length. */
  noteLength: number;
  /** Applies one of a slip's suggestions (an undoable edit; the coach says what it did). */
  onFix: (mark: Mark, fix: Fix) => void;
  onReveal: (mark: Mark) => void;
}

const HEADING_ID = 'check-proofread';

/** The card. */
export function ProofreadCard({ state, marks, noteLength, onFix, onReveal }: ProofreadCardProps) {
  if (noteLength === 0) return null;
  const status = marks.length > 0 ? 'warn' : 'pass';
  const known = state.findings !== null;
  return (
    <article
      aria-labelledby={HEADING_ID}
      data-testid="proofread"
      aria-busy={state.pending}
      className={`mt-3 rounded-xl border bg-white p-4 shadow-sm dark:bg-slate-900 ${
        known && marks.length > 0 ? 'border-violet-300 dark:border-violet-700/70' : 'border-slate-200 dark:border-slate-700'
      }`}
    >
      <header className="flex items-center gap-2">
        {known && <StatusIcon status={status} />}
        <h3 id={HEADING_ID} className="font-semibold">
          Spelling &amp; grammar
        </h3>
        {known && <span className={`ml-auto text-sm font-semibold ${STATUS_TEXT[status]}`}>{STATUS_LABEL[status]}</span>}
      </header>
      {state.problem ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{state.problem}</p>
      ) : !known ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Checking spelling and grammar…</p>
      ) : marks.length === 0 ? (
        <p className="mt-2 text-sm text-slate-900 dark:text-slate-100">No spelling or grammar slips found.</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-900 dark:text-slate-100">
            {marks.length === 1 ? 'One slip' : `${marks.length} slips`} to fix: a stranger reads a typo in a two-line note as haste.
          </p>
          <ul className="mt-3 space-y-2" aria-label="Spelling and grammar slips">
            {marks.map((mark) => {
              const fixes = suggestionFixes(mark.finding);
              return (
                <li key={mark.key} className="rounded-lg px-2 py-1.5">
                  <button
                    type="button"
                    onClick={() => onReveal(mark)}
                    className="w-full rounded text-left text-sm text-slate-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:focus-visible:outline-sky-300"
                  >
                    <MessageText text={mark.finding.message} />
                    <span className="sr-only"> Show in note.</span>
                  </button>
                  {fixes.length > 0 && (
                    <div className="mt-1.5 flex flex-wrap items-center gap-2">
                      <FixButtons actual={mark.finding.actual} fixes={fixes} onFix={(fix) => onFix(mark, fix)} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {noteLength > PROOFREAD_MAX && known && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Checked the first 1,000 characters.</p>}
    </article>
  );
}
