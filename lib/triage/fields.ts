/**
 * Detectors over an invitation's short fields (headline, name) and the scam and keyword sweeps
 * over every field. Each returns spans into the field's own text, so evidence always satisfies
 * `actual === text.slice(start, end)`. Vocabulary comes from the analyzer's red-flag lexicon
 * (the same words a sender is warned about) and from ./lexicon/scam.
 */
import { BUZZWORD_TITLES, COUNT_BRAGGING_PATTERN } from '../analyzer/lexicon/red-flags';
import { buildPhraseNet, type PhraseNet, splitWords, sweep, type Word } from '../analyzer/phrases';
import { normalize } from '../analyzer/text';
import type { Span } from '../schema';
import { LINK_SHORTENER_WEIGHT, LINK_SHORTENERS, PAY_RATE_PATTERN, SCAM_KINDS, SCAM_SIGNALS, type ScamKind } from './lexicon/scam';

/** A field of the invitation that evidence can point into. */
export type EvidenceField = 'note' | 'headline' | 'name';

/** A text field read once: its normalized form and words. */
export interface FieldText {
  field: EvidenceField;
  text: string;
  norm: string;
  words: Word[];
}

/** Reads a field once for every sweep. */
export function readField(field: EvidenceField, text: string): FieldText {
  const norm = normalize(text);
  return { field, text, norm, words: splitWords(norm) };
}

/** A span in one field. */
export interface FieldSpan extends Span {
  field: EvidenceField;
}

const buzzwords = buildPhraseNet(BUZZWORD_TITLES);
const countBragging = new RegExp(COUNT_BRAGGING_PATTERN, 'gu');
// "LION" (LinkedIn Open Networker) is how a headline advertises a connection count.
const LION = /(?<![\p{L}\p{N}])(?:LION|L\.I\.O\.N\.?)(?![\p{L}\p{N}])/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
// Emoji and what rides on them (variation selector, skin tone, zero-width joiner) with up to two spaces between.
const EMOJI_RUN = /\p{Extended_Pictographic}(?:[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\u{20E3} ]{0,6}\p{Extended_Pictographic}){1,30}/gu;
const payRate = new RegExp(PAY_RATE_PATTERN, 'gu');
const HOST_CHAR = /[\p{L}\p{N}.@-]/u;
const HOST_END = new Set(['/', ' ', '\t', '\n', '\r', ')', ',', '.', ';', ':', '!', '?', '"', "'"]);

/** Where a shortener host stands as a whole host ("bit.ly/x", not "rabbit.ly" or "bit.lyft"): one indexOf scan per host. */
function findShorteners(norm: string): Span[] {
  const out: Span[] = [];
  for (const host of LINK_SHORTENERS) {
    for (let at = norm.indexOf(host); at !== -1; at = norm.indexOf(host, at + host.length)) {
      const before = at > 0 ? (norm[at - 1] as string) : '';
      const after = norm[at + host.length];
      // "https://bit.ly" and "www.bit.ly" count: the scheme or www. may stand before the host.
      const prefixOk = before === '' || before === '/' || !HOST_CHAR.test(before) || norm.slice(Math.max(0, at - 4), at) === 'www.';
      if (prefixOk && (after === undefined || HOST_END.has(after))) out.push({ start: at, end: at + host.length });
    }
  }
  return out;
}

function matches(pattern: RegExp, text: string): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Self-awarded titles ("Thought Leader", "Growth Hacker Guru") in a headline or name. */
export function findBuzzwords(f: FieldText): FieldSpan[] {
  return sweep(buzzwords, f.words).map((s) => ({ ...s, field: f.field }));
}

/** Follower and connection counts ("30K followers", "LION", "500+"). */
export function findCountBragging(f: FieldText): FieldSpan[] {
  const spans = [...matches(countBragging, f.norm), ...matches(LION, f.text)].sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => i === 0 || s.start >= (spans[i - 1] as Span).end).map((s) => ({ ...s, field: f.field }));
}

/** Decorative emoji: runs of two or more, or every emoji when a field holds three or more. */
export function findEmojiRuns(f: FieldText): FieldSpan[] {
  const runs = matches(EMOJI_RUN, f.text);
  if (runs.length > 0) return runs.map((s) => ({ ...s, field: f.field }));
  const singles = matches(EMOJI, f.text);
  if (singles.length < 3) return [];
  const first = singles[0] as Span;
  const last = singles[singles.length - 1] as Span;
  return [{ start: first.start, end: last.end, field: f.field }];
}

/** How many emoji a text holds. */
export function countEmoji(text: string): number {
  return matches(EMOJI, text).length;
}

/** One scam sign found. */
export interface ScamHit extends FieldSpan {
  kind: ScamKind;
  weight: number;
}

const scamNets: { kind: ScamKind; weight: number; net: PhraseNet }[] = SCAM_SIGNALS.map((s) => ({
  kind: s.kind,
  weight: s.weight,
  net: buildPhraseNet(s.phrases),
}));

/** Every scam sign in a field, overlapping hits resolved to the longest. */
export function findScamSigns(f: FieldText): ScamHit[] {
  const hits: ScamHit[] = [];
  for (const { kind, weight, net } of scamNets) {
    for (const s of sweep(net, f.words)) hits.push({ ...s, field: f.field, kind, weight });
  }
  for (const s of matches(payRate, f.norm)) hits.push({ ...s, field: f.field, kind: 'payment', weight: 1 });
  for (const s of findShorteners(f.norm)) hits.push({ ...s, field: f.field, kind: 'link-shortener', weight: LINK_SHORTENER_WEIGHT });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => i === 0 || h.start >= (hits[i - 1] as Span).end);
}

/** The words for a kind of scam sign. */
export function scamKindLabel(kind: ScamKind): string {
  return SCAM_KINDS[kind];
}

/** Compiles a user's keyword list into one net (normalized the way fields are). */
export function keywordNet(keywords: readonly string[] | undefined): PhraseNet | undefined {
  const phrases = (keywords ?? [])
    .map((k) =>
      splitWords(normalize(k))
        .map((w) => w.word)
        .join(' '),
    )
    .filter((k) => k.length > 0);
  return phrases.length > 0 ? buildPhraseNet(phrases) : undefined;
}

/** Where a keyword net matches a field. */
export function findKeywords(net: PhraseNet | undefined, f: FieldText): FieldSpan[] {
  return net ? sweep(net, f.words).map((s) => ({ ...s, field: f.field })) : [];
}
