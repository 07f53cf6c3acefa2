/**
 * The live feedback region: score and verdict, then one card per check. It carries
 * `data-note-length` (the length of the note the shown feedback belongs to) so scripts can wait
 * for fresh feedback after typing. A polite live status, kept outside the region's aria-busy,
 * tells screen readers the score and verdict: its text changes only when one of them does, and is
 * not blanked while a newer analysis is awaited, so a typing pause never re-announces a score.
 */
import { CheckCard } from './check-card';
import { EmptyState, LanguageNotice, ScoreMeaning } from './coach-guide';
import type { ExampleNote } from '@/lib/client/examples';
import type { OtherLanguage } from '@/lib/client/language';
import { ScoreBadge, VERDICT_LABEL } from './score-badge';
import type { Analysis, Finding } from '@/lib/schema';
import type { RedFlagId } from '@/lib/contract';
import type { Fix } from '@/lib/client/fixes';

/** Props of the panel. */
export interface FeedbackPanelProps {
  analysis: Analysis | null;
  /** The note `analysis` belongs to. */
  analyzedNote: string;
  /** True when the editor's note equals `analyzedNote`. */
  current: boolean;
  pending: boolean;
  problem: string | null;
  onReveal: (finding: Finding, key: string) => void;
  onTurnOff?: (ruleId: RedFlagId) => void;
  onFix?: (finding: Finding, fix: Fix) => void;
  /** Set when the note is clearly not in English: a notice takes the score's place. */
  language?: OtherLanguage | null;
  /** "Try an example" in the empty state. */
  onExample?: (example: ExampleNote) => void;
}

/** Feedback on the note, updated as the user types. */
export function FeedbackPanel({ analysis, analyzedNote, current, pending, problem, onReveal, onTurnOff, onFix, language, onExample }: FeedbackPanelProps) {
  const announcement = language ? `No score: the note looks like ${language.name}.` : analysis ? `Score ${analysis.score} out of 100, ${VERDICT_LABEL[analysis.verdict]}.` : '';
  return (
    <>
      <p role="status" className="sr-only" data-testid="score-status">
        {announcement}
      </p>
      <section
        aria-labelledby="feedback-heading"
        data-testid="feedback"
        data-note-length={analysis ? analyzedNote.length : undefined}
        aria-busy={pending}
        className="space-y-3"
      >
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="feedback-heading" className="text-lg font-semibold">
            Feedback
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400" aria-hidden="true">
            {pending ? 'Checking…' : analysis && !current ? 'Paused' : ''}
          </p>
        </div>
        {problem && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
            {problem}
          </p>
        )}
        {language ? (
          <LanguageNotice language={language} />
        ) : analysis ? (
          <div className={`space-y-3 transition-opacity ${current ? '' : 'opacity-80'}`}>
            <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
              <ScoreBadge score={analysis.score} verdict={analysis.verdict} />
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                {analysis.stats.words} words · {analysis.stats.sentences} {analysis.stats.sentences === 1 ? 'sentence' : 'sentences'} ·{' '}
                {analysis.stats.characters} / {analysis.stats.limit} characters
              </p>
              <ScoreMeaning />
            </div>
            <div className="space-y-3">
              {analysis.checks.map((check) => (
                <CheckCard key={check.id} check={check} current={current} onReveal={onReveal} onTurnOff={onTurnOff} onFix={onFix} />
              ))}
            </div>
          </div>
        ) : (
          <EmptyState onExample={onExample} />
        )}
      </section>
    </>
  );
}
