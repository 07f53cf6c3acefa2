/**
 * Which of Harper's lints a coach would not show. Each rule here answers one false alarm seen on
 * connection notes: names and proper nouns, acronyms and initialisms, stray letters, British
 * spelling, closed compounds ("roadmap", "co-hosting"), "3x", and a lowercase word after "Inc.".
 */
import type { parseNote } from '@/lib/analyzer';
import type { Span } from '@/lib/schema';
import type { RawLint } from './engine';
import { BRITISH_TO_AMERICAN } from './lexicon';
import { isAcronym, isCapitalized, isDetailText, opensSentence } from './names';
import { ruleIdOf } from './rules';

/** What the filter knows about the note. */
export interface FilterContext {
  doc: ReturnType<typeof parseNote>;
  /** Placeholders, links and the like, blanked before Harper reads the note. */
  masked: Span[];
  /** Folded words of the details. */
  details: Set<string>;
  /** Capitalized words the note uses in mid-sentence: names wherever they stand. */
  noteNames: Set<string>;
}

/** A slip is a word or a phrase; a longer span is a remark on the whole sentence. */
const MAX_SPAN = 80;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const squeeze = (text: string) => text.toLowerCase().replace(/[\s-]+/gu, '');
const isWord = (text: string) => /^[\p{L}\p{M}\p{N}'’&.-]+$/u.test(text);

/** True when `word` is the British spelling of one of `suggestions` ("honour" and "honor"). */
export function isBritishSpelling(word: string, suggestions: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const wanted = new Set(suggestions.map((s) => s.toLowerCase()));
  for (const [british, american] of BRITISH_TO_AMERICAN) {
    for (let at = lower.indexOf(british); at !== -1; at = lower.indexOf(british, at + 1)) {
      if (wanted.has(lower.slice(0, at) + american + lower.slice(at + british.length))) return true;
    }
    if (wanted.has(lower.replaceAll(british, american))) return true;
  }
  return false;
}

/** True when the word at `start` opens the note, a line or (as the reader counts) a sentence. */
function startsSomething(ctx: FilterContext, start: number): boolean {
  let i = start;
  while (i > 0 && ' \t"\'“‘('.includes(ctx.doc.text[i - 1] as string)) i--;
  return i === 0 || ctx.doc.text[i - 1] === '\n' || opensSentence(ctx.doc, start);
}

/** True when the lint should not be shown. `actual` is the note's text at `span`. */
export function shouldDrop(lint: RawLint, actual: string, span: Span, ctx: FilterContext): boolean {
  if (span.end - span.start > MAX_SPAN || ctx.masked.some((m) => overlaps(m, span))) return true;
  if (isDetailText(actual, ctx.details) || ctx.noteNames.has(actual)) return true;
  const ruleId = ruleIdOf(lint.kind);
  const note = ctx.doc.text;
  // "healthtech" → "health tech", "co-hosting" → "cohosting": an unknown compound, not a slip
  // (unlike "alot", which Harper's own rule for it flags).
  const first = lint.suggestions[0];
  if ((lint.rule === 'SpellCheck' || actual.includes('-')) && first !== undefined && first !== '' && squeeze(first) === squeeze(actual) && first.toLowerCase() !== actual.toLowerCase()) return true;
  if (ruleId === 'spelling' && isWord(actual)) {
    if ([...actual.replace(/\.$/u, '')].length === 1) return true;
    if (/\p{N}/u.test(actual) || /\p{N}/u.test(note[span.start - 1] ?? '')) return true;
    if (isAcronym(actual) || /^(?:\p{L}\.)+\p{L}?\.?$/u.test(actual)) return true;
    if (isCapitalized(actual) && !opensSentence(ctx.doc, span.start)) return true;
    if (isBritishSpelling(actual, lint.suggestions)) return true;
  }
  if (ruleId === 'capitalization' && isWord(actual)) {
    // "useR", "eBay": a brand's own casing.
    if (/^.+\p{Lu}/u.test(actual) && /\p{Ll}/u.test(actual)) return true;
    // "Sam" → "SAM": a name that is also an acronym somewhere; the note's casing is right.
    if (isCapitalized(actual) && lint.suggestions.length > 0 && lint.suggestions.every((s) => s === s.toUpperCase() && s.toLowerCase() === actual.toLowerCase())) return true;
    // "Inc. magazine": Harper takes an abbreviation's dot for a sentence end; the reader does not.
    if (lint.rule === 'SentenceCapitalization' && !startsSomething(ctx, span.start)) return true;
  }
  if (lint.rule === 'AnA') {
    // "A&E", "an honour" (British, so Harper does not know its h is silent).
    const next = /^\s*([\p{L}\p{M}'’-]+)/u.exec(note.slice(span.end, span.end + 40))?.[1] ?? '';
    if (!/^\s/u.test(note[span.end] ?? '') || /^h/iu.test(next)) return true;
  }
  return false;
}
