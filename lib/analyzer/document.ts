/**
 * The note as the checks see it, built once per analysis: compromise's tokens with UTF-16
 * offsets, the normalized and placeholder-blanked texts, and the sentences as a reader counts
 * them (a standalone greeting or a sign-off is not a sentence).
 */
import nlp from 'compromise';
import { placeholderSpans } from '../placeholders';
import type { Span } from '../schema';
import {
  ABBREVIATIONS,
  CLOSING_WORDS,
  GREETING_WORDS,
  NON_NAME_WORDS,
  SENTENCE_STARTERS,
  SIGN_OFF_WORDS,
  TITLE_ABBREVIATIONS,
  TITLES,
} from './lexicon/structure';
import { STOPWORDS } from './lexicon/stopwords';
import { splitWords, type Word } from './phrases';
import { allMatches, blankSpans, escapeRegExp, normalize } from './text';

/** A word of the note: compromise's term text with its UTF-16 span. */
export interface Term extends Span {
  text: string;
}

/** The greeting that opens a note ("Hi Sam,"), with the name it uses when there is one. */
export interface Greeting extends Span {
  name?: Span & { text: string };
}

export interface NoteDoc {
  /** The note exactly as given. */
  text: string;
  /** Lowercase, straight quotes and dashes; same length as `text`. */
  norm: string;
  /** `norm` with placeholders and URLs blanked: what may count as content. */
  content: string;
  /** Unfilled template slots: "[Name]", "{company}", "<first name>". */
  placeholders: Span[];
  urls: Span[];
  terms: Term[];
  /**
   * `content` with everything outside the sentences (greeting, sign-off, the gaps between
   * sentences) replaced by U+0001, so one pass of a pattern over the whole note never matches
   * across a sentence end.
   */
  sealed: string;
  /** Words of `content` (normalized, placeholders blanked), for phrase sweeps. */
  words: Word[];
  /** Sentences as a reader counts them, greeting and sign-off excluded. */
  sentences: Span[];
  greeting?: Greeting;
  signOff?: Span;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,2000}/giu;

const abbreviations = new Set([...ABBREVIATIONS, ...TITLE_ABBREVIATIONS]);
const titleAbbreviations = new Set(TITLE_ABBREVIATIONS);
const starters = new Set(SENTENCE_STARTERS);
const nonNames = new Set(NON_NAME_WORDS);

const NAME_WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’./-]{0,40}`;
/** A case-insensitive pattern for a lowercase word, without the `i` flag (names must stay case-sensitive). */
const anyCase = (word: string) => escapeRegExp(word).replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
// A slot standing where the greeting's name goes: "Hi [Name]," (anchored, so it cannot backtrack far).
const PLACEHOLDER_SOURCE = String.raw`\[[^[\]\n]{1,40}\]|\{\{?[^{}\n]{1,40}\}\}?|<[\p{L}][\p{L} _-]{0,40}>|%[A-Z][A-Z_]{1,30}%`;
const GREETING_PATTERN = new RegExp(
  // "Hii..There!": a greeting's last letter may be drawn out, and dots may stand for the space.
  String.raw`^(?:${[...GREETING_WORDS].sort((a, b) => b.length - a.length).map((w) => `${anyCase(w)}+`).join('|')})(?![\p{L}\p{N}])` +
    String.raw`(?:(?:[ \t]{1,3}|\.{2,3}|…)(?<name>(?:(?:${TITLES.map(anyCase).join('|')})\.?[ \t]{1,3})?(?:${PLACEHOLDER_SOURCE}|${NAME_WORD}(?:[ \t]{1,3}${NAME_WORD}){0,2}|[\p{L}][\p{L}'’-]{0,40}(?=[ \t]{0,3},))))?` +
    String.raw`[ \t]{0,3}(?:[,!.:;…–—-]|\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?){0,8}`,
  'u',
);
const SIGN_OFF_PATTERN = new RegExp(
  String.raw`^(?:(?:${[...SIGN_OFF_WORDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[ \t]{0,3}[,!.]{0,3}(?:\s{1,3}${NAME_WORD}(?:[ \t]{1,3}${NAME_WORD})?)?|[-–—~][ \t]{0,3}${NAME_WORD}(?:[ \t]{1,3}${NAME_WORD})?)[ \t]{0,3}[.!]{0,3}(?:[ \t]{0,3}[|·][ \t]{0,3}[^|\n]{1,60})?$`,
  'iu',
);
const NAME_LINE_PATTERN = new RegExp(String.raw`^${NAME_WORD}(?:[ \t]{1,3}${NAME_WORD})?$`, 'u');
// "Dzięki!" or "Saludos," alone on the line above the name: a sign-off in any language.
const ONE_WORD_LINE = /^[\p{L}\p{M}'’]{1,20}[!,.]?$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const closingWords = new Set(CLOSING_WORDS);
const functionWords = new Set(STOPWORDS);
const titleWords = new Set(TITLES);
const TRAILING_PUNCTUATION = /[.!?…]$/u;
const ENDS_SENTENCE = /[.!?…]["'”’)]*$/u;
const NON_WORD_RUN = /[^\p{L}\p{N}\p{M}\s]{4,}/gu;

/** The part of compromise's world the tokenizer needs (its types do not describe it). */
interface TokenizerWorld {
  model: unknown;
  methods: {
    one: {
      tokenize: {
        splitSentences: (text: string, world: TokenizerWorld) => string[];
        splitTerms: (sentence: string, model: unknown) => string[];
        splitWhitespace: (term: string, model: unknown) => { pre: string; text: string; post: string };
      };
    };
  };
}

/**
 * compromise's own tokenizer, without the rest of `nlp.tokenize()`: that also computes each term's
 * normal form (twice), aliases, a machine form and contractions, and none of those changes a
 * term's pre/text/post — a contraction keeps the text on its first part and leaves the others
 * empty — so the words and offsets read from here are the same, at about a third of the cost.
 */
const world = nlp.world() as TokenizerWorld;
const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;
const compromiseTerms = (text: string) => splitSentences(text, world).map((sentence) => splitTerms(sentence, world.model).map((term) => splitWhitespace(term, world.model)));

/** Builds the shared document for one note. Never throws. */
export function parseNote(text: string): NoteDoc {
  const norm = normalize(text);
  const placeholders = placeholderSpans(text);
  const urls = allMatches(URL_PATTERN, text).map(toSpan);
  const content = blankSpans(norm, mergeSpans([...placeholders, ...urls]));
  const terms = tokenize(text);
  const words = splitWords(content);
  const { sentences, greeting, signOff } = segment(text);
  const sealed = seal(content, sentences);
  return { text, norm, content, sealed, placeholders, urls, terms, words, sentences, greeting, signOff };
}

function seal(content: string, sentences: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of sentences) {
    out += '\u0001'.repeat(s.start - at) + content.slice(s.start, s.end);
    at = s.end;
  }
  return out + '\u0001'.repeat(content.length - at);
}

function toSpan(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}

function mergeSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Words with offsets from compromise's tokenizer (no tagger: the checks do not need tags). */
function tokenize(note: string): Term[] {
  // Long runs of punctuation or symbols hold no words, and compromise is slow on them (5,000 "!"
  // cost it over 100 ms): it sees spaces there instead, at the same offsets.
  const text = note.replace(NON_WORD_RUN, (run) => ' '.repeat(run.length));
  try {
    const terms: Term[] = [];
    // compromise keeps every character in a term's pre/text/post, so offsets are a running sum;
    // cheaper than compute('offset'), and checked against the note as it goes.
    let at = 0;
    for (const sentence of compromiseTerms(text)) {
      for (const term of sentence) {
        at += term.pre.length;
        const start = at;
        at += term.text.length;
        if (text.slice(start, at) !== term.text) return wordsByPattern(text);
        at += term.post.length;
        if (term.text && HAS_WORD.test(term.text)) terms.push({ start, end: at - term.post.length, text: term.text });
      }
    }
    return terms;
  } catch {
    // compromise has never thrown on a string here, but a check must answer whatever the input.
    return wordsByPattern(text);
  }
}

function wordsByPattern(text: string): Term[] {
  return allMatches(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** Splits the note into spans the way a reader would, before greeting and sign-off are set aside. */
function rawSegments(text: string): Span[] {
  const segments: Span[] = [];
  let from = 0;
  for (const mark of candidateBoundaries(text)) {
    if (mark.text.startsWith('\n') || endsSentence(text, mark.start, mark.text, mark.end, from)) {
      pushTrimmed(text, from, mark.end, segments);
      from = mark.end;
    }
  }
  pushTrimmed(text, from, text.length, segments);
  return segments;
}

const TERMINALS = '.!?…';
const CLOSERS = `"'”’)]`;

/**
 * Places where a sentence may end: a run of terminal marks (with closing quotes or brackets)
 * before white space or the end; a spaced ellipsis (". . .") as one mark; a run of line breaks;
 * and, where exports flattened line breaks, a run of two or more spaces between a word and a
 * capitalized word. A scan, not a regex: linear on any input.
 */
function candidateBoundaries(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\n') {
      let j = i;
      while (text[j] === '\n') j++;
      out.push({ start: i, end: j, text: text.slice(i, j) });
      i = j;
    } else if (TERMINALS.includes(ch)) {
      let j = i;
      let marks = '';
      // ". . ." and ". . . ." are one ellipsis: dots separated by single spaces.
      for (;;) {
        while (j < text.length && TERMINALS.includes(text[j] as string)) marks += text[j++];
        if (text[j] === ' ' && text[j + 1] === '.' && marks.endsWith('.')) {
          j++;
          continue;
        }
        break;
      }
      while (j < text.length && CLOSERS.includes(text[j] as string)) marks += text[j++];
      if (j === text.length || /\s/u.test(text[j] as string)) out.push({ start: i, end: j, text: marks });
      else if (marks === '.' && missingSpaceAfter(text, i, j)) out.push({ start: i, end: j, text: marks });
      i = j;
    } else if (ch === ' ' || ch === '\t') {
      let j = i;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (startsNewLine(text, i, j)) out.push({ start: i, end: j, text: '\n' });
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

/** A run of white space `text[start, end)` that stands where a line break or a space was lost. */
function startsNewLine(text: string, start: number, end: number): boolean {
  const next = text.slice(end, end + 4);
  const before = text[start - 1] ?? '';
  // "… jobs.  PS: Unimad has helped …": a postscript starts its own sentence.
  if (/^P\.?S\.?[:.,]/u.test(text.slice(end, end + 5)) && before !== '' && !TERMINALS.includes(before)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(next)) return false;
  // "…for neobanks  Would be a pleasure": two spaces where an export flattened a line break,
  // after a lowercase word ("I met Sam  Lee" is a typo between two names, not a break).
  if (end - start >= 2 && /[\p{Ll}\p{N})]/u.test(before) && /^[\p{Ll}\p{N}(]/u.test(tokenBefore(text, start).replace(/^\W+/u, '') || 'x')) return true;
  // "…https://bit.ly/x Here, you can …": a link ends the sentence it closes.
  const token = tokenBefore(text, start);
  return /^(?:https?:\/\/|www\.)/iu.test(token);
}

/** "…in the field.Can we connect": a period between two words whose space was lost. */
function missingSpaceAfter(text: string, at: number, after: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(after, after + 2))) return false;
  const token = tokenBefore(text, at);
  // "field.Can", "Thursday.Your" — but not "Node.JS" or a domain ("jobscan.co").
  return /^\p{L}\p{Ll}+$/u.test(token) && !abbreviations.has(token.toLowerCase());
}

/** The word (letters, dots, digits…) that ends right before `at`, e.g. "Dr" or "U.S". */
function tokenBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 30 && !/[\s(["'“‘]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, at);
}

/** True when only spaces or tabs stand between a line break and `index`. */
function lineStartsAt(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i > 0 && text[i - 1] === '\n';
}

/** True when only spaces or tabs stand between `index` and a line break. */
function lineEndsAt(text: string, index: number): boolean {
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === '\n';
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  if (end > start && HAS_WORD.test(text.slice(start, end))) out.push({ start, end });
}

function endsSentence(text: string, at: number, mark: string, after: number, from: number): boolean {
  const rest = text.slice(after, after + 40).trimStart();
  const nextWord = (/^[\p{L}'’]+/u.exec(rest)?.[0] ?? '').toLowerCase().replace(/’/g, "'");
  const next = rest[0] ?? '';
  // "'This is great.' she said." and "(He worked there.) at the …": a quoted or bracketed
  // sentence before a lowercase word is part of the one around it.
  if (/[)\]"'”’]$/u.test(mark) && /\p{Ll}/u.test(next)) return false;
  if (/[!?]/.test(mark)) {
    // "useR! 2025" and "Yahoo! Japan" are names.
    if (/^!$/.test(mark) && /\p{N}/u.test(next)) return false;
    // "Yahoo! in the accounting department": a lowercase word goes on, unless it opens a
    // sentence in a casual note ("Thanks! would love to connect").
    return !(/\p{Ll}/u.test(next) && !starters.has(nextWord));
  }
  const dots = mark.replace(/[^.…]/gu, '');
  if (dots.includes('…') || dots.length >= 2) {
    if (next === '') return true;
    // Four dots are a period and an ellipsis; three only mark a pause, and "I" is capitalized
    // wherever it stands, so only another capitalized word starts a sentence after them.
    if (dots.length >= 4) return /\p{Lu}/u.test(next);
    return /\p{Lu}/u.test(next) && !(nextWord === 'i' || nextWord.startsWith("i'"));
  }
  if (next === '') return true;
  const token = tokenBefore(text, at);
  // "next-gen. semiconductor": the last part of a hyphenated word may be the abbreviation.
  const bare = token.toLowerCase().split('-').pop() as string;
  // After an abbreviation a lowercase word continues the sentence ("approx. five"); after a word,
  // it starts one: casual notes often skip the capital ("…in Almaty. would like to ask").
  if (/\p{Ll}/u.test(next)) return !(abbreviations.has(bare) || /^(?:\p{L}\.)+\p{L}?$/u.test(token) || /^\p{L}$/u.test(token));
  if (titleAbbreviations.has(bare)) return false;
  // "at 6 P.M. Mr. Smith then went": a time ends a sentence before a capital, unless it opens
  // the sentence ("At 5 a.m. Mr. Smith went").
  if (TIME_ABBREVIATION.test(token)) return /\p{Lu}/u.test(next) && wordCount(text.slice(from, at - token.length)) > 3;
  if (abbreviations.has(bare)) return starters.has(nextWord);
  // Initialisms (U.S., D.C.) and initials (J.) end a sentence only before a typical sentence start.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token) || /^\p{Lu}$/u.test(token)) return starters.has(nextWord);
  return true;
}

const TIME_ABBREVIATION = /^[ap]\.m$/iu;

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of text) {
    const letter = /[\p{L}\p{N}]/u.test(ch);
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** Where a greeting's name ends: before its first function word (all of it when there is none). */
function nameCut(name: string): number {
  const word = /[\p{L}'’]+/gu;
  for (let m = word.exec(name); m; m = word.exec(name)) {
    // The first word is the name, a title, or a word like "there" that the greeting keeps.
    if (m.index > 0 && functionWords.has(m[0].toLowerCase()) && !titleWords.has(m[0].toLowerCase())) return m.index;
  }
  return name.length;
}

/** "Kindest and much respect.": a line made only of closing words. */
function isClosingLine(slice: string): boolean {
  const words = slice.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.length > 0 && words.length <= 6 && words.every((w) => closingWords.has(w)) && !/\?$/u.test(slice);
}

function segment(text: string): { sentences: Span[]; greeting?: Greeting; signOff?: Span } {
  const segments = rawSegments(text);
  let greeting: Greeting | undefined;
  const first = segments[0];
  if (first) {
    const slice = text.slice(first.start, first.end);
    const m = GREETING_PATTERN.exec(slice);
    if (m && m[0].trim().length > 0) {
      let matched = m[0];
      let nameText = m.groups?.name;
      // In capitals every word looks like a name: "HELLO SIR I AM LOOKING FOR JOB" greets nobody
      // by name, so a name ends before a function word ("I", "AM", "WOULD").
      if (nameText) {
        const cut = nameCut(nameText);
        if (cut < nameText.length) {
          const at = matched.indexOf(nameText);
          matched = matched.slice(0, at + cut).trimEnd();
          nameText = nameText.slice(0, cut).trimEnd() || undefined;
        }
      }
      greeting = { start: first.start, end: first.start + matched.trimEnd().length };
      if (nameText && !nonNames.has(nameText.toLowerCase())) {
        const nameStart = first.start + m[0].indexOf(nameText);
        greeting.name = { start: nameStart, end: nameStart + nameText.length, text: nameText };
      }
      const rest = { start: first.start + matched.length, end: first.end };
      // "Hi Sam, I loved your talk." is one sentence; "Hi Sam!" alone is none.
      const trimmed: Span[] = [];
      pushTrimmed(text, rest.start, rest.end, trimmed);
      segments.splice(0, 1, ...trimmed);
    }
  }
  let signOff: Span | undefined;
  // Sign-offs close the note: "Best, Sam", "Thanks!", "– Nigella", or a name alone on the last line.
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i] as Span;
    const slice = text.slice(seg.start, seg.end);
    const isSignOff = SIGN_OFF_PATTERN.test(slice) || (i > 0 && isClosingLine(slice));
    const ownLine = i > 0 && lineStartsAt(text, seg.start);
    const isNameLine = ownLine && signOff === undefined && NAME_LINE_PATTERN.test(slice);
    // "…connect with you. Pranshul": a bare name after the last sentence signs the note.
    const prev = segments[i - 1];
    const isTrailingName =
      i > 0 && signOff === undefined && !TRAILING_PUNCTUATION.test(slice) && NAME_LINE_PATTERN.test(slice) && prev !== undefined && ENDS_SENTENCE.test(text.slice(prev.start, prev.end));
    const isWordAboveName = ownLine && signOff !== undefined && lineEndsAt(text, seg.end) && ONE_WORD_LINE.test(slice);
    if (!isSignOff && !isNameLine && !isTrailingName && !isWordAboveName) break;
    signOff = { start: seg.start, end: signOff?.end ?? seg.end };
    segments.pop();
  }
  return { sentences: segments, greeting, signOff };
}
