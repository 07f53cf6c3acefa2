import { placeholderSpans } from '../placeholders';

/**
 * Small text helpers of the rewrite: whole-word search by indexOf (no regex per phrase, so nothing
 * to backtrack on a hostile draft), first words, and case changes at a sentence start.
 */

const WORD = /[\p{L}\p{N}]/u;

/** Whether `phrase` (lowercase) occurs in `hay` (lowercase) as whole words. */
export function hasPhrase(hay: string, phrase: string): boolean {
  for (let at = hay.indexOf(phrase); at >= 0; at = hay.indexOf(phrase, at + 1)) {
    const before = hay.charAt(at - 1);
    const after = hay.charAt(at + phrase.length);
    if ((before === '' || !WORD.test(before)) && (after === '' || !WORD.test(after))) return true;
  }
  return false;
}

/** Lowercase words of a text, straight apostrophes, punctuation dropped. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}'+&-]+/u)
    .map((w) => trimChars(w, "'"))
    .filter(Boolean);
}

/** Strips any of `chars` from both ends, by a scan (no regex to backtrack on a long run). */
export function trimChars(text: string, chars: string, ends: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (ends === 'both') while (start < end && chars.includes(text.charAt(start))) start++;
  while (end > start && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** The first word, lowercase with straight apostrophes. */
export function firstWord(text: string): string {
  return wordsOf(text.slice(0, 40))[0] ?? '';
}

/** The last word, lowercase. */
export function lastWord(text: string): string {
  const words = wordsOf(text.slice(-40));
  return words[words.length - 1] ?? '';
}

/** Upper-cases the first letter (a sentence start), leaving "iPhone"-style brands alone. */
export function upperFirst(text: string): string {
  return /^\p{Ll}\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter of a common word ("Lovely" → "lovely"); acronyms and "I" stay. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}[\p{Ll}'’]/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Collapses runs of spaces and the spaces before punctuation left by a cut. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:.!?])/g, '$1')
    .replace(/([,;:])(?: ?[,;:])+/g, '$1')
    .replace(/\( ?\)/g, '')
    .trim();
}

/** Strips leading and trailing separators (",", ";", "-", "–") and spaces. */
export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && ' ,;:–—-'.includes(text.charAt(start))) start++;
  while (end > start && ' ,;:–—-'.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

const MARKS = '.!?…';
const CLOSERS = `"'”’)`;

/** The sentence without its end marks ("Let's connect!!" → "Let's connect"); closing quotes stay. */
export function stripTerminal(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === ' ') end--;
  let closers = end;
  while (closers > 0 && CLOSERS.includes(text.charAt(closers - 1))) closers--;
  let marks = closers;
  while (marks > 0 && MARKS.includes(text.charAt(marks - 1))) marks--;
  return (text.slice(0, marks) + text.slice(closers, end)).trimEnd();
}

/** The last end mark of a sentence ('?', '!', '.'), or '' when it has none. */
export function endMark(text: string): string {
  let end = text.trimEnd().length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end--;
  const ch = text.charAt(end - 1);
  return MARKS.includes(ch) && ch !== '' ? ch : '';
}

/** The "[…]" brackets of a text, by the one placeholder scanner the analyzer and the page use. */
export function bracketsOf(text: string): string[] {
  return placeholderSpans(text)
    .filter((s) => text.charAt(s.start) === '[')
    .map((s) => text.slice(s.start, s.end));
}

/** Replaces each "[…]" bracket with `to(bracket)`. */
export function replaceBrackets(text: string, to: (bracket: string) => string): string {
  let out = '';
  let at = 0;
  for (const s of placeholderSpans(text)) {
    if (text.charAt(s.start) !== '[') continue;
    out += text.slice(at, s.start) + to(text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}

/** Removes asides in parentheses (" (AI/Data Analytics focus)"), by a scan. */
export function withoutParentheses(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', at)) {
    const close = text.indexOf(')', open + 1);
    const nested = text.indexOf('(', open + 1);
    if (close < 0 || close - open > 200) break;
    if (nested >= 0 && nested < close) {
      out += text.slice(at, nested);
      at = nested;
      continue;
    }
    const cut = open > 0 && text.charAt(open - 1) === ' ' ? open - 1 : open;
    out += text.slice(at, cut);
    at = close + 1;
  }
  return out + text.slice(at);
}
