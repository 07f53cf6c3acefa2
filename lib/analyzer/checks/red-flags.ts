/**
 * `red-flags`: what makes a stranger decline — boilerplate, hype, bragging, pitches, early asks,
 * unfilled slots, shouting, hedges, and greeting the wrong person.
 */
import type { CheckResult, Finding, RedFlagId } from '../../schema';
import type { CheckContext } from '../context';
import type { NoteDoc } from '../document';
import { makeFinding, sortFindings } from '../finding';
import {
  BOILERPLATE_PATTERNS,
  BOILERPLATE_PHRASES,
  BUZZWORD_TITLES,
  COUNT_BRAGGING_PATTERN,
  EARLY_ASK_PATTERNS,
  HEDGING_PHRASES,
  HYPE_EMOJI,
  RED_FLAG_RULES,
  SALES_LEAD_PAIRS,
  SALES_PATTERNS,
  SELF_PROMOTION_SIGNALS,
  SELF_PROMOTION_THRESHOLD,
} from '../lexicon/red-flags';
import { TITLES } from '../lexicon/structure';
import { compileAll, compilePairs, findAll, findIn, findPairs, type LeadPair, namesAgree } from '../matching';
import { buildPhraseNet, type PhraseNet, sweep } from '../phrases';
import { allMatches } from '../text';

const boilerplate = buildPhraseNet(BOILERPLATE_PHRASES);
const boilerplatePatterns = compileAll(BOILERPLATE_PATTERNS);
const buzzwords = buildPhraseNet(BUZZWORD_TITLES);
const hedges = buildPhraseNet(HEDGING_PHRASES);
const earlyAsks = compileAll(EARLY_ASK_PATTERNS);
const sales = compileAll(SALES_PATTERNS);
const salesPairs = compilePairs(SALES_LEAD_PAIRS);
const countBragging = new RegExp(COUNT_BRAGGING_PATTERN, 'gu');
const selfPromotion = SELF_PROMOTION_SIGNALS.map((s) => ({ pattern: new RegExp(s.pattern, 'gu'), weight: s.weight }));
const titles = new Set(TITLES);
const hype = new Set(HYPE_EMOJI);
// An emoji and what may ride on it: variation selector, skin tone, ZWJ-joined parts.
const EMOJI_RUN = /(?:\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}(?:\u200D\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}){0,6}[ \t]{0,3}){1,50}/gu;
const EMOJI = /\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}(?:\u200D\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}){0,6}/gu;
// Runs of ! and ?: "!!!", "?!" and "!?" are excitement, "??" alone is not.
const MARK_RUN = /[!?]{2,}/gu;

type Detector = (doc: NoteDoc, ctx: CheckContext) => Finding[];

/** A detector from phrase nets (swept over the note's words) and patterns (run on its content). */
function phraseDetector(
  id: RedFlagId,
  found: { nets?: PhraseNet[]; patterns?: RegExp[]; pairs?: LeadPair[] },
  message: (actual: string) => string,
): Detector {
  return (doc) =>
    [...(found.nets ?? []).flatMap((net) => sweep(net, doc.words)), ...findAll(doc.content, found.patterns ?? []), ...findPairs(doc, found.pairs ?? [])]
      .sort((a, b) => a.start - b.start)
      .filter((s, i, all) => i === 0 || s.start >= (all[i - 1] as { end: number }).end)
      .map((s) => makeFinding(doc.text, id, message(doc.text.slice(s.start, s.end)), s.start, s.end, RED_FLAG_RULES[id].expected));
}

const detectors: Record<RedFlagId, Detector> = {
  boilerplate: phraseDetector('boilerplate', { nets: [boilerplate], patterns: boilerplatePatterns }, (a) => `Unexpected stock phrase \`${a}\`, say why you are writing to this person`),
  'buzzword-title': (doc, ctx) =>
    phraseDetector('buzzword-title', { nets: [buzzwords] }, (a) => `Unexpected buzzword title \`${a}\`, use your actual role`)(doc, ctx).filter(
      // "the Visionary Summit" names an event, not a person.
      (f) => !(/^\p{Lu}/u.test(f.actual) && /^\s{1,3}\p{Lu}/u.test(doc.text.slice(f.span.end, f.span.end + 8))),
    ),
  hedging: phraseDetector('hedging', { nets: [hedges] }, (a) => `Unexpected hedge \`${a}\`, state your reason plainly`),
  'early-ask': phraseDetector('early-ask', { patterns: earlyAsks }, (a) => `Unexpected ask \`${a}\` in a first note, connect first and ask later`),
  'sales-pitch': phraseDetector('sales-pitch', { patterns: sales, pairs: salesPairs }, (a) => `Unexpected pitch \`${a}\`, connect first; pitch later, if ever`),
  'count-bragging': (doc) =>
    findIn(doc.content, countBragging)
      .filter((s) => !/(?:mutual|shared|in common)/.test(doc.norm.slice(Math.max(0, s.start - 12), s.end + 12)))
      .map((s) =>
        makeFinding(doc.text, 'count-bragging', `Unexpected count \`${doc.text.slice(s.start, s.end)}\`, say what you do instead`, s.start, s.end, RED_FLAG_RULES['count-bragging'].expected),
      ),
  'self-promotion': (doc) => {
    const hits = selfPromotion.flatMap(({ pattern, weight }) => findIn(doc.content, pattern).map((s) => ({ ...s, weight })));
    const total = hits.reduce((sum, h) => sum + h.weight, 0);
    if (total < SELF_PROMOTION_THRESHOLD) return [];
    return hits.map((s) =>
      makeFinding(doc.text, 'self-promotion', `Unexpected résumé line \`${doc.text.slice(s.start, s.end)}\`, keep one line on who you are`, s.start, s.end, RED_FLAG_RULES['self-promotion'].expected),
    );
  },
  placeholder: (doc) =>
    doc.placeholders.map((s) =>
      makeFinding(doc.text, 'placeholder', `Unexpected unfilled slot \`${doc.text.slice(s.start, s.end)}\`, use the real detail`, s.start, s.end, RED_FLAG_RULES.placeholder.expected),
    ),
  'all-caps': (doc) => {
    const out: Finding[] = [];
    let run: typeof doc.terms = [];
    const flush = () => {
      const letters = run.reduce((n, t) => n + t.text.replace(/[^\p{L}]/gu, '').length, 0);
      if (run.length >= 3 && letters >= 10) {
        const first = run[0] as (typeof run)[number];
        const last = run[run.length - 1] as (typeof run)[number];
        out.push(makeFinding(doc.text, 'all-caps', `Unexpected capitals \`${doc.text.slice(first.start, last.end)}\`, use sentence case`, first.start, last.end, RED_FLAG_RULES['all-caps'].expected));
      }
      run = [];
    };
    for (const term of doc.terms) {
      const letters = term.text.replace(/[^\p{L}]/gu, '');
      const upper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      // "HI JOHN I WOULD LIKE": a one-letter word ("I", "A") carries a run on, but starts none.
      if (upper && (letters.length >= 2 || run.length > 0)) run.push(term);
      else flush();
    }
    flush();
    return out;
  },
  exclamation: (doc) => {
    const runs = allMatches(MARK_RUN, doc.text).filter((m) => /!!|!\?|\?!/u.test(m[0]));
    const singles = allMatches(/!/g, doc.text);
    const spans = runs.length > 0 ? runs : singles.length >= 3 ? singles : [];
    return spans.map((m) =>
      makeFinding(doc.text, 'exclamation', runs.length > 0 ? `Unexpected \`${m[0]}\`, use one exclamation mark at most` : 'Unexpected exclamation mark, use one at most in a note', m.index, m.index + m[0].length, RED_FLAG_RULES.exclamation.expected),
    );
  },
  emoji: (doc) => {
    const all = allMatches(EMOJI, doc.text).filter((m) => (m[0].codePointAt(0) ?? 0) >= 0x2600);
    if (all.length === 0) return [];
    const runs = allMatches(EMOJI_RUN, doc.text)
      .map((m) => ({ start: m.index, end: m.index + m[0].trimEnd().length }))
      .map((s) => ({ ...s, count: all.filter((e) => e.index >= s.start && e.index < s.end).length }))
      .filter((s) => s.count > 0);
    const flagged = runs.filter(
      (s) => s.count >= 2 || all.length >= 3 || [...doc.text.slice(s.start, s.end)].some((ch) => hype.has(ch)),
    );
    return flagged.map((s) =>
      makeFinding(doc.text, 'emoji', `Unexpected decorative emoji \`${doc.text.slice(s.start, s.end)}\`, drop them or keep one friendly 👋`, s.start, s.end, RED_FLAG_RULES.emoji.expected),
    );
  },
  'name-mismatch': (doc, ctx) => {
    const name = doc.greeting?.name;
    const recipient = ctx.request.profile?.name?.trim();
    if (!name || !recipient || /^[[{<%_]/.test(name.text)) return [];
    const withoutTitles = name.text
      .split(/\s+/u)
      .filter((w) => !titles.has(w.toLowerCase().replace(/\.$/, '')))
      .join(' ');
    if (!withoutTitles || /[/]/.test(withoutTitles) || namesAgree(withoutTitles, recipient)) return [];
    return [
      makeFinding(doc.text, 'name-mismatch', `Unexpected name \`${name.text}\`, the recipient is ${recipient}`, name.start, name.end, [recipient.split(/\s+/u)[0] ?? recipient]),
    ];
  },
};

/** Runs every red-flag rule; the findings feed both this check and the intent check. */
export function findRedFlags(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const id of Object.keys(detectors) as RedFlagId[]) findings.push(...detectors[id](ctx.doc, ctx));
  return sortFindings(findings);
}

/** The `red-flags` check over precomputed findings. */
export function checkRedFlags(ctx: CheckContext): CheckResult {
  const findings = ctx.redFlags;
  const ids = [...new Set(findings.map((f) => f.ruleId as RedFlagId))];
  if (ids.length === 0) {
    return {
      id: 'red-flags',
      status: 'pass',
      message: 'No red flags.',
      why: 'Recipients decline notes that pitch, brag, hedge or read as mass-sent; this one does none of that.',
      findings,
    };
  }
  const serious = ids.filter((id) => RED_FLAG_RULES[id].severity !== 'minor');
  const names = ids.map((id) => id.replace('-', ' '));
  return {
    id: 'red-flags',
    status: serious.length > 0 ? 'fail' : 'warn',
    message: `${serious.length > 0 ? 'Red flags' : 'Minor red flags'}: ${names.join(', ')}.`,
    why: ids.map((id) => RED_FLAG_RULES[id].description).join(' '),
    fix: `Remove the highlighted ${findings.length === 1 ? 'phrase' : 'phrases'}: ${ids.map((id) => RED_FLAG_RULES[id].expected[0]).join('; ')}.`,
    findings,
  };
}
