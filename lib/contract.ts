/**
 * The contract's constants, without zod: limits, plan limits, field maxima, check and rule ids.
 * The page, the server, the CLI and the core (analyzer, rewrite, templates) all import these from
 * here, so the browser bundle never pulls in the schema library and no limit is written twice.
 */

/** Longest note accepted for analysis (LinkedIn's own limit is 300; drafts can be longer). */
export const MAX_NOTE_LENGTH = 5000;

export const PLANS = ['free', 'premium'] as const;
export type Plan = (typeof PLANS)[number];

/** LinkedIn's note limits per plan, in UTF-16 code units (what a browser textarea counts). */
export const PLAN_LIMITS: Readonly<Record<Plan, number>> = { free: 200, premium: 300 };

/** The plan a request without one is judged against. */
export const DEFAULT_PLAN: Plan = 'premium';

/** Resolves a request's plan to its character limit (premium by default). */
export function limitFor(plan: Plan | undefined): number {
  return PLAN_LIMITS[plan ?? DEFAULT_PLAN];
}

/** Longest value of each detail field, in characters. */
export const FIELD_MAX = {
  name: 100,
  headline: 220,
  company: 100,
  industry: 100,
  about: 2600,
  recentWork: 300,
  goal: 300,
  schools: 120,
  mutualConnections: 100,
} as const;

/** Most entries per list field. */
export const LIST_MAX = { schools: 10, mutualConnections: 20 } as const;

export const CHECK_IDS = ['length', 'intent', 'shared-ground', 'specific-praise', 'red-flags'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** Red-flag rules: what a recipient declines a note for. The user's config can change these. */
export const RED_FLAG_IDS = [
  'boilerplate',
  'emoji',
  'buzzword-title',
  'count-bragging',
  'self-promotion',
  'sales-pitch',
  'early-ask',
  'placeholder',
  'all-caps',
  'exclamation',
  'name-mismatch',
  'hedging',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** The red flags found by phrase lists: the ones a user can add phrases to. */
export const PHRASE_RULE_IDS = ['boilerplate', 'buzzword-title', 'hedging', 'early-ask', 'sales-pitch'] as const satisfies readonly RedFlagId[];
export type PhraseRuleId = (typeof PHRASE_RULE_IDS)[number];

/** Check-level rules: the evidence each of the other checks reports. */
export const CHECK_RULE_IDS = [
  'over-limit',
  'extra-sentence',
  'purpose',
  'offer',
  'vague-purpose',
  'shared-ground',
  'unnamed-mutual',
  'contradicted-school',
  'contradicted-mutual',
  'specific-praise',
  'generic-praise',
  'unpraised-reference',
] as const;
export type CheckRuleId = (typeof CHECK_RULE_IDS)[number];

/** Every rule id a finding can carry. */
export const RULE_IDS = [...RED_FLAG_IDS, ...CHECK_RULE_IDS] as const;
export type RuleId = RedFlagId | CheckRuleId;

/** Severities a user may give a red-flag rule, or switch it off. */
export const RULE_SETTINGS = ['off', 'minor', 'serious'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** Bounds of a user's rule config. */
export const CONFIG_MAX = { phrasesPerRule: 50, phraseLength: 80, allow: 100 } as const;

/** Most recipients one POST /api/batch takes (a file of up to 10,000 is sent in parts). */
export const MAX_BATCH_ROWS = 1000;
/** Longest template a batch accepts (the user's own text; a note is 300 at most). */
export const MAX_BATCH_TEMPLATE = 2000;
/** Bounds of one batch row: columns, a column's name, a cell, and a value used as a `{slot}` of its own. */
export const BATCH_ROW_MAX = { columns: 50, columnName: 100, cell: 5000, slotValue: 300 } as const;
