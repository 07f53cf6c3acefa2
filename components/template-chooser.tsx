'use client';
/**
 * The inside of "Start from a template": pick a scenario, see its note filled from the details
 * given (in the browser: templates are pure data), what it still needs, and put it in the editor.
 * Loaded only when the fold is first opened (see template-picker.tsx).
 */
import { useId, useMemo, useState } from 'react';
import { buttonClass } from './ui/button';
import { TextField } from './ui/text-field';
import { splitPlaceholders } from '@/lib/client/text';
import { fillTemplate, SLOTS, type SlotName, slotsOf, TEMPLATES } from '@/lib/templates';
import type { Plan, Profile, Sender } from '@/lib/schema';

/** Props of the chooser. */
export interface TemplateChooserProps {
  profile?: Profile;
  sender?: Sender;
  plan: Plan;
  onUse: (text: string, label: string) => void;
}

/** Scenario radio group and the chosen template's preview. */
export function TemplateChooser({ profile, sender, plan, onUse }: TemplateChooserProps) {
  const id = useId();
  const [chosen, setChosen] = useState<string>(TEMPLATES[0]?.id ?? '');
  // Values typed into a template's gaps (an event, a former employer: facts the details cannot hold).
  const [slots, setSlots] = useState<Partial<Record<SlotName, string>>>({});
  const template = TEMPLATES.find((t) => t.id === chosen) ?? TEMPLATES[0];
  const filled = useMemo(() => (template ? fillTemplate(template, { profile, sender, plan, slots }) : null), [template, profile, sender, plan, slots]);
  // A gap gets a field while its placeholder shows, and keeps it while the user is filling it.
  const gaps = template && filled ? slotsOf(template).filter((name) => filled.placeholders.includes(SLOTS[name].placeholder) || slots[name] !== undefined) : [];

  return TEMPLATES.length === 0 || !template || !filled ? (
    <p className="text-sm text-slate-700 dark:text-slate-300">No templates are available yet.</p>
  ) : (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Scenario</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {TEMPLATES.map((t) => (
            <label
              key={t.id}
              className="relative cursor-pointer rounded-full border border-slate-300 px-3 py-1.5 text-sm has-checked:border-sky-700 has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 dark:border-slate-600 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-300 dark:has-checked:text-slate-950"
            >
              <input type="radio" name={`${id}-scenario`} value={t.id} checked={t.id === template.id} onChange={() => setChosen(t.id)} className="absolute inset-0 z-10 cursor-pointer appearance-none opacity-0" />
              {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
        <p className="text-sm text-slate-700 dark:text-slate-300">{template.description}</p>
        <p id={`${id}-preview`} className="mt-2 text-sm leading-6 break-words whitespace-pre-wrap text-slate-900 dark:text-slate-100">
          {splitPlaceholders(filled.text, filled.placeholders).map((part, index) =>
            part.placeholder ? (
              <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-amber-950 dark:bg-amber-400/25 dark:text-amber-100">
                {part.text}
              </mark>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
        <p className="mt-2 text-sm">
          {filled.missing.length === 0 ? (
            <span className="font-medium text-emerald-800 dark:text-emerald-300">Ready: every detail it needs is filled in.</span>
          ) : (
            <span className="text-amber-900 dark:text-amber-200">
              <span className="font-semibold">Still needs:</span> {filled.missing.join(', ')}: fill {filled.missing.length === 1 ? 'it' : 'them'} in below, or edit the bracketed {filled.missing.length === 1 ? 'part' : 'parts'} in your note.
            </span>
          )}
        </p>
      </div>
      {gaps.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Fill the gaps here, or in the details above</legend>
          {gaps.map((name) => (
            <TextField key={name} label={SLOTS[name].label} value={slots[name] ?? ''} maxLength={120} onChange={(value) => setSlots({ ...slots, [name]: value })} />
          ))}
        </fieldset>
      )}
      <button type="button" aria-describedby={`${id}-preview`} onClick={() => onUse(filled.text, template.name)} className={buttonClass('primary', 'sm')}>
        Use this template
      </button>
    </div>
  );
}
