/**
 * The notes every part of the bench runs on: the labeled dev notes (with their details), and a
 * set of ~300-character notes built from them, because the analysis budget is stated for notes
 * at LinkedIn's Premium limit while most dev notes are shorter.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { noteRequestSchema, PLAN_LIMITS, type NoteRequest } from '../../lib/schema';

/** Where the labeled dev set lives in the project (a fresh clone has it). */
export const DEV_NOTES_PATH = resolve(__dirname, '../../tests/fixtures/dev.jsonl');

/** Shortest and longest length of a "300-character" bench note, in UTF-16 code units. */
export const LONG_NOTE_MIN = 280;
export const LONG_NOTE_MAX = PLAN_LIMITS.premium;

/** Reads the dev set's requests, validated by the shared schema so the bench times real input. */
export function loadDevRequests(path = DEV_NOTES_PATH): NoteRequest[] {
  const requests: NoteRequest[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as { request?: unknown };
    const parsed = noteRequestSchema.safeParse(row.request);
    if (!parsed.success) throw new Error(`${path}:${index + 1}: request does not match the schema`);
    requests.push(parsed.data);
  });
  if (requests.length === 0) throw new Error(`${path}: no notes`);
  return requests;
}

// A greeting that opens a note ("Hi Tim, ", "Hello Dr. Ng! ") is dropped from a borrowed sentence:
// a greeting in the middle of a note would read as a second letter, not as a longer note.
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b(?:[^,!.]|\b(?:Dr|Mr|Mrs|Ms|Prof)\.){0,40}[,!]\s*/i;

// A full stop after these is part of a name or phrase ("Dr. Chen", "e.g. this"), not a sentence end.
const ABBREVIATIONS = new Set(['dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'sr.', 'jr.', 'st.', 'vs.', 'etc.', 'inc.', 'e.g.', 'i.e.', 'u.s.', 'no.']);
// Closing quotes and brackets that may follow a sentence's final punctuation.
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** True when `word` ends a sentence: final . ! or ? (before any closers), and no abbreviation. */
function endsSentence(word: string): boolean {
  let end = word.length;
  while (end > 0 && CLOSERS.has(word.charAt(end - 1))) end -= 1;
  const last = word.charAt(end - 1);
  if (last !== '.' && last !== '!' && last !== '?') return false;
  return !ABBREVIATIONS.has(word.replace(/^[("'“‘]+/, '').toLowerCase());
}

/**
 * Splits a note into sentences, keeping each one's closing punctuation (good enough for padding).
 * A word-by-word scan rather than a look-behind split, so the cost stays linear on any input.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let current: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    current.push(word);
    if (endsSentence(word)) {
      sentences.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current.join(' '));
  return sentences;
}

/** Drops an opening greeting and capitalizes what is left ("Hi Tim, fellow alum" → "Fellow alum"). */
function withoutGreeting(sentence: string): string {
  const rest = sentence.replace(GREETING, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Cuts `text` to at most `max` code units at a sentence end, else at a word boundary. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const sentence of sentencesOf(text)) {
    const next = kept === '' ? sentence : `${kept} ${sentence}`;
    if (next.length > max) break;
    kept = next;
  }
  if (kept.length >= LONG_NOTE_MIN) return kept;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).trimEnd();
}

/**
 * Builds one note of LONG_NOTE_MIN..LONG_NOTE_MAX code units from `base` by appending whole
 * sentences borrowed from `donors` (in order, skipping those that would overflow), then words of
 * the next sentence if whole sentences cannot reach the minimum. Deterministic.
 */
export function padNote(base: string, donors: readonly string[]): string {
  let text = clip(base.trim(), LONG_NOTE_MAX);
  const borrowed = donors.flatMap(sentencesOf).map(withoutGreeting);
  for (const sentence of borrowed) {
    if (text.length >= LONG_NOTE_MIN) break;
    if (sentence.length === 0) continue;
    const next = `${text} ${sentence}`;
    if (next.length <= LONG_NOTE_MAX) text = next;
  }
  for (const word of borrowed.join(' ').split(/\s+/)) {
    if (text.length >= LONG_NOTE_MIN) break;
    const next = `${text} ${word}`;
    if (next.length <= LONG_NOTE_MAX) text = next;
  }
  return text;
}

/**
 * One ~300-character request per dev request: the note padded with sentences of the notes that
 * follow it (wrapping around), keeping its own recipient and sender details, on the Premium plan
 * (whose limit is 300) so the length check sees a note that fits.
 */
export function buildLongRequests(requests: readonly NoteRequest[]): NoteRequest[] {
  return requests.map((request, index) => {
    const donors: string[] = [];
    for (let step = 1; step < requests.length; step += 1) {
      donors.push((requests[(index + step) % requests.length] as NoteRequest).note);
    }
    return { ...request, plan: 'premium', note: padNote(request.note, donors) };
  });
}

/** Mean length in code units of the notes of `requests` (for the report's "notes" column). */
export function meanLength(requests: readonly NoteRequest[]): number {
  if (requests.length === 0) return 0;
  return requests.reduce((total, request) => total + request.note.length, 0) / requests.length;
}
