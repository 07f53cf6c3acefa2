/**
 * What proofreading must not call a misspelling: the names in the details (the recipient's and
 * the sender's names, companies, schools, headline and industry words, mutual connections), and
 * proper nouns the note itself shows by a capital letter in mid-sentence.
 */
import type { parseNote } from '@/lib/analyzer';
import type { NoteRequest } from '@/lib/schema';

type NoteDoc = ReturnType<typeof parseNote>;

/** Folds case and accents and splits into words: "José Núñez-Díaz" → ["jose", "nunez", "diaz"]. */
function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every word of the request's details, folded (case and accents), as one set. */
export function detailWordSet(request: NoteRequest): Set<string> {
  const { profile = {}, sender = {} } = request;
  const values = [
    profile.name,
    profile.headline,
    profile.company,
    profile.industry,
    ...(profile.schools ?? []),
    ...(profile.mutualConnections ?? []),
    sender.name,
    sender.headline,
    sender.company,
    sender.industry,
    ...(sender.schools ?? []),
  ];
  const words = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    for (const word of foldWords(value)) words.add(word);
  }
  return words;
}

/** True when every word of `text` is one of the detail words ("Ikenna", "Georgia State"). */
export function isDetailText(text: string, details: ReadonlySet<string>): boolean {
  const words = foldWords(text);
  return words.length > 0 && words.every((w) => details.has(w));
}

const OPENERS = /[\s"'“‘([{¿¡*_-]/u;

/**
 * True when the word at `start` opens a sentence as the note reads (the reader's sentences, so
 * "Mr. Okafor" and "Hi Sam," do not count): only there is a capital letter no sign of a name.
 */
export function opensSentence(doc: NoteDoc, start: number): boolean {
  for (const sentence of doc.sentences) {
    if (sentence.start > start) return false;
    if (start < sentence.end) {
      let i = sentence.start;
      while (i < start && OPENERS.test(doc.text[i] as string)) i++;
      return i === start;
    }
  }
  return false;
}

/** A word written with a capital first letter: "GSUProgClub", "Ikenna", "KubeCon". */
export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
/** An acronym or initialism: "SRE", "UGA", "B2B", "AWS's". */
export const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\p{N}&]{1,9}(?:['’]s)?$/u.test(word);

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * Capitalized words the note uses where no sentence starts ("Hi Mr. Okafor, …"): the writer's
 * own proper nouns, so "Okafor" opening a later sentence is a name there too.
 */
export function namesInNote(doc: NoteDoc): Set<string> {
  const names = new Set<string>();
  for (const term of doc.terms) {
    let end = term.text.length;
    while (end > 0 && !WORD_CHAR.test(term.text[end - 1] as string)) end--;
    const word = term.text.slice(0, end);
    if (isCapitalized(word) && !opensSentence(doc, term.start)) names.add(word);
  }
  return names;
}
