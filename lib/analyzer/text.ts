/**
 * Text helpers shared by the document and the checks. Every helper keeps UTF-16 offsets intact:
 * a derived string always has the same length as the note, so a match index in it is a span in
 * the note.
 */

/** Lowercases and straightens quotes and dashes without changing the string's length. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : lowerPerUnit(text);
  return base.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—―]/g, '-');
}

// Some characters lowercase to two code units (İ → i̇); fall back to unit-by-unit mapping there.
function lowerPerUnit(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    const lower = unit.toLowerCase();
    out += lower.length === 1 ? lower : unit;
  }
  return out;
}

/** Replaces each span with spaces, so later matching cannot see it (lengths are kept). */
export function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs a global regular expression over text from `from` on and returns every match. */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  pattern.lastIndex = from;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/** Folds accents and case, for comparing names ("José" and "jose"). */
export function foldName(name: string): string {
  // Fast paths with the same result: a word of lowercase letters and digits folds to itself, and
  // ASCII text has no accents or marks to strip.
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }
  if (plain) return name;
  if (!NON_ASCII.test(name)) return name.toLowerCase().replace(NOT_ASCII_ALNUM, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a detail string, folded, for overlap tests. */
export function detailWords(value: string): string[] {
  const folded = foldName(value);
  return folded ? folded.split(' ') : [];
}
