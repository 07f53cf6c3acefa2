/**
 * Phrase matching without regular expressions: a word trie built once from a lexicon list, swept
 * over the note's words in one pass (leftmost, longest match first). Linear in the note's length
 * whatever the input, so no list of phrases can make matching backtrack.
 */
import type { Span } from '../schema';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** True when a phrase ends at this node. */
  end: boolean;
}

/** A compiled phrase list: build once at module load, sweep per note. */
export interface PhraseNet {
  root: TrieNode;
}

/** Words of normalized text with their offsets; hyphens and apostrophes stay inside words. */
export interface Word extends Span {
  word: string;
}

const node = (): TrieNode => ({ next: new Map(), end: false });

/** Splits a lowercase phrase into words the way `splitWords` splits the note. */
function phraseWords(phrase: string): string[] {
  return phrase.split(/[ ]/u).filter(Boolean);
}

/** Builds the trie of a phrase list (lowercase, normalized, words separated by single spaces). */
export function buildPhraseNet(phrases: readonly string[]): PhraseNet {
  const root = node();
  for (const phrase of phrases) {
    let at = root;
    for (const word of phraseWords(phrase)) {
      let child = at.next.get(word);
      if (!child) {
        child = node();
        at.next.set(word, child);
      }
      at = child;
    }
    at.end = true;
  }
  return { root };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'/-]/u;

/** `WORD_CHAR` for one UTF-16 unit of `text`, without the regex for ASCII (most of any note). */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 47;
  return WORD_CHAR.test(text[i] as string);
}

/**
 * The words of a normalized text: runs of letters, digits, marks, apostrophes, slashes and
 * hyphens, trimmed of leading and trailing apostrophes and hyphens. A scan, not a regex.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordUnit(text, i)) {
      i++;
      continue;
    }
    let start = i;
    while (i < text.length && isWordUnit(text, i)) i++;
    let end = i;
    // Apostrophes and hyphens (and a trailing slash) are no part of a word's ends.
    while (start < end && (text[start] === "'" || text[start] === '-')) start++;
    while (end > start && (text[end - 1] === "'" || text[end - 1] === '/' || text[end - 1] === '-')) end--;
    if (end > start) words.push({ word: text.slice(start, end), start, end });
  }
  return words;
}

/** Every non-overlapping match of the net in the words, leftmost first, longest at each place. */
export function sweep(net: PhraseNet, words: readonly Word[]): Span[] {
  const found: Span[] = [];
  let i = 0;
  while (i < words.length) {
    let at: TrieNode | undefined = net.root;
    let longest = -1;
    for (let j = i; j < words.length && at; j++) {
      at = at.next.get((words[j] as Word).word);
      if (at?.end) longest = j;
    }
    if (longest >= 0) {
      found.push({ start: (words[i] as Word).start, end: (words[longest] as Word).end });
      i = longest + 1;
    } else {
      i++;
    }
  }
  return found;
}
