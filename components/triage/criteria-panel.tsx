'use client';
/**
 * The criteria panel: the preset, each criterion with its effect under that preset and a switch,
 * and the user's keyword lists. Every change applies at once (the view re-triages).
 */
import { useId } from 'react';
import { TextField } from '../ui/text-field';
import type { StoredCriteria } from '@/lib/client/triage';
import { CRITERIA, type Criterion, type Effect, PRESET_IDS, PRESETS } from '@/lib/triage/criteria';

/** Props of the panel. */
export interface CriteriaPanelProps {
  value: StoredCriteria;
  onChange: (next: StoredCriteria) => void;
  /** What the current criteria decide, shown under the heading (the results may be out of view on a phone). */
  summary?: string;
}

const EFFECT_LABEL: Record<Effect, string> = { off: 'Off', accept: 'Accept', review: 'Review', ignore: 'Ignore' };
const EFFECT_CLASS: Record<Effect, string> = {
  off: 'text-slate-600 dark:text-slate-400',
  accept: 'text-emerald-800 dark:text-emerald-300',
  review: 'text-amber-800 dark:text-amber-300',
  ignore: 'text-red-700 dark:text-red-300',
};

/** The effect a criterion has now: the user's rule, else the preset's. */
export function currentEffect(c: Criterion, value: StoredCriteria): Effect {
  return (value.rules[c.id] as Effect | undefined) ?? c.effects[value.preset];
}

/** The preset picker, the criteria with their switches, and the keyword lists. */
export function CriteriaPanel({ value, onChange, summary }: CriteriaPanelProps) {
  const id = useId();
  const setPreset = (preset: StoredCriteria['preset']) => onChange({ ...value, preset, rules: {} });
  const toggle = (c: Criterion, on: boolean) => {
    const rules = { ...value.rules };
    const presetEffect = c.effects[value.preset];
    if (on) {
      if (presetEffect === 'off') rules[c.id] = c.kind === 'good' ? 'accept' : 'review';
      else delete rules[c.id];
    } else if (presetEffect === 'off') delete rules[c.id];
    else rules[c.id] = 'off';
    onChange({ ...value, rules });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Your criteria
      </h2>
      {summary && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">With these criteria: {summary}.</p>}
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Standard</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {PRESET_IDS.map((p) => (
            <label
              key={p}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 text-sm has-checked:border-sky-700 has-checked:bg-sky-50 has-focus-visible:outline-2 has-focus-visible:outline-sky-600 dark:border-slate-600 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-950"
            >
              <input type="radio" name={`${id}-preset`} value={p} checked={value.preset === p} onChange={() => setPreset(p)} className="size-4 accent-sky-700" />
              {PRESETS[p].label}
            </label>
          ))}
        </div>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{PRESETS[value.preset].description}</p>
      </fieldset>
      <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-700">
        {CRITERIA.map((c) => {
          const effect = currentEffect(c, value);
          const on = effect !== 'off';
          const descId = `${id}-${c.id}-desc`;
          return (
            <li key={c.id} className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0">
                <p className="text-sm font-medium">
                  {c.label} <span className={`ml-1 text-xs font-semibold uppercase ${EFFECT_CLASS[effect]}`}>{EFFECT_LABEL[effect]}</span>
                </p>
                <p id={descId} className="text-xs text-slate-600 dark:text-slate-400">
                  {c.description}
                </p>
              </div>
              <button
                type="button"
                role="switch"
                aria-checked={on}
                aria-label={c.label}
                aria-describedby={descId}
                onClick={() => toggle(c, !on)}
                className={`relative mt-0.5 inline-flex h-7 w-12 shrink-0 items-center rounded-full border-2 transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-300 ${
                  on ? 'border-sky-700 bg-sky-700 dark:border-sky-300 dark:bg-sky-300' : 'border-slate-500 bg-slate-200 dark:border-slate-400 dark:bg-slate-700'
                }`}
              >
                <span aria-hidden="true" className={`inline-block size-5 rounded-full bg-white shadow transition-transform dark:bg-slate-950 ${on ? 'translate-x-5' : 'translate-x-0.5'}`} />
              </button>
            </li>
          );
        })}
      </ul>
      <div className="mt-3 grid gap-3">
        <TextField
          label="Accept when it mentions"
          hint="Comma-separated, e.g. Rust, data contracts"
          value={value.keywords.accept}
          maxLength={1000}
          onChange={(accept) => onChange({ ...value, keywords: { ...value.keywords, accept } })}
        />
        <TextField
          label="Ignore when it mentions"
          hint="Comma-separated, e.g. forex, MLM"
          value={value.keywords.ignore}
          maxLength={1000}
          onChange={(ignore) => onChange({ ...value, keywords: { ...value.keywords, ignore } })}
        />
      </div>
    </section>
  );
}
