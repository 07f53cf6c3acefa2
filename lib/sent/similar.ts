/**
 * The same-note guard: identical notes sent to many people read as automated. Two notes count as
 * the same when, with the recipients' names and any placeholders set aside, at least 90 % of the
 * longer note's words appear in the other in the same order. Punctuation and case never matter.
 * Reads the note with the analyzer's own light helpers (normalizing, word splitting, placeholder
 * scan), not the full analyzer, so it runs in the page.
 */
import { GREETING_WORDS } from '../analyzer/lexicon/structure';
import { splitWords } from '../analyzer/phrases';
import { blankSpans, detailWords, foldName, normalize } from '../analyzer/text';
import { placeholderSpans } from '../placeholders';
import type { SentEntry } from './entry';

/** Share of the longer note's words, in order, that makes two notes the same. */
export const SAME_NOTE_RATIO = 0.9;
/** Notes shorter than this (after names are set aside) carry too little to compare. */
const MIN_WORDS = 3;
/** Words after a greeting that may be the name ("Hi Ana María,"). */
const MAX_GREETING_NAME = 3;

const greetings: ReadonlySet<string> = new Set(GREETING_WORDS.filter((g) => !g.includes(' ')));
// A capitalized word after the greeting is taken as the name; "I" ("Hi I loved…") is not one.
const startsUpper = (word: string) => word !== 'I' && /^\p{Lu}/u.test(word);

/**
 * The words that make a note's content: folded, without placeholders, without the greeting's
 * name, and without any word of the recipient's name wherever it appears.
 */
export function comparableWords(text: string, recipientName?: string): string[] {
  const blanked = blankSpans(text, placeholderSpans(text));
  const norm = normalize(blanked);
  const words = splitWords(norm);
  const names = new Set(recipientName ? detailWords(recipientName) : []);
  const skip = new Set<number>();
  const first = words[0];
  if (first && greetings.has(first.word)) {
    for (let i = 1; i <= MAX_GREETING_NAME && i < words.length; i++) {
      const word = words[i] as (typeof words)[number];
      const gap = blanked.slice((words[i - 1] as (typeof words)[number]).end, word.start);
      if (gap.trim() !== '' && gap.trim() !== '.') break;
      if (!startsUpper(blanked.slice(word.start, word.end))) break;
      skip.add(i);
    }
  }
  const out: string[] = [];
  words.forEach((w, i) => {
    if (skip.has(i)) return;
    const folded = foldName(w.word);
    if (folded === '' || names.has(folded)) return;
    out.push(...folded.split(' '));
  });
  return out;
}

/** Length of the longest common subsequence of two word lists. */
function commonInOrder(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] as number;
}

/** How alike two word lists are: the in-order share of the longer one (1 = identical). */
export function sameness(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  // The common part cannot exceed the shorter list: skip the quadratic work when it cannot reach the bar.
  if (Math.min(a.length, b.length) / longer < SAME_NOTE_RATIO) return Math.min(a.length, b.length) / longer;
  return commonInOrder(a, b) / longer;
}

/** An earlier note that the draft repeats. */
export interface SameNote {
  entry: SentEntry;
  /** 1 when the words are identical, else the in-order share (≥ 0.9). */
  sameness: number;
}

const sameName = (a?: string, b?: string) => foldName(a ?? '') === foldName(b ?? '');

/**
 * Earlier notes sent to someone else that the draft repeats, most alike first, then newest.
 * A note to the same named person is not "someone else"; unnamed recipients could be anyone.
 */
export function findSameNotes(log: readonly SentEntry[], text: string, recipientName?: string): SameNote[] {
  const mine = comparableWords(text, recipientName);
  if (mine.length < MIN_WORDS) return [];
  const named = foldName(recipientName ?? '') !== '';
  const found: SameNote[] = [];
  for (const entry of log) {
    if (named && sameName(entry.recipient.name, recipientName)) continue;
    const theirs = comparableWords(entry.text, entry.recipient.name);
    if (theirs.length < MIN_WORDS) continue;
    const s = sameness(mine, theirs);
    if (s >= SAME_NOTE_RATIO) found.push({ entry, sameness: s });
  }
  return found.sort((a, b) => b.sameness - a.sameness || b.entry.sentAt - a.entry.sentAt);
}
