/**
 * `red-flags`: what makes a stranger decline — boilerplate, hype, bragging, pitches, early asks,
 * unfilled slots, shouting, hedges, and greeting the wrong person.
 */
import { RED_FLAG_IDS, type RedFlagId } from '../../contract';
import type { CheckResult, Finding, RuleConfig } from '../../schema';
import type { CheckContext } from '../context';
import type { NoteDoc } from '../document';
import { ruleFinding, sortFindings } from '../finding';
import {
  COUNT_BRAGGING_PATTERN,
  HYPE_EMOJI,
  RED_FLAG_RULES,
  PIPE_TITLES,
  SELF_PROMOTION_PAIRS,
  SELF_PROMOTION_SIGNALS,
  SELF_PROMOTION_THRESHOLD,
} from '../lexicon/red-flags';
import { TITLES } from '../lexicon/structure';
import { compileAll, compilePairs, findAll, findIn, findPairs, type LeadPair, namesAgree } from '../matching';
import { buildPhraseNet, type PhraseNet, splitWords, sweep } from '../phrases';
import { allMatches, normalize } from '../text';

const countBragging = new RegExp(COUNT_BRAGGING_PATTERN, 'gu');
const selfPromotion = SELF_PROMOTION_SIGNALS.map((s) => ({ pattern: new RegExp(s.pattern, 'gu'), weight: s.weight }));
const selfPromotionPairs = SELF_PROMOTION_PAIRS.map((p) => ({ pair: compilePairs([p]), weight: p.weight }));

/**
 * "PM | Speaker | Mentor | Author": three or more pipe-separated titles on one line. Each line is
 * split on "|"; a run of parts of a title's length (the first and last included) is the finding,
 * from the first title's first letter to the last title's last.
 */
function pipeTitles(text: string): { start: number; end: number }[] {
  // Every finding holds a "|": a note without one has none.
  if (!text.includes('|')) return [];
  const out: { start: number; end: number }[] = [];
  const { min, partLength } = PIPE_TITLES;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const parts: { start: number; end: number }[] = [];
    let from = lineStart;
    for (let j = lineStart; j <= i; j++) {
      if (j < i && text[j] !== '|') continue;
      let s = from;
      let e = j;
      while (s < e && /\s/u.test(text[s] as string)) s++;
      while (e > s && /\s/u.test(text[e - 1] as string)) e--;
      parts.push({ start: s, end: e });
      from = j + 1;
    }
    let run: { start: number; end: number }[] = [];
    const flush = () => {
      if (run.length >= min) out.push({ start: (run[0] as { start: number }).start, end: (run[run.length - 1] as { end: number }).end });
      run = [];
    };
    parts.forEach((p, k) => {
      const length = p.end - p.start;
      // The first and last parts may hold prose around the titles: only a title's length counts.
      if (length >= partLength.min && length <= partLength.max && (parts.length > 1 || k > 0)) run.push(p);
      else flush();
    });
    flush();
    lineStart = i + 1;
  }
  return out.filter((r) => text.slice(r.start, r.end).includes('|'));
}
const titles = new Set(TITLES);
const hype = new Set(HYPE_EMOJI);
// An emoji and what may ride on it: variation selector, skin tone, ZWJ-joined parts.
const EMOJI_RUN = /(?:\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}(?:\u200D\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}){0,6}[ \t]{0,3}){1,50}/gu;
const EMOJI = /\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}(?:\u200D\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]{0,2}){0,6}/gu;
// A UTF-16 unit of U+2600 or above (surrogates included): where an emoji may be.
const AT_OR_ABOVE_2600 = /[\u2600-\uffff]/;
// Runs of ! and ?: "!!!", "?!" and "!?" are excitement, "??" alone is not.
const MARK_RUN = /[!?]{2,}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Detector = (doc: NoteDoc, ctx: CheckContext) => Finding[];

/** True for ASCII text that holds a lowercase letter (so it is not in capitals). */
function asciiWithLowercase(text: string): boolean {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return false;
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower;
}

/** A finding of a red-flag rule, with the registry's message and expected alternative. */
function flag(doc: NoteDoc, id: RedFlagId, start: number, end: number, vars?: Record<string, string>): Finding {
  return ruleFinding(doc.text, id, start, end, { expected: RED_FLAG_RULES[id].expected, vars });
}

interface PhraseMatcher {
  nets: PhraseNet[];
  patterns: RegExp[];
  pairs: LeadPair[];
}

/** The one generic detector of every phrase-list rule: phrase nets, patterns and lead pairs. */
function matchPhrases(doc: NoteDoc, id: RedFlagId, m: PhraseMatcher): Finding[] {
  return [...m.nets.flatMap((net) => sweep(net, doc.words)), ...findAll(doc.content, m.patterns), ...findPairs(doc, m.pairs)]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s, i, all) => i === 0 || s.start >= (all[i - 1] as { end: number }).end)
    .map((s) => flag(doc, id, s.start, s.end));
}

// Built once, at module load, from the registry: a new phrase-list rule is a data-only edit.
const phraseMatchers = new Map<RedFlagId, PhraseMatcher>(
  RED_FLAG_IDS.flatMap((id) => {
    const rule = RED_FLAG_RULES[id];
    if (!rule.phrases && !rule.patterns && !rule.pairs) return [];
    return [[id, { nets: rule.phrases ? [buildPhraseNet(rule.phrases)] : [], patterns: compileAll(rule.patterns ?? []), pairs: compilePairs(rule.pairs ?? []) }] as const];
  }),
);

const detectors: Partial<Record<RedFlagId, Detector>> = {
  'buzzword-title': (doc) =>
    matchPhrases(doc, 'buzzword-title', phraseMatchers.get('buzzword-title') as PhraseMatcher).filter(
      // "the Visionary Summit" names an event, not a person.
      (f) => !(/^\p{Lu}/u.test(f.actual) && /^\s{1,3}\p{Lu}/u.test(doc.text.slice(f.span.end, f.span.end + 8))),
    ),
  'count-bragging': (doc) =>
    findIn(doc.content, countBragging)
      .filter((s) => !/(?:mutual|shared|in common)/.test(doc.norm.slice(Math.max(0, s.start - 12), s.end + 12)))
      .map((s) => flag(doc, 'count-bragging', s.start, s.end)),
  'self-promotion': (doc) => {
    const hits = [
      ...selfPromotion.flatMap(({ pattern, weight }) => findIn(doc.content, pattern).map((s) => ({ ...s, weight }))),
      ...selfPromotionPairs.flatMap(({ pair, weight }) => findPairs(doc, pair).map((s) => ({ ...s, weight }))),
      ...pipeTitles(doc.content).map((s) => ({ ...s, weight: PIPE_TITLES.weight })),
    ].sort((a, b) => a.start - b.start);
    const total = hits.reduce((sum, h) => sum + h.weight, 0);
    if (total < SELF_PROMOTION_THRESHOLD) return [];
    return hits.map((s) => flag(doc, 'self-promotion', s.start, s.end));
  },
  placeholder: (doc) => doc.placeholders.map((s) => flag(doc, 'placeholder', s.start, s.end)),
  'all-caps': (doc) => {
    const out: Finding[] = [];
    let run: typeof doc.terms = [];
    const flush = () => {
      const letters = run.reduce((n, t) => n + t.text.replace(/[^\p{L}]/gu, '').length, 0);
      if (run.length >= 3 && letters >= 10) {
        const first = run[0] as (typeof run)[number];
        const last = run[run.length - 1] as (typeof run)[number];
        out.push(flag(doc, 'all-caps', first.start, last.end));
      }
      run = [];
    };
    for (const term of doc.terms) {
      // Most words are ASCII with a lowercase letter: not capitals, no Unicode pass needed.
      if (asciiWithLowercase(term.text)) {
        flush();
        continue;
      }
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
    return spans.map((m) => flag(doc, 'exclamation', m.index, m.index + m[0].length));
  },
  emoji: (doc) => {
    // Only emoji from U+2600 up count, and a text without a unit that high holds none.
    if (!AT_OR_ABOVE_2600.test(doc.text)) return [];
    const all = allMatches(EMOJI, doc.text).filter((m) => (m[0].codePointAt(0) ?? 0) >= 0x2600);
    if (all.length === 0) return [];
    const runs = allMatches(EMOJI_RUN, doc.text)
      .map((m) => ({ start: m.index, end: m.index + m[0].trimEnd().length }))
      .map((s) => ({ ...s, count: all.filter((e) => e.index >= s.start && e.index < s.end).length }))
      .filter((s) => s.count > 0);
    const flagged = runs.filter(
      (s) => s.count >= 2 || all.length >= 3 || [...doc.text.slice(s.start, s.end)].some((ch) => hype.has(ch)),
    );
    return flagged.map((s) => flag(doc, 'emoji', s.start, s.end));
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
    return [ruleFinding(doc.text, 'name-mismatch', name.start, name.end, { expected: [recipient.split(/\s+/u)[0] ?? recipient], vars: { recipient } })];
  },
};

/** The user's phrases for a rule, matched like the built-in ones (a net per request, only when given). */
function userPhrases(doc: NoteDoc, id: RedFlagId, phrases: readonly string[]): Finding[] {
  const normalized = phrases.map((p) => splitWords(normalize(p)).map((w) => w.word).join(' ')).filter(Boolean);
  if (normalized.length === 0) return [];
  return matchPhrases(doc, id, { nets: [buildPhraseNet(normalized)], patterns: [], pairs: [] });
}

/** Where the allowed phrases stand in the note, as whole words (case and quotes folded). */
function allowedSpans(doc: NoteDoc, allow: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const phrase of allow) {
    const p = normalize(phrase).trim();
    if (!p) continue;
    for (let at = doc.norm.indexOf(p); at >= 0; at = doc.norm.indexOf(p, at + 1)) {
      const end = at + p.length;
      if (!WORD_CHAR.test(doc.norm[at - 1] ?? ' ') && !WORD_CHAR.test(doc.norm[end] ?? ' ')) out.push({ start: at, end });
    }
  }
  return out;
}

// A phrase-list rule's built-in findings, found once per note: the red-flags check and intent both read them.
const builtIn = new WeakMap<NoteDoc, Map<RedFlagId, readonly Finding[]>>();

/** The findings of one rule as it is built in, whatever the user's config (intent reads pitches so). */
export function builtInFindings(doc: NoteDoc, id: RedFlagId): readonly Finding[] {
  let byRule = builtIn.get(doc);
  if (!byRule) builtIn.set(doc, (byRule = new Map()));
  let found = byRule.get(id);
  if (!found) {
    const matcher = phraseMatchers.get(id);
    found = matcher ? matchPhrases(doc, id, matcher) : [];
    byRule.set(id, found);
  }
  return found;
}

/** Runs every red-flag rule the user has not switched off; the findings feed this check and intent. */
export function findRedFlags(ctx: CheckContext): Finding[] {
  const config: RuleConfig = ctx.request.config ?? {};
  const findings: Finding[] = [];
  for (const id of RED_FLAG_IDS) {
    if (config.rules?.[id] === 'off') continue;
    const detector = detectors[id];
    const matcher = phraseMatchers.get(id);
    if (detector) findings.push(...detector(ctx.doc, ctx));
    else if (matcher) findings.push(...builtInFindings(ctx.doc, id));
    const own = (config.phrases as Partial<Record<RedFlagId, string[]>> | undefined)?.[id];
    if (own && own.length > 0) findings.push(...userPhrases(ctx.doc, id, own));
  }
  // A finding is allowed when it lies inside a whole-word occurrence of a phrase the user allows.
  const allowedHere = allowedSpans(ctx.doc, config.allow ?? []);
  const kept = findings.filter(
    (f, i) =>
      !allowedHere.some((a) => a.start <= f.span.start && f.span.end <= a.end) &&
      !findings.some((o, j) => j < i && o.ruleId === f.ruleId && o.span.start === f.span.start && o.span.end === f.span.end),
  );
  return sortFindings(kept);
}

/** A rule's severity as the user set it, else the registry's. */
export function severityOf(id: RedFlagId, config: RuleConfig | undefined): 'minor' | 'serious' | 'critical' {
  const set = config?.rules?.[id];
  return set === 'minor' || set === 'serious' ? set : RED_FLAG_RULES[id].severity;
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
  const serious = ids.filter((id) => severityOf(id, ctx.request.config) !== 'minor');
  const labels = ids.map((id) => RED_FLAG_RULES[id].label);
  const list = labels.length === 1 ? (labels[0] as string) : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  return {
    id: 'red-flags',
    status: serious.length > 0 ? 'fail' : 'warn',
    message: serious.length > 0 ? `A stranger may decline this: it has ${list}.` : `Small things to tidy: ${list}.`,
    why: ids.map((id) => RED_FLAG_RULES[id].description).join(' '),
    fix: `${findings.length === 1 ? 'Fix the highlighted phrase' : 'Fix the highlighted phrases'}: ${ids.map((id) => RED_FLAG_RULES[id].expected[0]).join('; ')}.`,
    findings,
  };
}
