/**
 * Reads a draft the way the rewrite engine needs it: the greeting, the sign-off, and each
 * sentence cut into clauses with UTF-16 offsets into the note, so the analyzer's findings (whose
 * spans use the same offsets) can be tied to the clause they sit in.
 */
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

const SALUTATION = /^\s*(hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))\b/i;
/** A name token: a capitalized word, an honorific, or an unfilled placeholder like [Name]. Not "I". */
const NAME_TOKEN = /^\s+((?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?|\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>|(?!I\b|I['’])\p{Lu}[\p{L}\p{M}'’-]*(?:\/\p{Lu}[\p{L}\p{M}]*)?)/u;
const GREETING_END = /^\s*(?:👋\s*)?(?:,|!+|:|\.{2,}|…|\s[–—-]|\.(?=\s))?/u;

/** Abbreviations whose period does not end a sentence ("Dr. Chen", "U.S. Open", "Jan. 5"). */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'approx', 'u.s', 'u.k',
  'a.m', 'p.m', 'ph.d', 'd.c', 'b.a', 'm.a', 'm.s', 'b.s', 'dept', 'univ', 'mt', 'ft', 'est', 'fig',
]);

const SIGN_OFF = /^(?:thanks(?: so much| again)?|thank you|cheers|best|best wishes|all the best|regards|best regards|kind regards|warm regards|warmly|sincerely|talk soon)$/i;

/** Finds the greeting at the start of a note, if any. */
function readGreeting(note: string): Greeting | undefined {
  const salutation = SALUTATION.exec(note);
  if (!salutation) return undefined;
  let end = salutation[0].length;
  const there = /^\s+there\b/i.exec(note.slice(end));
  if (there) end += there[0].length;
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    const token = NAME_TOKEN.exec(note.slice(end));
    if (!token) break;
    names.push(token[1] ?? '');
    end += token[0].length;
  }
  const close = GREETING_END.exec(note.slice(end));
  const closing = close?.[0] ?? '';
  // "Hi Sam great post" has no comma: still a greeting when a name follows the salutation.
  if (closing.trim() === '' && names.length === 0 && end < note.trim().length) return undefined;
  end += closing.replace(/\s[–—-]$/, '').length;
  const start = salutation[0].length - (salutation[1]?.length ?? 0);
  return { start, end, salutation: salutation[1] ?? '', name: names.join(' ') };
}

/** Splits text into sentences, keeping abbreviations, decimals and URLs whole. */
function sentenceRanges(note: string, from: number): Range[] {
  const ranges: Range[] = [];
  let start = from;
  const boundary = /[.!?…]+["'”’)]*(?=\s|$)|\n+/g;
  boundary.lastIndex = from;
  for (let m = boundary.exec(note); m; m = boundary.exec(note)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(note.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    // "D.C. and" / "Zoe... long time": a lower-case continuation is the same sentence.
    let at = end;
    while (at < note.length && /\s/.test(note[at] ?? '')) at++;
    const next = note[at] ?? '';
    if (!m[0].startsWith('\n') && /\p{Ll}/u.test(next)) continue;
    if (note.slice(start, end).trim() !== '') ranges.push(trimRange(note, { start, end }));
    start = end;
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

/** Parses a draft into greeting, sentences with clauses, and sign-off. Never throws. */
export function parseDraft(note: string): ParsedDraft {
  const greeting = readGreeting(note);
  const ranges = sentenceRanges(note, greeting?.end ?? 0);
  let signOff: ParsedDraft['signOff'];
  const lastRange = ranges[ranges.length - 1];
  if (lastRange) {
    const text = note.slice(lastRange.start, lastRange.end);
    const core = text.replace(/[\s,.!]+(?:\p{Lu}[\p{L}'’-]*)?[\s.!]*$/u, '').replace(/[.!,\s]+$/, '');
    if (SIGN_OFF.test(core) || /^[–—-]\s*\p{Lu}[\p{L}'’-]*$/u.test(text.trim())) {
      signOff = { ...lastRange, text };
      ranges.pop();
    }
  }
  const sentences = ranges.map((range) => {
    const text = note.slice(range.start, range.end);
    // Only bare end punctuation is the terminal; a closing quote or bracket stays in the text.
    const terminal = /[.!?…]+$/.exec(text)?.[0] ?? '';
    return { ...range, terminal, clauses: clausesOf(note, range, terminal.length) };
  });
  return { greeting, sentences, signOff };
}
