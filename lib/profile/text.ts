/**
 * Small text helpers for the profile parser, written as loops rather than regular expressions so
 * each is linear in its input whatever the text (a pasted page can hold anything).
 */

/** Characters trimmed from both ends of a line: whitespace, zero-width marks, BOM, soft hyphen. */
function isEdgeJunk(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x7f ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Trims whitespace and invisible marks from both ends; the result is a substring of `text`. */
export function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeJunk(text.charCodeAt(start))) start++;
  while (end > start && isEdgeJunk(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Splits text into lines on \n, \r\n, \r, U+2028 and U+2029. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      lines.push(text.slice(start, i));
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

/** Collapses every run of whitespace (and invisible marks) to one space, and trims. */
export function normalizeSpace(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isEdgeJunk(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  return out;
}

/**
 * True when `value` was copied from `text`: each of its lines occurs in the text, up to
 * whitespace (a headline wrapped over two lines of a PDF is one line of the value). This is the
 * parser's promise that it never invents: every field is checked with it before it is returned.
 */
export function occursIn(value: string, normalizedText: string): boolean {
  const lines = splitLines(value).map(normalizeSpace).filter((line) => line.length > 0);
  return lines.length > 0 && lines.every((line) => normalizedText.includes(line));
}

/** Lowercase with curly apostrophes straightened, for lexicon lookups. */
export function lookupKey(text: string): string {
  return text.toLowerCase().replaceAll('’', "'");
}

/** The words of a line, split on whitespace. */
export function words(text: string): string[] {
  return text.split(' ').filter((w) => w.length > 0);
}

/** True for a code point that is an emoji or pictograph (or a joiner/variation selector of one). */
function isPictographic(char: string): boolean {
  return /\p{Extended_Pictographic}/u.test(char) || char === '\u200d' || char === '\ufe0f' || char === '\u20e3';
}

/** True when a line holds nothing but emoji, symbols and punctuation ("👋", "🚀🚀", "•"). */
export function isSymbolsOnly(text: string): boolean {
  for (const char of text) {
    if (/[\p{L}\p{N}]/u.test(char)) return false;
  }
  return true;
}

/** Removes emoji from both ends of a value ("Olga Petrova 🚀" → "Olga Petrova"); keeps a substring. */
export function trimEmoji(text: string): string {
  const chars = Array.from(text);
  let start = 0;
  let end = chars.length;
  while (start < end && (isPictographic(chars[start] ?? '') || (chars[start] ?? '').trim() === '')) start++;
  while (end > start && (isPictographic(chars[end - 1] ?? '') || (chars[end - 1] ?? '').trim() === '')) end--;
  return chars.slice(start, end).join('');
}

/** Removes a trailing suffix (case-insensitive) and the space before it; returns the line unchanged otherwise. */
export function stripSuffix(text: string, suffixes: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const suffix of suffixes) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) return trimEdges(text.slice(0, text.length - suffix.length));
  }
  return text;
}

/**
 * Cuts `text` to at most `max` UTF-16 units at a word boundary (or a sentence end when one falls
 * in the last third), never inside a surrogate pair; the result is a prefix of `text`.
 */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  const head = text.slice(0, cut);
  for (let i = head.length - 1; i >= Math.floor(max * 0.66); i--) {
    const c = head[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === head.length || head[i + 1] === ' ' || head[i + 1] === '\n')) {
      return head.slice(0, i + 1);
    }
  }
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  return trimEdges(space > max / 2 ? head.slice(0, space) : head);
}

/**
 * The first sentence of a long line when it is a reasonable title (20–200 units), else the line
 * cut to `max`: a post's opening line is how a reader would name it.
 */
export function firstSentence(text: string, max: number): string {
  if (text.length <= 160) return cutToLength(text, max);
  for (let i = 20; i < Math.min(text.length, 200); i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '…') && text[i + 1] === ' ') return text.slice(0, i + 1);
  }
  return cutToLength(text, Math.min(max, 200));
}
