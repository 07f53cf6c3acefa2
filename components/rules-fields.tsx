'use client';
/**
 * The controls of "Your rules", built from the rule registry: one row per red flag (what it
 * catches, and Default / Off / Minor / Serious), your own phrases for a rule, and phrases that are
 * never flagged.
 */
import { useId, useState } from 'react';
import { TextField } from './ui/text-field';
import { buttonClass } from './ui/button';
import { RED_FLAG_RULES } from '@/lib/analyzer/lexicon/red-flags';
import { CONFIG_MAX, RED_FLAG_IDS, type RedFlagId, type RuleSetting } from '@/lib/contract';
import { EMPTY_RULES, type RulesForm, splitPhrases, withSetting } from '@/lib/client/rules';

export interface RulesFieldsProps {
  rules: RulesForm;
  onChange: (next: RulesForm) => void;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const SETTING_LABEL: Record<RuleSetting, string> = { off: 'Off', minor: 'Minor', serious: 'Serious' };

/** One rule's row: its name, what it catches, and a select for its setting. */
function RuleRow({ id, value, onChange }: { id: RedFlagId; value: RuleSetting | undefined; onChange: (s: RuleSetting | undefined) => void }) {
  const selectId = useId();
  const rule = RED_FLAG_RULES[id];
  const def = rule.severity === 'minor' ? 'minor' : 'serious';
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2">
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor={selectId} className="text-sm font-medium text-slate-900 dark:text-slate-100">
          {capitalize(rule.label)}
        </label>
        <p className="text-xs text-slate-600 dark:text-slate-400">{rule.description}</p>
      </div>
      <select
        id={selectId}
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as RuleSetting | undefined)}
        className="min-h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
      >
        <option value="">Default ({def})</option>
        {(['off', 'minor', 'serious'] as const).map((s) => (
          <option key={s} value={s}>
            {SETTING_LABEL[s]}
          </option>
        ))}
      </select>
    </li>
  );
}

/** The panel's controls. */
export function RulesFields({ rules, onChange }: RulesFieldsProps) {
  const [target, setTarget] = useState<RedFlagId>('buzzword-title');
  const targetId = useId();
  const [phrasesText, setPhrasesText] = useState(() => (rules.phrases[target] ?? []).join('\n'));
  const [allowText, setAllowText] = useState(() => rules.allow.join('\n'));
  const pickTarget = (id: RedFlagId) => {
    setTarget(id);
    setPhrasesText((rules.phrases[id] ?? []).join('\n'));
  };
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Judge notes by your own standard. Changes apply to every analysis and rewrite, and stay in this browser.
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Red flags">
        {RED_FLAG_IDS.map((id) => (
          <RuleRow key={id} id={id} value={rules.rules[id]} onChange={(s) => onChange(withSetting(rules, id, s))} />
        ))}
      </ul>
      <div className="space-y-2">
        <label htmlFor={targetId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Your own phrases to flag as
        </label>
        <select
          id={targetId}
          value={target}
          onChange={(e) => pickTarget(e.target.value as RedFlagId)}
          className="ml-2 min-h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
        >
          {RED_FLAG_IDS.map((id) => (
            <option key={id} value={id}>
              {RED_FLAG_RULES[id].label}
            </option>
          ))}
        </select>
        <TextField
          label="Phrases to flag (one per line)"
          multiline
          value={phrasesText}
          placeholder="pipeline whisperer"
          hint={`Flagged wherever they appear, as ${RED_FLAG_RULES[target].label}. Up to ${CONFIG_MAX.phrasesPerRule}.`}
          onChange={(text) => {
            setPhrasesText(text);
            onChange({ ...rules, phrases: { ...rules.phrases, [target]: splitPhrases(text, CONFIG_MAX.phrasesPerRule) } });
          }}
        />
      </div>
      <TextField
        label="Never flag these phrases (one per line)"
        multiline
        value={allowText}
        placeholder="growth hacker"
        hint="For words that are right in your field, like a job title that sounds like a buzzword."
        onChange={(text) => {
          setAllowText(text);
          onChange({ ...rules, allow: splitPhrases(text, CONFIG_MAX.allow) });
        }}
      />
      <button
        type="button"
        className={buttonClass('quiet', 'sm')}
        onClick={() => {
          setPhrasesText('');
          setAllowText('');
          onChange(EMPTY_RULES);
        }}
      >
        Back to the default rules
      </button>
    </div>
  );
}
