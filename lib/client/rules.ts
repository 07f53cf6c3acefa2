/**
 * The user's own rules as the page keeps them (SPEC "Your own rules"): a setting per red-flag rule,
 * their own phrases per rule, and phrases never to flag. Stored in this browser only and sent with
 * every analysis and rewrite as the request's `config`.
 */
import { CONFIG_MAX, RED_FLAG_IDS, RULE_SETTINGS, type RedFlagId, type RuleSetting } from '@/lib/contract';
import type { RuleConfig } from '@/lib/schema';

export interface RulesForm {
  rules: Partial<Record<RedFlagId, RuleSetting>>;
  phrases: Partial<Record<RedFlagId, string[]>>;
  allow: string[];
}

export const EMPTY_RULES: RulesForm = { rules: {}, phrases: {}, allow: [] };

const ids: ReadonlySet<string> = new Set(RED_FLAG_IDS);
const settings: ReadonlySet<string> = new Set(RULE_SETTINGS);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks a stored value: only known rules, known settings and lists of strings. */
export function isRulesForm(value: unknown): value is RulesForm {
  if (!isObject(value) || !isObject(value.rules) || !isObject(value.phrases) || !isStrings(value.allow)) return false;
  return (
    Object.entries(value.rules).every(([id, s]) => ids.has(id) && typeof s === 'string' && settings.has(s)) &&
    Object.entries(value.phrases).every(([id, list]) => ids.has(id) && isStrings(list))
  );
}

/** Splits one-per-line (or comma-separated) input into clean, bounded phrases. */
export function splitPhrases(text: string, max: number): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\n,]/u)) {
    const p = raw.trim().slice(0, CONFIG_MAX.phraseLength);
    if (p && !out.some((o) => o.toLowerCase() === p.toLowerCase())) out.push(p);
  }
  return out.slice(0, max);
}

/** The request's `config` for a form, or undefined when nothing differs from the defaults. */
export function toConfig(form: RulesForm): RuleConfig | undefined {
  const config: RuleConfig = {};
  const rules = Object.fromEntries(Object.entries(form.rules).filter(([, s]) => s !== undefined));
  const phrases = Object.fromEntries(Object.entries(form.phrases).filter(([, list]) => list && list.length > 0).map(([id, list]) => [id, (list ?? []).slice(0, CONFIG_MAX.phrasesPerRule)]));
  if (Object.keys(rules).length > 0) config.rules = rules;
  if (Object.keys(phrases).length > 0) config.phrases = phrases;
  if (form.allow.length > 0) config.allow = form.allow.slice(0, CONFIG_MAX.allow);
  return Object.keys(config).length > 0 ? config : undefined;
}

/** The form with one rule's setting changed; `undefined` restores the default. */
export function withSetting(form: RulesForm, id: RedFlagId, setting: RuleSetting | undefined): RulesForm {
  const rules = { ...form.rules };
  if (setting === undefined) delete rules[id];
  else rules[id] = setting;
  return { ...form, rules };
}

/** How many settings differ from the defaults, for the panel's summary. */
export function changedCount(form: RulesForm): number {
  return Object.keys(form.rules).length + Object.values(form.phrases).filter((l) => l && l.length > 0).length + (form.allow.length > 0 ? 1 : 0);
}
