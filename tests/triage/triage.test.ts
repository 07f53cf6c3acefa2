/**
 * Triage as a recipient sees it: each criterion holds on what it should and not on its near
 * misses, each preset decides as the experts it follows would, overrides and keywords change
 * decisions, evidence always quotes the field it points into, and replies stay short and faithful.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { triageRequestSchema, triageResponseSchema, type Invitation, type Sender, type TriageRequestInput } from '@/lib/schema';
import { CRITERIA, CRITERION_IDS, type CriterionId, type PresetId, PRESET_IDS, PRESETS, triage } from '@/lib/triage';
import { SCAM_SIGNALS } from '@/lib/triage/lexicon/scam';

const ME: Sender = {
  name: 'Dana Kim',
  headline: 'Staff Data Engineer at Acme',
  company: 'Acme',
  industry: 'Data engineering',
  schools: ['University of Michigan'],
  goal: 'hire data engineers',
};

type Fixture = Invitation & { style: string };
const FIXTURES: Fixture[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/invitations.json'), 'utf8'));
const invitations: Invitation[] = FIXTURES.map(({ style: _style, ...inv }) => inv);
const byStyle = (style: string): Invitation => {
  const found = FIXTURES.find((f) => f.style === style);
  if (!found) throw new Error(`no fixture ${style}`);
  const { style: _s, ...inv } = found;
  return inv;
};

function run(input: TriageRequestInput) {
  return triage(triageRequestSchema.parse(input));
}
function one(inv: Invitation, preset: PresetId = 'curated', extra: Omit<TriageRequestInput, 'invitations'> = {}) {
  const result = run({ invitations: [inv], me: ME, ...extra, criteria: { preset, ...extra.criteria } }).results[0];
  if (!result) throw new Error('no result');
  return result;
}
const criteriaOf = (inv: Invitation, preset: PresetId = 'curated') => one(inv, preset).reasons.map((r) => r.criterion);

describe('criteria table', () => {
  test('every criterion id has one entry, an effect per preset and a message', () => {
    expect(CRITERIA.map((c) => c.id).sort()).toEqual([...CRITERION_IDS].sort());
    for (const c of CRITERIA) {
      for (const p of PRESET_IDS) expect(['off', 'accept', 'review', 'ignore']).toContain(c.effects[p]);
      expect(c.message.length).toBeGreaterThan(10);
      expect(c.source.length).toBeGreaterThan(5);
    }
  });
  test('the scam lexicon is lowercase and has no duplicates', () => {
    const all = SCAM_SIGNALS.flatMap((s) => s.phrases);
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) expect(p).toBe(p.toLowerCase());
  });
  test('the scam message says to consider reporting', () => {
    expect(CRITERIA.find((c) => c.id === 'scam')?.message).toMatch(/consider reporting/i);
  });
});

// [criterion, invitation that holds it, near miss that must not]
const CASES: [CriterionId, Invitation, Invitation][] = [
  ['clear-intent', { name: 'Sam', note: 'Hi Dana, I would love to compare notes on schema evolution.' }, { name: 'Sam', note: "Hi Dana, let's connect!" }],
  ['shared-ground', { name: 'Sam', note: 'Hi Dana, fellow Michigan alum here — would love to swap notes on Spark.' }, { name: 'Sam', note: 'Hi Dana, would love to swap notes on Spark.' }],
  ['shared-ground', { name: 'Sam', headline: 'Analyst at Acme', note: 'Hi!' }, { name: 'Sam', headline: 'Analyst at Acmeville Bank', note: 'Hi!' }],
  ['shared-ground', { name: 'Sam', mutualNames: ['Jamie Lee'] }, { name: 'Sam', mutualConnections: 3 }],
  // My goal is to hire data engineers: a data engineer shares it; a data analyst does not.
  ['shared-ground', { name: 'Sam', headline: 'Data Engineer | Spark' }, { name: 'Sam', headline: 'Data Analyst | Engineering manager' }],
  ['specific-praise', { name: 'Sam', note: 'Hi Dana, I loved your talk on data contracts at DataConf.' }, { name: 'Sam', note: 'Hi Dana, you have an impressive profile.' }],
  ['no-note-no-mutuals', { name: 'Sam', headline: 'Engineer' }, { name: 'Sam', headline: 'Engineer', mutualConnections: 1 }],
  ['no-note-no-mutuals', { name: 'Sam', note: '   ' }, { name: 'Sam', note: 'Hi Dana, I would love to compare notes on Spark.' }],
  ['blank-profile', { name: 'Sam', signals: { hasPhoto: false } }, { name: 'Sam', headline: 'Engineer', signals: { hasPhoto: false } }],
  ['blank-profile', { name: 'Sam', signals: { connections: 12 } }, { name: 'Sam', signals: { connections: 50, hasPhoto: true } }],
  ['boilerplate', { name: 'Sam', note: "I'd like to add you to my professional network." }, { name: 'Sam', note: 'I would like to add you to our Spark study group — interested?' }],
  ['count-bragging', { name: 'Sam', headline: 'Coach | 30K followers' }, { name: 'Sam', headline: 'Coach | 30 years of experience' }],
  ['count-bragging', { name: 'Sam', headline: 'LION | Sales' }, { name: 'Sam', headline: 'Lion Capital | Sales' }],
  ['count-bragging', { name: 'Sam', note: 'Hi Dana, I have 12,000 followers and would love to connect.' }, { name: 'Sam', note: 'Hi Dana, we have 12 mutual connections and I would love to connect.' }],
  // A headline that mentions "leadership" is not "thought leader".
  ['buzzword-title', { name: 'Sam', headline: 'Thought Leader in AI' }, { name: 'Sam', headline: 'Engineering leadership at Acme' }],
  ['buzzword-title', { name: 'Sam Ninja', headline: 'Engineer' }, { name: 'Sam Ninh', headline: 'Engineer' }],
  // One 🚀 in a launch announcement is not a run.
  ['emoji', { name: 'Sam', note: 'Hi Dana 🚀🚀 we launched!' }, { name: 'Sam', note: 'Excited to share our launch 🚀 — would love to compare notes on schema evolution.' }],
  ['emoji', { name: 'Sam', headline: 'Founder 🚀 | Growth 🔥 | Sales 💯' }, { name: 'Sam', headline: 'Founder 🚀 | Growth' }],
  ['sales-pitch', byStyle('sales pitch'), { name: 'Tom', note: 'Hi Dana, I sell cloud tooling, but I mostly want to compare notes on Spark tuning.' }],
  ['early-ask', { name: 'Sam', note: 'Hi Dana, could you refer me for the data role at Acme?' }, { name: 'Sam', note: 'Hi Dana, I would love to hear how you got started in data engineering.' }],
  ['scam', byStyle('crypto scam'), { name: 'Ann', note: 'Hi Dana, I work on crypto payments at Stripe and loved your talk on data contracts.' }],
  ['scam', byStyle('CV fixer'), { name: 'Ann', note: 'Hi Dana, I coach people on CVs and loved your post on hiring data engineers.' }],
  ['scam', byStyle('job scam'), { name: 'Ann', note: 'Hi Dana, we are hiring data engineers at Globex and your Spark work fits well.' }],
  ['scam', { name: 'Ann', note: 'Hi Dana, details here: bit.ly/3xYz' }, { name: 'Ann', note: 'Hi Dana, my talk is at example.com/bit.ly-guide' }],
  ['scam', { name: 'Ann', note: 'Hi Dana, the details: https://tinyurl.com/abc (quick!)' }, { name: 'Ann', note: 'Hi Dana, my rabbit.ly side project might interest you.' }],
  ['scam', byStyle('staffing spam'), { name: 'Ann', note: 'Hi Dana, urgent question about your Spark talk: which version did you use?' }],
];

describe.each(CASES)('%s', (criterion, holds, nearMiss) => {
  test(`holds on ${JSON.stringify(holds.note ?? holds.headline ?? holds.name)}`, () => {
    // Judged under a preset where the criterion is on.
    const preset: PresetId = CRITERIA.find((c) => c.id === criterion)?.effects.curated === 'off' ? 'strict' : 'curated';
    expect(criteriaOf(holds, preset)).toContain(criterion);
  });
  test(`near miss ${JSON.stringify(nearMiss.note ?? nearMiss.headline ?? nearMiss.name)}`, () => {
    const preset: PresetId = CRITERIA.find((c) => c.id === criterion)?.effects.curated === 'off' ? 'strict' : 'curated';
    // A required good sign that is missing is listed as missing, not as held.
    const missing = CRITERIA.find((c) => c.id === criterion)?.missing;
    expect(one(nearMiss, preset).reasons.filter((r) => r.criterion === criterion && r.message !== missing)).toEqual([]);
  });
});

describe('presets', () => {
  // [fixture style, open, curated, strict]
  const TABLE: [string, string, string, string][] = [
    ['peer with praise', 'accept', 'accept', 'accept'],
    // A recruiter with a role that fits me is worth reading under curated, not ignored.
    ['recruiter, role fits', 'accept', 'review', 'ignore'],
    ['bragger', 'accept', 'ignore', 'ignore'],
    ['founder, one rocket', 'accept', 'accept', 'review'],
    ['crypto scam', 'ignore', 'ignore', 'ignore'],
    ['name only', 'review', 'ignore', 'ignore'],
    ['blank profile', 'ignore', 'ignore', 'ignore'],
    ['silent with mutuals', 'accept', 'review', 'review'],
    ['sales pitch', 'accept', 'ignore', 'ignore'],
    ['staffing spam', 'ignore', 'ignore', 'ignore'],
    ['CV fixer', 'ignore', 'ignore', 'ignore'],
    ['default text', 'accept', 'review', 'ignore'],
    ['terse', 'accept', 'review', 'review'],
    ['job seeker', 'accept', 'accept', 'accept'],
    ['mutual intro', 'accept', 'accept', 'accept'],
    ['job scam', 'ignore', 'ignore', 'ignore'],
    ['investment pitch', 'ignore', 'ignore', 'ignore'],
    ['boilerplate opener', 'accept', 'review', 'ignore'],
  ];
  test.each(TABLE)('%s → open %s, curated %s, strict %s', (style, open, curated, strict) => {
    const inv = byStyle(style);
    expect([one(inv, 'open').decision, one(inv, 'curated').decision, one(inv, 'strict').decision]).toEqual([open, curated, strict]);
  });
  test('curated is the default', () => {
    const withDefault = run({ invitations, me: ME });
    const curated = run({ invitations, me: ME, criteria: { preset: 'curated' } });
    expect(withDefault).toEqual(curated);
  });
  test('open accepts more than curated, curated more than strict', () => {
    const counts = PRESET_IDS.map((preset) => run({ invitations, me: ME, criteria: { preset } }).summary.accept);
    expect(counts[0]).toBeGreaterThan(counts[1] as number);
    expect(counts[1]).toBeGreaterThan(counts[2] as number);
  });
  test('strict says what is missing', () => {
    const r = one(byStyle('founder, one rocket'), 'strict');
    expect(r.reasons[0]).toMatchObject({ criterion: 'shared-ground', effect: 'review', message: PRESETS.strict && expect.stringMatching(/connects them to you/) });
  });
});

describe('overrides', () => {
  test('switching a criterion off changes the decision', () => {
    const bragger = byStyle('bragger');
    expect(one(bragger).decision).toBe('ignore');
    const off = { 'count-bragging': 'off', 'buzzword-title': 'off', emoji: 'off' } as const;
    const r = one(bragger, 'curated', { criteria: { rules: off } });
    expect(r.decision).toBe('review');
    expect(r.reasons.map((x) => x.criterion)).not.toContain('buzzword-title');
  });
  test('a rule can make a criterion stricter', () => {
    expect(one(byStyle('recruiter, role fits')).decision).toBe('review');
    expect(one(byStyle('recruiter, role fits'), 'curated', { criteria: { rules: { 'early-ask': 'ignore' } } }).decision).toBe('ignore');
  });
  test('switching off a required good sign drops the requirement', () => {
    const silent = byStyle('silent with mutuals');
    expect(one(silent, 'curated').decision).toBe('review');
    expect(one(silent, 'curated', { criteria: { rules: { 'clear-intent': 'off' } } }).decision).toBe('review');
    expect(one(silent, 'curated', { criteria: { rules: { 'clear-intent': 'off', 'shared-ground': 'off' } } }).reasons).toEqual([]);
  });
  test('an ignore keyword ignores, with its evidence', () => {
    const r = one({ name: 'Sam', headline: 'Tarot reader and Data Engineer', note: 'Hi Dana, I would love to compare notes on Spark.' }, 'open', { criteria: { keywords: { ignore: ['Tarot'] } } });
    expect(r.decision).toBe('ignore');
    expect(r.reasons[0]).toMatchObject({ criterion: 'keyword', effect: 'ignore', evidence: { field: 'headline', actual: 'Tarot' } });
  });
  test('an accept keyword accepts without the preset requirements, but not over a warning', () => {
    const kw = { criteria: { keywords: { accept: ['rust'] } } };
    expect(one({ name: 'Sam', headline: 'Rust developer' }, 'strict', { ...kw, criteria: { ...kw.criteria, rules: { 'no-note-no-mutuals': 'off' } } }).decision).toBe('accept');
    expect(one({ name: 'Sam', headline: 'Rust developer' }, 'curated', kw).decision).toBe('ignore');
  });
  test('the keyword criterion switched off ignores both lists', () => {
    const r = one({ name: 'Sam', headline: 'Tarot reader' }, 'open', { criteria: { rules: { keyword: 'off' }, keywords: { ignore: ['tarot'] } } });
    expect(r.reasons.map((x) => x.criterion)).not.toContain('keyword');
  });
  test('an unknown criterion id is refused with the valid ids', () => {
    const parsed = triageRequestSchema.safeParse({ invitations: [{ name: 'A' }], criteria: { rules: { 'thought-leader': 'off' } } });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('clear-intent');
  });
});

describe('responses', () => {
  const all = PRESET_IDS.map((preset) => ({ preset, response: run({ invitations, me: ME, criteria: { preset } }) }));
  test.each(all)('$preset: results in order, summary counts add up, shape matches the schema', ({ response }) => {
    expect(response.results).toHaveLength(invitations.length);
    const counted = { accept: 0, review: 0, ignore: 0 };
    for (const r of response.results) counted[r.decision]++;
    expect(response.summary).toEqual(counted);
    expect(triageResponseSchema.safeParse(response).success).toBe(true);
  });
  test.each(all)('$preset: every evidence quotes its field exactly', ({ response }) => {
    response.results.forEach((r, i) => {
      const inv = invitations[i] as Invitation;
      for (const reason of r.reasons) {
        if (!reason.evidence) continue;
        const text = reason.evidence.field === 'note' ? inv.note : reason.evidence.field === 'headline' ? inv.headline : inv.name;
        expect(reason.evidence.actual).toBe((text ?? '').slice(reason.evidence.span.start, reason.evidence.span.end));
        expect(reason.evidence.actual.length).toBeGreaterThan(0);
      }
    });
  });
  test.each(all)('$preset: scores sit in their decision band; notes get an analysis', ({ response }) => {
    response.results.forEach((r, i) => {
      const band = { ignore: [0, 39], review: [40, 69], accept: [70, 100] }[r.decision];
      expect(r.score).toBeGreaterThanOrEqual(band[0] as number);
      expect(r.score).toBeLessThanOrEqual(band[1] as number);
      expect(r.analysis !== undefined).toBe(((invitations[i] as Invitation).note ?? '').trim() !== '');
    });
  });
  test.each(all)('$preset: a reply for accepts only, ≤ 2 sentences, no word the invitation did not hold', ({ response }) => {
    const frameWords = new Set(['Thanks', 'Happy', 'What', 'I', 'I’m', "I'm"]);
    response.results.forEach((r, i) => {
      const inv = invitations[i] as Invitation;
      expect(r.reply !== undefined).toBe(r.decision === 'accept');
      if (!r.reply) return;
      expect(r.reply.split(/[.?!](?:\s|$)/).filter((s) => s.trim()).length).toBeLessThanOrEqual(2);
      // Every capitalized word or number comes from the note or the name.
      const source = `${inv.note ?? ''} ${inv.name}`;
      for (const word of r.reply.match(/\b(?:\p{Lu}[\p{L}'’]*|\d[\d,.%]*)/gu) ?? []) {
        if (!frameWords.has(word)) expect(source).toContain(word);
      }
    });
  });
  test('replies answer the note', () => {
    expect(one(byStyle('peer with praise')).reply).toBe('Thanks for reaching out, Sam, and happy to connect. Happy to share how I rolled them out at Acme.');
    expect(one(byStyle('mutual intro')).reply).toBe('Thanks for reaching out, Chris, and happy to connect. Happy to compare notes on streaming pipelines.');
    expect(one(byStyle('job seeker')).reply).toBe('Thanks for reaching out, Maria, and happy to connect. Happy to share how I got started at Acme.');
  });
  test('an invitation with only a name gets a decision and a reason', () => {
    const r = run({ invitations: [{ name: 'John' }] });
    expect(r.results[0]).toMatchObject({ decision: 'ignore', reasons: [{ criterion: 'no-note-no-mutuals' }] });
  });
  test('the same request gives the same answer', () => {
    expect(run({ invitations, me: ME })).toEqual(run({ invitations, me: ME }));
  });
  test('200 invitations in one request; 201 refused; 0 refused', () => {
    const many = Array.from({ length: 200 }, (_, i) => invitations[i % invitations.length] as Invitation);
    expect(run({ invitations: many, me: ME }).results).toHaveLength(200);
    expect(triageRequestSchema.safeParse({ invitations: [...many, { name: 'x' }] }).success).toBe(false);
    expect(triageRequestSchema.safeParse({ invitations: [] }).success).toBe(false);
  });
});

test('docs/triage-criteria.md is generated from the current criteria (run `npm run docs`)', async () => {
  const { renderCriteriaDoc } = await import('@/lib/triage/criteria-doc');
  expect(readFileSync(join(__dirname, '../../docs/triage-criteria.md'), 'utf8')).toBe(renderCriteriaDoc());
});
