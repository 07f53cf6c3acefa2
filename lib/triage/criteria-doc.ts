/**
 * Renders docs/triage-criteria.md from the criteria table, the presets and the scam lexicon, so
 * the reference never drifts from the code (`npm run docs`; a test fails when it is stale).
 */
import { CRITERIA, PRESET_IDS, PRESETS } from './criteria';
import { LINK_SHORTENERS, SCAM_KINDS, SCAM_SIGNALS, SCAM_THRESHOLD } from './lexicon/scam';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The criteria reference as Markdown. */
export function renderCriteriaDoc(): string {
  const lines: string[] = [
    '# Triage criteria',
    '',
    'Generated from `lib/triage/criteria.ts` and `lib/triage/lexicon/scam.ts` by `npm run docs`; do not edit by hand.',
    '',
    'A criterion that holds gives a reason with its effect under the preset (or your override). The decision is **ignore** if any reason says ignore, else **review** if any says review, else **accept** when the preset’s required good signs hold (an accept keyword waives them), else the preset’s fallback.',
    '',
    '## Presets',
    '',
    '| preset | what it does | requires for an accept | when nothing decides | where it comes from |',
    '|---|---|---|---|---|',
    ...PRESET_IDS.map((id) => {
      const p = PRESETS[id];
      return `| \`${id}\` | ${cell(p.description)} | ${p.requires.length ? p.requires.map((r) => `\`${r}\``).join(', ') : '—'} | ${p.fallback} | ${cell(p.source)} |`;
    }),
    '',
    '## Criteria',
    '',
    `| id | ${PRESET_IDS.join(' | ')} | looks at | reason shown | where it comes from |`,
    `|---|${PRESET_IDS.map(() => '---').join('|')}|---|---|---|`,
    ...CRITERIA.map((c) => `| \`${c.id}\` | ${PRESET_IDS.map((p) => c.effects[p]).join(' | ')} | ${cell(c.description)} | ${cell(c.message)} | ${cell(c.source)} |`),
    '',
    '## Scam signs',
    '',
    `An invitation is a scam when its signs weigh ${SCAM_THRESHOLD} or more; each kind counts once, at its strongest. A job offer counts only when nothing in it connects to you.`,
    '',
    '| kind | weight | phrases |',
    '|---|---|---|',
    ...SCAM_SIGNALS.map((s) => `| ${s.kind} (${SCAM_KINDS[s.kind]}) | ${s.weight} | ${cell(s.phrases.join(', '))} |`),
    `| link-shortener (${SCAM_KINDS['link-shortener']}) | 2 | ${LINK_SHORTENERS.join(', ')} |`,
    '| payment (pay quoted per week, day or hour) | 1 | “$900/week”, “$300 per day”, “$5,000 weekly” |',
    '',
  ];
  return `${lines.join('\n')}\n`;
}
