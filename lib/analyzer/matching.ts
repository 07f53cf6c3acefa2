/**
 * Matching helpers over the shared document: compiled patterns, word lists of a span, and the
 * comparisons of detail values (schools, industries, names) with the note.
 */
import type { Span } from '../schema';
import type { NoteDoc } from './document';
import { GENERIC_INDUSTRY_WORDS, GENERIC_SCHOOL_WORDS, INDUSTRY_ALIASES, SCHOOL_ALIASES } from './lexicon/shared-ground';
import { STOPWORDS } from './lexicon/stopwords';
import { NICKNAMES } from './lexicon/structure';
import { mayMatch } from './literals';
import { allMatches, detailWords, foldName } from './text';

const stopwords = new Set(STOPWORDS);
const genericSchoolWords = new Set(GENERIC_SCHOOL_WORDS);
const genericIndustryWords = new Set(GENERIC_INDUSTRY_WORDS);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
// Folded full name → the short names people use for it ("georgia institute of technology" → [["georgia", "tech"]]).
const schoolAliases = new Map<string, string[][]>();
for (const [alias, full] of SCHOOL_ALIASES) {
  const key = foldName(full);
  schoolAliases.set(key, [...(schoolAliases.get(key) ?? []), foldName(alias).split(' ')]);
}

/**
 * Remembers a pure function of a string (a school's forms, an industry's aliases): the same few
 * profile values come with every note of a session or a triage request. Forgets everything when
 * full, so memory stays bounded; callers only read what it returns.
 */
function remember<T>(fn: (value: string) => T, size: number): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    const hit = known.get(value);
    if (hit !== undefined || known.has(value)) return hit as T;
    if (known.size >= size) known.clear();
    const result = fn(value);
    known.set(value, result);
    return result;
  };
}

/** The word lists that name a school: its distinctive words and its known short names. */
const schoolForms = remember((school: string): readonly (readonly string[])[] => {
  const distinctive = detailWords(school).filter((w) => !genericSchoolWords.has(w));
  return [distinctive, ...(schoolAliases.get(foldName(school)) ?? [])].filter((f) => f.length > 0);
}, 256);

// The words of the texts a note's schools are looked up in (its blanked text, a claim), recent ones.
const textWords = remember(detailWords, 8);

/**
 * Compiles each source pattern on its own (once, at module load): small patterns stay easy to
 * prove free of catastrophic backtracking, which one huge alternation is not.
 */
export function compileAll(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => new RegExp(p, 'gu'));
}

/** A target pattern that counts only when a lead word stands among the few words before it. */
export interface LeadPair {
  lead: RegExp;
  target: RegExp;
  wordsBetween: number;
  /** When given, the word right before the lead must match too ("i" in "I help …"). */
  before?: RegExp;
}

/** A lead/target pair as data: the lead word, the target pattern, how many words may lie between. */
export interface LeadPairSource {
  lead: string;
  target: string;
  wordsBetween: number;
  before?: string;
}

/** Compiles lead/target pairs once, at module load. */
export function compilePairs(pairs: readonly LeadPairSource[]): LeadPair[] {
  return pairs.map((p) => ({
    lead: new RegExp(p.lead, 'u'),
    target: new RegExp(p.target, 'gu'),
    wordsBetween: p.wordsBetween,
    ...(p.before ? { before: new RegExp(p.before, 'u') } : {}),
  }));
}

/** The index of the last word that ends at or before `offset` (-1 when none): a binary search. */
export function wordIndexBefore(doc: NoteDoc, offset: number): number {
  let lo = 0;
  let hi = doc.words.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.words[mid] as { end: number }).end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Spans from a lead word to the end of its target: "our AI charting tool saves". */
export function findPairs(doc: NoteDoc, pairs: readonly LeadPair[]): Span[] {
  const out: Span[] = [];
  for (const { lead, target, wordsBetween, before: wordBefore } of pairs) {
    for (const t of findIn(doc.sealed, target)) {
      // The words just before the target, nearest first, within its sentence (one more for `before`).
      const at = wordIndexBefore(doc, t.start);
      const before = doc.words.slice(Math.max(0, at - wordsBetween - 1), at + 1).filter((w) => w.end > t.start - 200);
      for (let i = before.length - 1; i >= (wordBefore ? 1 : 0); i--) {
        const w = before[i] as { word: string; start: number };
        if (doc.sealed.slice(w.start, t.start).includes('\u0001')) break;
        if (i < before.length - 1 - wordsBetween && !wordBefore) break;
        if (lead.test(w.word)) {
          const prev = before[i - 1] as { word: string; start: number } | undefined;
          if (wordBefore && !(prev && wordBefore.test(prev.word) && !doc.sealed.slice(prev.start, w.start).includes('\u0001'))) break;
          out.push({ start: wordBefore && prev ? prev.start : w.start, end: t.end });
          break;
        }
      }
    }
  }
  return out;
}

/** Spans of every match of any of the patterns in `text`, in order of position. */
export function findAll(text: string, patterns: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const pattern of patterns) collect(text, pattern, 0, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Spans of every match of a global `pattern` in `text`, starting at `from`. */
export function findIn(text: string, pattern: RegExp, from = 0): Span[] {
  const out: Span[] = [];
  collect(text, pattern, from, out);
  return out;
}

/** Adds the span of every match of a global `pattern` in `text` from `from` on to `out` (as `allMatches` walks them). */
function collect(text: string, pattern: RegExp, from: number, out: Span[]): void {
  // Most patterns find nothing in a given note: skip the scan when a literal it needs is absent.
  if (!mayMatch(pattern, text)) return;
  pattern.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
}

/** The words of `text[start, end)`, in order, with their offsets. */
export function wordsIn(text: string, start: number, end: number): { word: string; start: number; end: number }[] {
  return allMatches(WORD, text.slice(start, end)).map((m) => ({
    word: trimQuotes(m[0]),
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
}

function trimQuotes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === "'") start++;
  while (end > start && word[end - 1] === "'") end--;
  return word.slice(start, end);
}

/** True for a word that carries meaning (not a function word, not in `empty`). */
export function isContentWord(word: string, empty?: ReadonlySet<string>): boolean {
  return word.length > 1 && !stopwords.has(word) && !(empty?.has(word) ?? false);
}

/** The index of the sentence that contains `offset`, or -1 (binary search: sentences are in order). */
export function sentenceIndexAt(doc: NoteDoc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence span that contains `offset`, if any. */
export function sentenceAt(doc: NoteDoc, offset: number): Span | undefined {
  return doc.sentences[sentenceIndexAt(doc, offset)];
}

/** Every match of the patterns in the sealed note, grouped by the sentence it stands in. */
export function matchesBySentence(doc: NoteDoc, patterns: readonly RegExp[]): Span[][] {
  const spans: Span[] = [];
  for (const pattern of patterns) collect(doc.sealed, pattern, 0, spans);
  return bySentence(doc, spans);
}

/** Spans grouped by the sentence they start in, in order. */
export function bySentence(doc: NoteDoc, spans: readonly Span[]): Span[][] {
  const groups: Span[][] = doc.sentences.map(() => []);
  for (const span of spans) groups[sentenceIndexAt(doc, span.start)]?.push(span);
  for (const group of groups) group.sort((a, b) => a.start - b.start);
  return groups;
}

/** True when the span overlaps a placeholder, or a placeholder follows it directly. */
export function touchesPlaceholder(doc: NoteDoc, span: Span): boolean {
  return doc.placeholders.some((p) => p.start < span.end + 3 && p.end > span.start);
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

function containsAll(noteWords: readonly string[], wanted: readonly string[]): boolean {
  return wanted.length > 0 && wanted.every((w) => noteWords.some((n) => wordsMatch(n, w)));
}

/** Folded words of the note, for comparing with details. */
export function noteWords(doc: NoteDoc): string[] {
  return detailWords(doc.content);
}


/** Where a text names a school (full name, its distinctive words, a short name, or its initials like "GSB"). */
export function mentionsSchool(text: string, school: string): boolean {
  const folded = foldName(school);
  if (!folded) return false;
  const words = textWords(text);
  if (` ${words.join(' ')} `.includes(` ${folded} `)) return true;
  if (schoolForms(school).some((form) => containsAll(words, form))) return true;
  return initialismPatterns(school).some((pattern) => pattern.test(text));
}

/** The initials of a school as whole-word patterns ("GSB" not inside "GSBX"), compiled once per school. */
const initialismPatterns = remember(
  (school: string): readonly RegExp[] => initialismsOf(school).map((initials) => new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u')),
  256,
);

/** Initials of contiguous capitalized runs of a name: "Stanford Graduate School of Business" → GSB, SGSB… */
function initialismsOf(name: string): string[] {
  const caps = name
    .split(/[\s,]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !['Of', 'The', 'At', 'And'].includes(w))
    .map((w) => w[0] as string);
  const out = new Set<string>();
  for (let i = 0; i < caps.length; i++) {
    for (let j = i + 2; j <= caps.length; j++) out.add(caps.slice(i, j).join(''));
  }
  return [...out].filter((s) => s.length >= 2 && /^\p{Lu}+$/u.test(s));
}

/** Two school names that denote the same school. */
export function sameSchool(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  const fa2 = schoolForms(a);
  const fb2 = schoolForms(b);
  return fa2.some((x) => fb2.some((y) => containsAll(x, y) || containsAll(y, x)));
}

const expandIndustry = remember((value: string): readonly (readonly string[])[] => {
  const folded = foldName(value);
  const forms = [folded];
  for (const [short, long] of INDUSTRY_ALIASES) {
    if (` ${folded} `.includes(` ${short} `)) forms.push(` ${folded} `.replace(` ${short} `, ` ${long} `).trim());
    if (` ${folded} `.includes(` ${long} `)) forms.push(` ${folded} `.replace(` ${long} `, ` ${short} `).trim());
  }
  return forms.map((f) => f.split(' ').filter((w) => w && !genericIndustryWords.has(w)));
}, 256);

/** Where the note names an industry or field (all its distinctive words, or a known alias). */
export function mentionsIndustry(words: readonly string[], industry: string): boolean {
  return expandIndustry(industry).some((form) => containsAll(words, form));
}

/** The span of the note where an industry or field is named ("civic-tech" for "Civic technology"). */
export function industrySpan(doc: NoteDoc, industry: string): Span | undefined {
  return spanOfForms(doc, expandIndustry(industry));
}

/** The span of the note where a school is named, by its distinctive words or its initials. */
export function schoolSpan(doc: NoteDoc, school: string): Span | undefined {
  const byWords = spanOfForms(doc, schoolForms(school));
  if (byWords) return byWords;
  for (const pattern of initialismPatterns(school)) {
    const m = pattern.exec(doc.text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** The note's words folded for comparing with details, hyphenated words split; read once per note. */
const foldedWords = new WeakMap<NoteDoc, readonly { word: string; start: number; end: number }[]>();
function foldedWordsOf(doc: NoteDoc): readonly { word: string; start: number; end: number }[] {
  let words = foldedWords.get(doc);
  if (!words) {
    words = wordsIn(doc.content, 0, doc.content.length).flatMap((w) =>
      w.word.split('-').map((part, i, parts) => {
        const offset = parts.slice(0, i).reduce((n, p) => n + p.length + 1, 0);
        return { word: foldName(part), start: w.start + offset, end: w.start + offset + part.length };
      }),
    );
    foldedWords.set(doc, words);
  }
  return words;
}

/** Finds the words of one of `forms` close together in the note (hyphenated words split). */
function spanOfForms(doc: NoteDoc, forms: readonly (readonly string[])[]): Span | undefined {
  const words = foldedWordsOf(doc);
  for (const form of forms) {
    const head = form[0];
    if (head === undefined) continue;
    for (let i = 0; i < words.length; i++) {
      if (!wordsMatch((words[i] as { word: string }).word, head)) continue;
      const window = words.slice(i, i + form.length + 2);
      const hits = form.map((f) => window.find((w) => wordsMatch(w.word, f)));
      if (hits.every(Boolean)) {
        return { start: (words[i] as { start: number }).start, end: Math.max(...hits.map((h) => (h as { end: number }).end)) };
      }
    }
  }
  return undefined;
}

/** Two industries that are the same field ("Fintech" and "Financial technology"). */
export function sameIndustry(a: string, b: string): boolean {
  const fa = expandIndustry(a);
  const fb = expandIndustry(b);
  return fa.some((x) => fb.some((y) => containsAll(x, y) || containsAll(y, x)));
}

/** Two company names that denote the same company. */
export function sameCompany(a: string, b: string): boolean {
  const strip = (s: string) => foldName(s).replace(/\b(?:inc|llc|ltd|corp|co|gmbh|plc|the)\b/g, '').trim();
  return strip(a) !== '' && strip(a) === strip(b);
}

/** Where the note names a company. */
export function mentionsCompany(words: readonly string[], company: string): boolean {
  const wanted = detailWords(company).filter((w) => !['inc', 'llc', 'ltd', 'corp', 'co', 'the'].includes(w));
  return containsAll(words, wanted);
}

const nicknames = new Set(NICKNAMES.map(([short, full]) => `${foldName(short)}|${foldName(full)}`));

/** One name word standing for another: the same, a short form ("Alex", "Seun"), or a known nickname ("Bob"). */
function nameWordsAgree(a: string, b: string): boolean {
  if (a === b || nicknames.has(`${a}|${b}`) || nicknames.has(`${b}|${a}`)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && (long.startsWith(short) || (short.length >= 4 && long.endsWith(short)));
}

/** True when the greeting's name (any of its words, a short form or a nickname) matches the recipient's. */
export function namesAgree(greetingName: string, recipientName: string): boolean {
  const given = detailWords(greetingName);
  const known = detailWords(recipientName);
  if (given.length === 0 || known.length === 0) return true;
  return given.some((g) => known.some((k) => nameWordsAgree(g, k)));
}
