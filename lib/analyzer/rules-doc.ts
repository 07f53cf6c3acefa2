/**
 * Renders the rule reference (docs/rules.md) from the lexicon and score data.
 */
import { CHECK_RULE_IDS, RED_FLAG_IDS } from '../contract';
import { RED_FLAG_RULES } from './lexicon/red-flags';
import { RULES } from './rules';

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
import { FLAGGED_CAP, NO_INTENT_CAP, OVER_LIMIT_PENALTY, POINTS, VERDICT_THRESHOLDS } from './score';

const CHECKS: { id: 'length' | 'intent' | 'shared-ground' | 'specific-praise'; pass: string; warn: string; fail: string; points: string }[] = [
  { id: 'length', pass: '1–2 sentences, within the plan’s limit (free 200, premium 300)', warn: '3 sentences', fail: 'empty, greeting only, 4+ sentences, or over the limit', points: `${POINTS.length.upToTwo} for 1–2 sentences / ${POINTS.length.three} for 3 / ${POINTS.length.more} for more; −${OVER_LIMIT_PENALTY} over the limit; a note with no sentence scores 0` },
  { id: 'intent', pass: 'a purpose with content (learn how…, compare notes on…, follow your work on…, even a pitch)', warn: 'only a vague purpose (“let’s connect”, “learn from your experience”)', fail: 'no purpose', points: `${POINTS.intent.purpose} for a reason to talk / ${POINTS.intent.offer} for an offer only (a pitch, a recruiter’s blast, an invitation) / ${POINTS.intent.vague} vague / ${POINTS.intent.none}` },
  { id: 'shared-ground', pass: 'names a shared school, company, field, goal, named mutual connection or event', warn: 'details show unused shared ground, or the note claims ground the details contradict', fail: 'nothing shared', points: `${POINTS['shared-ground'].pass} / ${POINTS['shared-ground'].warn} / ${POINTS['shared-ground'].fail}` },
  { id: 'specific-praise', pass: 'praises an identifiable post, talk, book, project or result', warn: 'only generic praise, or their work mentioned without what you valued', fail: 'no praise', points: `${POINTS['specific-praise'].pass} / ${POINTS['specific-praise'].warn} / ${POINTS['specific-praise'].fail}` },
];

export function renderRulesDoc(): string {
  const lines = [
    '# notecoach rules',
    '',
    '_Generated from `lib/analyzer` by `npm run docs`; do not edit by hand._',
    '',
    '## Checks and points',
    '',
    '| check | pass | warn | fail | points |',
    '|---|---|---|---|---|',
    ...CHECKS.map((c) => `| \`${c.id}\` | ${c.pass} | ${c.warn} | ${c.fail} | ${c.points} |`),
    '| `red-flags` | none found | only minor flags | a serious or critical flag | each rule that fires takes off its penalty (below), once |',
    '',
    `Score = the points, minus the red-flag penalties, clamped to 0–100. Without any purpose (not even an offer) the score is capped at ${NO_INTENT_CAP}; with any red flag, over the limit, or past three sentences, at ${FLAGGED_CAP}.`,
    `Verdict: **strong** at ${VERDICT_THRESHOLDS.strong}+, **needs-work** at ${VERDICT_THRESHOLDS.needsWork}–${VERDICT_THRESHOLDS.strong - 1}, **weak** below.`,
    '',
    '## Red flags',
    '',
    'Each rule is one entry of `lib/analyzer/lexicon/red-flags.ts`; your own config (`config.rules`, `config.phrases`, `config.allow`) can switch it off, set it to minor or serious, add phrases to it, or allow a phrase.',
    '',
    '| rule id | severity | penalty | what and why | message | example | instead | rewrite |',
    '|---|---|---|---|---|---|---|---|',
    ...RED_FLAG_IDS.map((id) => {
      const r = RED_FLAG_RULES[id];
      return `| \`${id}\` | ${r.severity} | −${r.penalty} | ${cell(r.description)} | ${cell(r.message)} | ${cell(r.example)} | ${cell(r.expected.join('; '))} | ${r.rewrite} |`;
    }),
    '',
    '## Check-level rules',
    '',
    'The evidence the other checks report, each with its message (`{actual}` is the text it points at).',
    '',
    '| rule id | check | what it means | message | example | rewrite |',
    '|---|---|---|---|---|---|',
    ...CHECK_RULE_IDS.map((id) => {
      const r = RULES[id];
      return `| \`${id}\` | ${r.check} | ${cell(r.description)} | ${cell(r.message)} | ${cell(r.example)} | ${r.rewrite} |`;
    }),
    '',
    '## Phrases and patterns',
    '',
    'Phrases are matched as whole words, case-insensitively, with straight quotes; patterns are regular expressions on the lowercased note (each proven free of catastrophic backtracking by `tests/redos.test.ts`).',
    '',
    ...RED_FLAG_IDS.flatMap((id) => {
      const r = RED_FLAG_RULES[id];
      if (!r.phrases && !r.patterns && !r.pairs) return [];
      return [
        `### \`${id}\``,
        '',
        ...(r.phrases ? [`Phrases: ${r.phrases.map(code).join(', ')}.`, ''] : []),
        ...(r.patterns ? [`Patterns: ${r.patterns.length}.`, '', ...r.patterns.map((p) => `- ${code(p)}`), ''] : []),
        ...(r.pairs ? [...r.pairs.map((p) => `- lead ${code(p.lead)} within ${p.wordsBetween} words before ${code(p.target)}`), ''] : []),
      ];
    }),
  ];
  return lines.join('\n');
}
