/**
 * Reads a draft the way the rewrite engine needs it: the greeting, the sign-off, and each
 * sentence cut into clauses with UTF-16 offsets into the note, so the analyzer's findings (whose
 * spans use the same offsets) can be tied to the clause they sit in.
 */
import { trimEndOf, trimStartOf } from '../templates/text';
import { CLAUSE_BREAK } from './lexicon';

export interface Range {
  start: number;
  end: number;
}

export interface Greeting extends Range {
  /** "Hi", "Hello", "Dear" as written. */
  salutation: string;
  /** The name as written ("Dr. Chen", "[Name]", "Sir/Madam"), or '' for "Hi," alone. */
  name: string;
}

export interface Clause extends Range {
  /** The clause text, `note.slice(start, end)`. */
  text: string;
  /** The text joining it to the previous clause (", and ", "; "), '' for the first. */
  joiner: string;
}

export interface Sentence extends Range {
  clauses: Clause[];
  /** The closing punctuation as written ("?", ".", "!!!"), '' when none. */
  terminal: string;
}

export interface ParsedDraft {
  greeting?: Greeting;
  sentences: Sentence[];
  /** A closing like "Best, Sam" or "Thanks!", which a rewrite does not need. */
  signOff?: Range & { text: string };
}

const SALUTATION = /^(hi|hello|hey|hiya|dear|greetings|good morning|good afternoon|good evening)\b/i;
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Fr|Sr|Hon|Capt|Col|Gen|Lt|Sgt|Sen|Rep)\.?$/;
/** A capitalized name word, or two joined by a slash ("Sir/Madam"); tested on one short token. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\/\p{Lu}[\p{L}\p{M}]*)?$/u;
const OPENERS: Record<string, string> = { '[': ']', '{': '}', '<': '>' };

/** The next whitespace-delimited token after `from` (skipping spaces), or undefined at the end. */
function nextToken(note: string, from: number): { start: number; end: number; text: string } | undefined {
  let start = from;
  while (start < note.length && /\s/.test(note.charAt(start))) start++;
  if (start === from || start >= note.length) return undefined;
  const close = OPENERS[note.charAt(start)];
  if (close) {
    // A placeholder such as "[first name]" may hold spaces; it is short.
    const end = note.indexOf(close, start + 1);
    if (end < 0 || end - start > 41 || note.slice(start, end).includes('\n')) return undefined;
    return { start, end: end + 1, text: note.slice(start, end + 1) };
  }
  let end = start;
  while (end < note.length && !/[\s,!:;?…]/.test(note.charAt(end)) && end - start <= 42) end++;
  return { start, end, text: note.slice(start, end) };
}

/** Length of the punctuation that closes a greeting at `at`: ",", "!!!", "...", ":" or a wave. */
function greetingCloseLength(note: string, at: number): number {
  let i = at;
  while (i < note.length && /\s/.test(note.charAt(i))) i++;
  if (note.startsWith('👋', i)) {
    i += 2;
    while (i < note.length && /\s/.test(note.charAt(i))) i++;
  }
  const ch = note.charAt(i);
  if (ch === ',' || ch === ':' || ch === '…') return i + 1 - at;
  if (ch === '!' || ch === '.') {
    let j = i;
    while (note.charAt(j) === ch) j++;
    // A single period closes a greeting only before a space ("Hi Sam. I …").
    if (ch === '.' && j - i === 1 && !/\s/.test(note.charAt(j))) return i - at;
    return j - at;
  }
  return i - at;
}

/** Abbreviations whose period does not end a sentence ("Dr. Chen", "U.S. Open", "Jan. 5"). */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'approx', 'u.s', 'u.k',
  'a.m', 'p.m', 'ph.d', 'd.c', 'b.a', 'm.a', 'm.s', 'b.s', 'dept', 'univ', 'mt', 'ft', 'est', 'fig',
]);

const SIGN_OFF = /^(?:thanks(?: so much| again)?|thank you|cheers|best|best wishes|all the best|regards|best regards|kind regards|warm regards|warmly|sincerely|talk soon)$/i;

/** Finds the greeting at the start of a note, if any. */
function readGreeting(note: string): Greeting | undefined {
  const lead = note.length - trimStartOf(note, '', true).length;
  const salutation = SALUTATION.exec(note.slice(lead, lead + 40));
  if (!salutation) return undefined;
  let end = lead + salutation[0].length;
  const there = /^\s+there\b/i.exec(note.slice(end, end + 12));
  if (there) end += there[0].length;
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    const token = nextToken(note, end);
    if (!token) break;
    if (OPENERS[token.text.charAt(0)] !== undefined || HONORIFIC.test(token.text)) {
      names.push(token.text);
      end = token.end;
      continue;
    }
    // "Zoe..." is the name "Zoe" followed by the greeting's own punctuation.
    const word = trimEndOf(token.text, '.');
    if (!NAME_WORD.test(word) || word === 'I' || /^I['’]/.test(word)) break;
    names.push(word);
    end = token.start + word.length;
  }
  const closing = greetingCloseLength(note, end);
  const closed = note.slice(end, end + closing).trim() !== '';
  // "Hi Sam great post" has no comma: still a greeting when a name follows the salutation.
  if (!closed && names.length === 0 && end < note.trim().length) return undefined;
  end += closing;
  const start = lead;
  return { start, end, salutation: salutation[1] ?? '', name: names.join(' ') };
}

const TERMINAL = '.!?…';
const CLOSING = `"'”’)`;

/** The letters and periods just before `at` ("U.S" in "U.S. Open"), at most 12 characters back. */
function wordBefore(note: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 12 && /[\p{L}.]/u.test(note.charAt(i - 1))) i--;
  return note.slice(i, at);
}

/** Splits text into sentences, keeping abbreviations, decimals and URLs whole. One linear pass. */
function sentenceRanges(note: string, from: number): Range[] {
  const ranges: Range[] = [];
  let start = from;
  let i = from;
  const push = (end: number) => {
    if (note.slice(start, end).trim() !== '') ranges.push(trimRange(note, { start, end }));
    start = end;
  };
  while (i < note.length) {
    const ch = note.charAt(i);
    if (ch === '\n') {
      let j = i;
      while (note.charAt(j) === '\n') j++;
      push(j);
      i = j;
      continue;
    }
    if (!TERMINAL.includes(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < note.length && TERMINAL.includes(note.charAt(j))) j++;
    let k = j;
    while (k < note.length && CLOSING.includes(note.charAt(k))) k++;
    const atEnd = k >= note.length || /\s/.test(note.charAt(k));
    const single = j - i === 1 && ch === '.';
    const word = single ? wordBefore(note, i) : '';
    const abbreviation = single && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word));
    let next = k;
    while (next < note.length && /\s/.test(note.charAt(next)) && note.charAt(next) !== '\n') next++;
    // "D.C. and" / "Zoe... long time": a lower-case continuation is the same sentence.
    const continues = /\p{Ll}/u.test(note.charAt(next));
    if (atEnd && !abbreviation && !continues) push(k);
    i = k;
  }
  if (note.slice(start).trim() !== '') ranges.push(trimRange(note, { start, end: note.length }));
  return ranges;
}

function trimRange(note: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(note[start] ?? '')) start++;
  while (end > start && /\s/.test(note[end - 1] ?? '')) end--;
  return { start, end };
}

/** Cuts one sentence into clauses at conjunctions and commas that open a new clause. */
function clausesOf(note: string, range: Range, terminalLength: number): Clause[] {
  const body = note.slice(range.start, range.end - terminalLength);
  const clauses: Clause[] = [];
  let last = 0;
  let joiner = '';
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at === 0 || at <= last) continue;
    clauses.push({ start: range.start + last, end: range.start + at, text: body.slice(last, at), joiner });
    joiner = m[0];
    last = at + m[0].length;
  }
  clauses.push({ start: range.start + last, end: range.start + body.length, text: body.slice(last), joiner });
  return clauses.filter((c) => c.text.trim() !== '');
}

/** "Best, Sam", "Thanks!", "– Nigella": a closing that is not a sentence. `text` is short. */
function isSignOff(text: string): boolean {
  const words = trimEndOf(text.trim(), '.!,').split(/[\s,]+/);
  if (words.length === 2 && /^[–—-]$/.test(words[0] ?? '') && NAME_WORD.test(words[1] ?? '')) return true;
  if (words.length === 1 && /^[–—-]\p{Lu}/u.test(words[0] ?? '')) return true;
  const last = words[words.length - 1] ?? '';
  const core = words.length > 1 && NAME_WORD.test(last) && !SIGN_OFF.test(last) ? words.slice(0, -1) : words;
  return SIGN_OFF.test(trimEndOf(core.join(' '), '.!,'));
}

/** Parses a draft into greeting, sentences with clauses, and sign-off. Never throws. */
export function parseDraft(note: string): ParsedDraft {
  const greeting = readGreeting(note);
  const ranges = sentenceRanges(note, greeting?.end ?? 0);
  let signOff: ParsedDraft['signOff'];
  const lastRange = ranges[ranges.length - 1];
  if (lastRange && lastRange.end - lastRange.start <= 40) {
    const text = note.slice(lastRange.start, lastRange.end);
    if (isSignOff(text)) {
      signOff = { ...lastRange, text };
      ranges.pop();
    }
  }
  const sentences = ranges.map((range) => {
    const text = note.slice(range.start, range.end);
    // Only bare end punctuation is the terminal; a closing quote or bracket stays in the text.
    const terminal = text.slice(trimEndOf(text, TERMINAL).length);
    return { ...range, terminal, clauses: clausesOf(note, range, terminal.length) };
  });
  return { greeting, sentences, signOff };
}
