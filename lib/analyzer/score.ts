/**
 * Score and verdict from the checks, following the expert rules and calibrated on real notes as
 * well as on ours: a stated purpose matters most, and an offer (a pitch, a recruiter's blast)
 * counts for less than a reason to talk; shared ground and specific praise raise the score, and
 * either alone makes a note worth improving rather than weak; red flags and length sink it.
 */
import type { Analysis, CheckResult, RedFlagId, RuleConfig, Verdict } from '../schema';
import { RED_FLAG_RULES } from './lexicon/red-flags';

/** How the note states its purpose, as the intent check found it. */
export type IntentKind = 'purpose' | 'offer' | 'vague' | 'none';

/** Points by what each check found; a note with everything earns 40 + 30 + 30 + 15 = 115, capped at 100. */
export const POINTS = {
  intent: { purpose: 40, offer: 10, vague: 5, none: 0 } satisfies Record<IntentKind, number>,
  'shared-ground': { pass: 30, warn: 8, fail: 0 },
  'specific-praise': { pass: 30, warn: 5, fail: 0 },
  /** By sentences as a reader counts them: one or two, three, four or more. */
  length: { upToTwo: 15, three: 10, more: 5 },
} as const;

/** Points off a note over its plan's limit (LinkedIn will not send it). */
export const OVER_LIMIT_PENALTY = 10;

/** A red flag's penalty when the user sets its severity: minor ones cost little, serious ones a lot. */
export const SEVERITY_PENALTY = { minor: 5, serious: 30 } as const;

/** Points a red-flag rule takes off, with the user's severity for it. */
export function penaltyOf(id: RedFlagId, config?: RuleConfig): number {
  const rule = RED_FLAG_RULES[id];
  const set = config?.rules?.[id];
  if (set === 'minor') return Math.min(rule.penalty, SEVERITY_PENALTY.minor);
  if (set === 'serious') return Math.max(rule.penalty, SEVERITY_PENALTY.serious);
  return rule.penalty;
}

/** Without any purpose (not even an offer) a note can need work, but it is never strong. */
export const NO_INTENT_CAP = 50;

/** A note with any red flag, over the limit, or past three sentences is not strong. */
export const FLAGGED_CAP = 69;

/** Verdict thresholds on the score. */
export const VERDICT_THRESHOLDS = { strong: 70, needsWork: 45 } as const;

/** What the intent check says about the kind of purpose. */
export function intentKind(intent: CheckResult | undefined): IntentKind {
  if (!intent) return 'none';
  if (intent.status === 'pass') return intent.findings.some((f) => f.ruleId === 'purpose') ? 'purpose' : 'offer';
  return intent.status === 'warn' ? 'vague' : 'none';
}

export function scoreChecks(
  checks: readonly CheckResult[],
  stats: Pick<Analysis['stats'], 'sentences' | 'characters' | 'limit'>,
  config?: RuleConfig,
): { score: number; verdict: Verdict } {
  const byId = new Map(checks.map((c) => [c.id, c]));
  if (stats.sentences === 0) return { score: 0, verdict: 'weak' };
  const kind = intentKind(byId.get('intent'));
  let score = POINTS.intent[kind];
  score += POINTS['shared-ground'][byId.get('shared-ground')?.status ?? 'fail'];
  score += POINTS['specific-praise'][byId.get('specific-praise')?.status ?? 'fail'];
  score += stats.sentences <= 2 ? POINTS.length.upToTwo : stats.sentences === 3 ? POINTS.length.three : POINTS.length.more;
  const over = stats.characters > stats.limit;
  if (over) score -= OVER_LIMIT_PENALTY;
  const flags = new Set((byId.get('red-flags')?.findings ?? []).map((f) => f.ruleId as RedFlagId));
  for (const id of flags) score -= penaltyOf(id, config);
  if (kind === 'vague' || kind === 'none') score = Math.min(score, NO_INTENT_CAP);
  if (flags.size > 0 || over || stats.sentences > 3) score = Math.min(score, FLAGGED_CAP);
  score = Math.max(0, Math.min(100, Math.round(score)));
  return { score, verdict: verdictFor(score) };
}

export function verdictFor(score: number): Verdict {
  if (score >= VERDICT_THRESHOLDS.strong) return 'strong';
  if (score >= VERDICT_THRESHOLDS.needsWork) return 'needs-work';
  return 'weak';
}
