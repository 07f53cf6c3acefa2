/**
 * One check's result as a card: name, status (icon and word), the message, and for anything
 * short of a pass the why, the fix and its findings. A finding is a button that reveals its place
 * in the note.
 */
import { CHECK_NAMES } from './check-names';
import { FixButtons } from './fix-buttons';
import { MessageText } from './message-text';
import { buttonClass } from './ui/button';
import { STATUS_LABEL, STATUS_TEXT, StatusIcon } from './ui/status-icon';
import { type Fix, fixesFor } from '@/lib/client/fixes';
import { markKey } from '@/lib/client/highlight';
import { RED_FLAG_IDS, type RedFlagId } from '@/lib/contract';
import type { CheckResult, Finding } from '@/lib/schema';

const redFlagIds: ReadonlySet<string> = new Set(RED_FLAG_IDS);

/** Props of a card. */
export interface CheckCardProps {
  check: CheckResult;
  /** False when the note changed since this analysis: findings may no longer sit where they were. */
  current: boolean;
  onReveal: (finding: Finding, key: string) => void;
  /** Switches a red-flag rule off in "Your rules" (red-flag findings only). */
  onTurnOff?: (ruleId: RedFlagId) => void;
  /** Applies a one-click fix to the note (findings whose fix is mechanical). */
  onFix?: (finding: Finding, fix: Fix) => void;
}

const CARD_TONE = {
  pass: 'border-slate-200 dark:border-slate-700',
  warn: 'border-amber-300 dark:border-amber-700/70',
  fail: 'border-red-300 dark:border-red-800/80',
} as const;

/** A single check card. */
export function CheckCard({ check, current, onReveal, onTurnOff, onFix }: CheckCardProps) {
  const name = CHECK_NAMES[check.id] ?? check.id;
  const headingId = `check-${check.id}`;
  const showDetail = check.status !== 'pass';
  return (
    <article
      aria-labelledby={headingId}
      data-status={check.status}
      className={`rounded-xl border bg-white p-4 shadow-sm dark:bg-slate-900 ${CARD_TONE[check.status]}`}
    >
      <header className="flex items-center gap-2">
        <StatusIcon status={check.status} />
        <h3 id={headingId} className="font-semibold">
          {name}
        </h3>
        <span className={`ml-auto text-sm font-semibold ${STATUS_TEXT[check.status]}`}>{STATUS_LABEL[check.status]}</span>
      </header>
      <p className="mt-2 text-sm text-slate-900 dark:text-slate-100">
        <MessageText text={check.message} />
      </p>
      {showDetail && check.why && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-semibold">Why: </span>
          {check.why}
        </p>
      )}
      {showDetail && check.fix && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-semibold">Fix: </span>
          {check.fix}
        </p>
      )}
      {check.findings.length > 0 && (
        <ul className="mt-3 space-y-1.5" aria-label={`${name} findings`}>
          {check.findings.map((finding) => {
            const key = markKey(check.id, finding);
            // The analyzer's grammar often names the alternative already ("…, use `Y`").
            const tries = (finding.expected ?? []).filter((e) => !finding.message.includes(e));
            const fixes = onFix && current ? fixesFor(finding) : [];
            const canTurnOff = onTurnOff !== undefined && redFlagIds.has(finding.ruleId);
            // A fix that puts an alternative in already shows it: no need to list it as "Try".
            const offered = new Set(fixes.map((f) => f.expected));
            const shownTries = tries.filter((e) => !offered.has(e));
            return (
              <li key={key}>
                <button
                  type="button"
                  disabled={!current}
                  onClick={() => onReveal(finding, key)}
                  className="w-full rounded-lg px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:cursor-default disabled:hover:bg-transparent dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300"
                >
                  <span className="text-slate-800 dark:text-slate-200">
                    <MessageText text={finding.message} />
                  </span>
                  {shownTries.length > 0 && <span className="block text-slate-700 dark:text-slate-300">Try: {shownTries.join(' · ')}</span>}
                  <span className="mt-0.5 block text-xs font-medium text-sky-800 dark:text-sky-300">{current ? 'Show in note' : 'Note changed since'}</span>
                </button>
                {(fixes.length > 0 || canTurnOff) && (
                  <div className="mt-1 mb-1 flex flex-wrap items-center gap-x-3 gap-y-2 pl-2">
                    <FixButtons actual={finding.actual} fixes={fixes} onFix={(fix) => onFix?.(finding, fix)} />
                    {canTurnOff && (
                      <button type="button" onClick={() => onTurnOff?.(finding.ruleId as RedFlagId)} className={buttonClass('quiet', 'sm')}>
                        Turn off this rule
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
