/**
 * Score and verdict from the checks, following the expert rules: intent matters most, shared
 * ground and specific praise raise the score, red flags and length failures sink it.
 */
import type { CheckId, CheckResult, Finding, RedFlagId, Status, Verdict } from '../schema';
import { RED_FLAG_RULES } from './lexicon/red-flags';

/** Points each check earns by status; they add up to 100 for a note that passes everything. */
export const CHECK_POINTS: Record<Exclude<CheckId, 'red-flags'>, Record<Status, number>> = {
  intent: { pass: 35, warn: 10, fail: 0 },
  'shared-ground': { pass: 25, warn: 8, fail: 0 },
  'specific-praise': { pass: 20, warn: 5, fail: 0 },
  length: { pass: 20, warn: 8, fail: 0 },
};

/** Points each distinct red flag takes away. */
export const RED_FLAG_PENALTY = { critical: 50, serious: 40, minor: 10 } as const;

/** Without a stated purpose a note is weak, however warm it is: intent matters most. */
export const NO_INTENT_CAP = 40;

/** A note with any red flag, or not within 1–2 sentences and the limit, is not strong. */
export const FLAGGED_CAP = 69;

/** Verdict thresholds on the score. */
export const VERDICT_THRESHOLDS = { strong: 70, needsWork: 45 } as const;

export function scoreChecks(checks: readonly CheckResult[]): { score: number; verdict: Verdict } {
  let score = 0;
  let intent: Status = 'fail';
  let flagged = false;
  for (const check of checks) {
    if (check.id === 'red-flags') {
      score -= penalty(check.findings);
      flagged ||= check.findings.length > 0;
    } else {
      score += CHECK_POINTS[check.id][check.status];
      if (check.id === 'intent') intent = check.status;
      if (check.id === 'length' && check.status !== 'pass') flagged = true;
    }
  }
  if (intent !== 'pass') score = Math.min(score, NO_INTENT_CAP);
  if (flagged) score = Math.min(score, FLAGGED_CAP);
  score = Math.max(0, Math.min(100, Math.round(score)));
  return { score, verdict: verdictFor(score) };
}

export function verdictFor(score: number): Verdict {
  if (score >= VERDICT_THRESHOLDS.strong) return 'strong';
  if (score >= VERDICT_THRESHOLDS.needsWork) return 'needs-work';
  return 'weak';
}

function penalty(findings: readonly Finding[]): number {
  const ids = new Set(findings.map((f) => f.ruleId as RedFlagId));
  let total = 0;
  for (const id of ids) {
    const rule = RED_FLAG_RULES[id];
    total += rule?.penalty ?? RED_FLAG_PENALTY[rule?.severity ?? 'minor'];
  }
  return total;
}
