/**
 * The coach's guidance around the feedback: the empty state that teaches the four things a
 * strong note does (with "Try an example"), "What the score means", and the notice shown instead
 * of a score when a note is not in English.
 */
import { buttonClass } from './ui/button';
import { EXAMPLE_NOTES, type ExampleNote, SCORE_BANDS, STRONG_SHAPE } from '@/lib/client/examples';
import type { OtherLanguage } from '@/lib/client/language';

function ShapeList() {
  return (
    <ul className="mt-2 space-y-1">
      {STRONG_SHAPE.map(({ name, line }) => (
        <li key={name}>
          <strong>{name}:</strong> {line}
        </li>
      ))}
    </ul>
  );
}

/** Before any note: what the coach looks for, and two examples to try. */
export function EmptyState({ onExample }: { onExample?: (example: ExampleNote) => void }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
      <p>Type or paste your note: feedback appears as soon as you pause. A note that gets accepted is:</p>
      <ShapeList />
      <p className="mt-2">…and free of red flags such as stock phrases, pitches and apologies.</p>
      {onExample && (
        <div className="mt-3 flex flex-wrap items-center gap-2" role="group" aria-labelledby="try-example-label">
          <span id="try-example-label" className="font-medium text-slate-900 dark:text-slate-100">
            Try an example:
          </span>
          {EXAMPLE_NOTES.map((example) => (
            <button key={example.id} type="button" onClick={() => onExample(example)} className={buttonClass('secondary', 'sm')}>
              {example.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** "What the score means": the bands and the shape of a 70+ note, folded. */
export function ScoreMeaning() {
  return (
    <details className="mt-2 text-sm text-slate-700 dark:text-slate-300">
      <summary className="cursor-pointer font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">What the score means</summary>
      <p className="mt-2">
        <strong>{SCORE_BANDS.strong}+</strong> is ready to send, <strong>{SCORE_BANDS.needsWork}–{SCORE_BANDS.strong - 1}</strong> needs work,
        and under {SCORE_BANDS.needsWork} is likely to be ignored. A {SCORE_BANDS.strong}+ note is:
      </p>
      <ShapeList />
      <p className="mt-2 italic">“Hi Dana, fellow Michigan alum here. Your KubeCon talk on boring deploys changed how my team ships, and I’d love to learn how you run on-call.”</p>
    </details>
  );
}

/** Shown instead of a score when the note is clearly not in English. */
export function LanguageNotice({ language }: { language: OtherLanguage }) {
  const which = language.name === 'another language' ? 'another language' : language.name;
  return (
    <div
      data-testid="language-notice"
      className="rounded-xl border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950/50 dark:text-sky-100"
    >
      <p className="font-semibold">This note looks like it is in {which}.</p>
      <p className="mt-1">
        notecoach reads English only, so it gives no score here: its checks would judge words they can’t read. Write the note in English for
        feedback — or, if the person reads only {which}, trust your own ear for it.
      </p>
    </div>
  );
}
