'use client';
/**
 * The rewrite suggestions as cards: each beside the draft with its changes marked, its score and
 * gain, what changed and why, what to fill in, and "Use this" to put it in the editor.
 */
import { useId } from 'react';
import { CHECK_NAMES } from './check-names';
import { DiffText } from './diff-text';
import { ScoreBadge } from './score-badge';
import { buttonClass } from './ui/button';
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

/** The list of suggestions. */
export function RewriteVariants({ variants, draft, draftScore, onUse }: RewriteVariantsProps) {
  const id = useId();
  return (
    <ol className="space-y-3" aria-label="Suggested rewrites">
      {variants.map((variant, index) => {
        const headingId = `${id}-v${index}`;
        const gain = draftScore === null ? null : variant.analysis.score - draftScore;
        return (
          <li key={`${variant.label}-${index}`}>
            <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h3 id={headingId} className="font-semibold">
                  {variant.label}
                </h3>
                <div className="flex items-center gap-2">
                  <ScoreBadge score={variant.analysis.score} verdict={variant.analysis.verdict} size="sm" />
                  {gain !== null && gain > 0 && <span className="text-sm font-semibold text-emerald-800 dark:text-emerald-300">+{gain}</span>}
                </div>
              </div>
              <div className="mt-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
                <DiffText before={draft} after={variant.text} />
              </div>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {variant.text.length} characters · added words underlined, removed words struck through
              </p>
              {variant.changes.length > 0 && (
                <ul className="mt-3 space-y-1 text-sm text-slate-800 dark:text-slate-200">
                  {variant.changes.map((change, i) => (
                    <li key={i}>
                      <span className="font-semibold">{CHECK_NAMES[change.checkId] ?? change.checkId}:</span> {change.description}
                    </li>
                  ))}
                </ul>
              )}
              {variant.placeholders.length > 0 && (
                <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">
                  <span className="font-semibold">Fill in before sending:</span> {variant.placeholders.join(', ')}
                </p>
              )}
              <button
                type="button"
                aria-describedby={headingId}
                onClick={() => onUse(variant.text, variant.label)}
                className={`${buttonClass('primary', 'sm')} mt-3`}
              >
                Use this
              </button>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
