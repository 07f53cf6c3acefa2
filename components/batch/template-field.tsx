'use client';
/**
 * The template: a scenario (each with several phrasings, picked per recipient), or the user's own
 * text started from one, with `{slot}`, `{slot|fallback}` and `((option|option))`. A template
 * that cannot be read says why as it is typed.
 */
import { useId } from 'react';
import { readTemplate } from '@/lib/batch/template';
import { phrasingsOf, TEMPLATES, templateById } from '@/lib/templates';

/** The custom choice's value in the select. */
export const CUSTOM = 'custom';

/** Props of the field. */
export interface TemplateFieldProps {
  /** A scenario id, or CUSTOM. */
  choice: string;
  custom: string;
  onChoice: (choice: string, custom: string) => void;
  onCustom: (custom: string) => void;
}

const controlClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';

/** Scenario select and, for your own, the text box. */
export function TemplateField({ choice, custom, onChoice, onCustom }: TemplateFieldProps) {
  const id = useId();
  const scenario = templateById(choice);
  const read = choice === CUSTOM ? readTemplate(custom) : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        2. Pick or write the template
      </h2>
      <div>
        <label htmlFor={`${id}-choice`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Template
        </label>
        <select
          id={`${id}-choice`}
          value={choice}
          // Writing your own starts from the scenario you had picked, so there is something to edit.
          onChange={(e) => onChoice(e.target.value, e.target.value === CUSTOM && !custom.trim() ? (scenario?.body ?? '') : custom)}
          className={`${controlClass} min-h-11`}
        >
          {TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value={CUSTOM}>Write your own</option>
        </select>
      </div>
      {scenario && (
        <div className="text-sm text-slate-700 dark:text-slate-300">
          <p>{scenario.description} Each recipient gets one of these phrasings:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {phrasingsOf(scenario).map((p) => (
              <li key={p} className="break-words">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
      {choice === CUSTOM && (
        <div>
          <label htmlFor={`${id}-custom`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
            Your template
          </label>
          <p id={`${id}-custom-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {'{firstName}'}, {'{company}'} or any column in braces is filled per row; {'{goal|a fallback}'} uses the text after the bar when the row has none; ((Hi|Hello))
            picks one option per recipient.
          </p>
          <textarea
            id={`${id}-custom`}
            value={custom}
            onChange={(e) => onCustom(e.target.value)}
            rows={4}
            aria-describedby={`${id}-custom-hint${read && !read.ok ? ` ${id}-custom-error` : ''}`}
            aria-invalid={read !== null && !read.ok}
            className={controlClass}
          />
          {read && !read.ok && (
            <p id={`${id}-custom-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
              {read.error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
