'use client';
/**
 * The rewrite suggestions as cards: each shows first what the recipient would read (brackets to
 * fill marked), its score as written and once filled, its own "Copy", a "Show changes" toggle
 * for the word diff against the draft, what changed and why, and "Use this".
 */
import { useId, useState } from 'react';
import { CHECK_NAMES } from './check-names';
import { DiffText } from './diff-text';
import { ScoreBadge, VERDICT_SHORT } from './score-badge';
import { buttonClass } from './ui/button';
import { copyText } from '@/lib/client/clipboard';
import type { Variant } from '@/lib/schema';

/** Props of the cards. */
export interface RewriteVariantsProps {
  variants: Variant[];
  /** The draft the variants were made from. */
  draft: string;
  /** Score of the draft as last analyzed, to say how much a variant gains. */
  draftScore: number | null;
  onUse: (text: string, label: string) => void;
}

/** The variant's text with each bracket to fill marked, as the recipient would read it once filled. */
function CleanText({ text }: { text: string }) {
  const parts = text.split(/(\[[^[\]]{1,60}\])/g);
  return (
    <p className="text-base leading-relaxed break-words whitespace-pre-wrap text-slate-900 dark:text-slate-100">
      {parts.map((part, i) =>
        /^\[[^[\]]{1,60}\]$/.test(part) ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50">
            {part}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}

/** One variant's "Copy", with its own confirmation. */
function CopyVariant({ text, describedBy }: { text: string; describedBy: string }) {
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-describedby={describedBy}
        onClick={async () => setCopied((await copyText(text)) ? 'ok' : 'failed')}
        className={buttonClass('secondary', 'sm')}
      >
        Copy
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {copied === 'ok' && 'Copied'}
        {copied === 'failed' && 'Could not copy: select the text and copy it yourself'}
      </span>
    </span>
  );
}

/** One suggestion. */
function VariantCard({ variant, draft, draftScore, onUse, headingId }: { variant: Variant; draft: string; draftScore: number | null; onUse: RewriteVariantsProps['onUse']; headingId: string }) {
  const [showChanges, setShowChanges] = useState(false);
  const changesId = `${headingId}-changes`;
  const gain = draftScore === null ? null : variant.analysis.score - draftScore;
  const toFill = variant.placeholders.length > 0;
  const filledGain = draftScore === null ? null : variant.filled.score - draftScore;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={headingId} className="font-semibold">
          {variant.label}
        </h3>
        <div className="flex items-center gap-2">
          <ScoreBadge
            score={toFill ? variant.filled.score : variant.analysis.score}
            verdict={toFill ? variant.filled.verdict : variant.analysis.verdict}
            size="sm"
            label={toFill ? `Once filled: ${VERDICT_SHORT[variant.filled.verdict]}` : undefined}
          />
          {(toFill ? filledGain : gain) !== null && (toFill ? (filledGain ?? 0) : (gain ?? 0)) > 0 && (
            <span className="text-sm font-semibold text-emerald-800 dark:text-emerald-300">+{toFill ? filledGain : gain}</span>
          )}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="variant-scores">
        {toFill
          ? `Scores ${variant.analysis.score} as written · ${variant.filled.score} once you fill in ${variant.placeholders.length === 1 ? 'the bracket' : `the ${variant.placeholders.length} brackets`}`
          : `Scores ${variant.analysis.score}`}
      </p>
      <div className="mt-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
        <CleanText text={variant.text} />
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{variant.text.length} characters</p>
      {toFill && (
        <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">
          <span className="font-semibold">Fill in before sending:</span> {variant.placeholders.join(', ')}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="button" aria-describedby={headingId} onClick={() => onUse(variant.text, variant.label)} className={buttonClass('primary', 'sm')}>
          Use this
        </button>
        <CopyVariant text={variant.text} describedBy={headingId} />
        <button
          type="button"
          aria-expanded={showChanges}
          aria-controls={changesId}
          onClick={() => setShowChanges((v) => !v)}
          className={buttonClass('quiet', 'sm')}
        >
          {showChanges ? 'Hide changes' : 'Show changes'}
        </button>
      </div>
      <div id={changesId} hidden={!showChanges} className="mt-3 space-y-2">
        {showChanges && (
          <>
            <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <DiffText before={draft} after={variant.text} />
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Added words underlined, removed words struck through</p>
            </div>
            {variant.changes.length > 0 && (
              <ul className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
                {variant.changes.map((change, i) => (
                  <li key={i}>
                    <span className="font-semibold">{CHECK_NAMES[change.checkId] ?? change.checkId}:</span> {change.description}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </article>
  );
}

/** The list of suggestions. */
export function RewriteVariants({ variants, draft, draftScore, onUse }: RewriteVariantsProps) {
  const id = useId();
  return (
    <ol className="space-y-3" aria-label="Suggested rewrites">
      {variants.map((variant, index) => (
        <li key={`${variant.label}-${index}`}>
          <VariantCard variant={variant} draft={draft} draftScore={draftScore} onUse={onUse} headingId={`${id}-v${index}`} />
        </li>
      ))}
    </ol>
  );
}
