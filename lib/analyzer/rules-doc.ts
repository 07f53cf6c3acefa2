/**
 * Renders the rule reference (docs/rules.md) from the lexicon and score data.
 */
import { RED_FLAG_IDS } from '../schema';
import { RED_FLAG_RULES } from './lexicon/red-flags';
import { CHECK_POINTS, FLAGGED_CAP, NO_INTENT_CAP, RED_FLAG_PENALTY, VERDICT_THRESHOLDS } from './score';

const CHECKS: { id: keyof typeof CHECK_POINTS; pass: string; warn: string; fail: string }[] = [
  { id: 'length', pass: '1–2 sentences, within the plan’s limit (free 200, premium 300)', warn: '3 sentences', fail: 'empty, greeting only, 4+ sentences, or over the limit' },
  { id: 'intent', pass: 'a purpose with content (learn how…, compare notes on…, follow your work on…, even a pitch)', warn: 'only a vague purpose (“let’s connect”, “learn from your experience”)', fail: 'no purpose' },
  { id: 'shared-ground', pass: 'names a shared school, company, field, goal, named mutual connection or event', warn: 'details show unused shared ground, or the note claims ground the details contradict', fail: 'nothing shared' },
  { id: 'specific-praise', pass: 'praises an identifiable post, talk, book, project or result', warn: 'only generic praise, or their work mentioned without what you valued', fail: 'no praise' },
];

export function renderRulesDoc(): string {
  const lines = [
    '# notecoach rules',
    '',
    '_Generated from `lib/analyzer` by `npm run docs`; do not edit by hand._',
    '',
    '## Checks and points',
    '',
    '| check | pass | warn | fail | points (pass / warn / fail) |',
    '|---|---|---|---|---|',
    ...CHECKS.map((c) => `| \`${c.id}\` | ${c.pass} | ${c.warn} | ${c.fail} | ${CHECK_POINTS[c.id].pass} / ${CHECK_POINTS[c.id].warn} / ${CHECK_POINTS[c.id].fail} |`),
    `| \`red-flags\` | none found | only minor flags | a serious or critical flag | −${RED_FLAG_PENALTY.critical} per critical rule, −${RED_FLAG_PENALTY.serious} per serious rule, −${RED_FLAG_PENALTY.minor} per minor rule |`,
    '',
    `Score = the points, minus the red-flag penalties, clamped to 0–100. Without a stated purpose (intent not passing) the score is capped at ${NO_INTENT_CAP}; with any red flag or a length problem, at ${FLAGGED_CAP}.`,
    `Verdict: **strong** at ${VERDICT_THRESHOLDS.strong}+, **needs-work** at ${VERDICT_THRESHOLDS.needsWork}–${VERDICT_THRESHOLDS.strong - 1}, **weak** below.`,
    '',
    '## Red flags',
    '',
    '| rule id | severity | what and why | instead |',
    '|---|---|---|---|',
    ...RED_FLAG_IDS.map((id) => {
      const r = RED_FLAG_RULES[id];
      return `| \`${id}\` | ${r.severity} | ${r.description} | ${r.expected.join('; ')} |`;
    }),
    '',
  ];
  return lines.join('\n');
}
