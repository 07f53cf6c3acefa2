/**
 * The reply to an accepted invitation: a thank-you by first name, then one sentence that answers
 * the note's stated purpose with its own words turned around. At most two sentences; no word in
 * it that the note or the name did not hold, beyond the frame's own fixed words.
 */
import {
  CLAUSE_BREAKS,
  DROPPED_OBJECTS,
  MAX_REPLY_PURPOSE_WORDS,
  NAME_TITLES,
  PRONOUN_TURNS,
  REPLY_FALLBACK,
  REPLY_FRAMES,
  REPLY_OPENING,
  REPLY_OPENING_NO_NAME,
  REST_FILLER,
  SUBJECT_CUES,
} from './lexicon/reply';

const titles = new Set(NAME_TITLES);
const subjectCues = new Set(SUBJECT_CUES);
const NAME_WORD = /^[\p{L}][\p{L}\p{M}'’-]{0,39}$/u;

/** Cuts any of `chars` off the end of `text` (a loop: `[…]+$` backtracks on long runs). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** Their first name as a greeting would use it; undefined when the name has none usable. */
export function firstName(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  for (const raw of words) {
    const word = trimEndOf(raw, '.,');
    if (titles.has(word.toLowerCase())) continue;
    return NAME_WORD.test(word) ? word : undefined;
  }
  return undefined;
}

/** The purpose's first clause, as words. */
function firstClause(purpose: string): string[] {
  let text = ` ${purpose.trim()} `;
  let cut = text.length;
  for (const brk of CLAUSE_BREAKS) {
    const at = text.indexOf(brk, 1);
    if (at > 0 && at < cut) cut = at;
  }
  text = text.slice(0, cut);
  return text.split(/\s+/u).filter(Boolean);
}

/** Turns their pronouns into mine: "how you scaled your team" → "how I scaled my team". */
function turnPronouns(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const lower = word.toLowerCase().replace(/’/gu, "'");
    if (lower === 'you') return i === 0 || subjectCues.has((words[i - 1] ?? '').toLowerCase()) ? 'I' : 'me';
    const turned = PRONOUN_TURNS[lower];
    return turned ?? word;
  });
}

function dropPhrases(words: string[], phrases: readonly string[]): string[] {
  const lower = words.map((w) => w.toLowerCase());
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= lower.length; i++) {
      if (parts.every((p, j) => lower[i + j] === p)) {
        words.splice(i, parts.length);
        lower.splice(i, parts.length);
        i--;
      }
    }
  }
  return words;
}

/** The sentence that answers a purpose, or the fallback question. */
export function answerPurpose(purpose: string | undefined): string {
  if (!purpose) return REPLY_FALLBACK;
  const clause = firstClause(purpose);
  if (clause.length < 2 || clause.length > MAX_REPLY_PURPOSE_WORDS) return REPLY_FALLBACK;
  const lead = (clause[0] as string).toLowerCase();
  const frame = REPLY_FRAMES.find((f) => f.leads.includes(lead));
  if (!frame) return REPLY_FALLBACK;
  let rest = dropPhrases(clause.slice(1), DROPPED_OBJECTS);
  for (const filler of REST_FILLER) {
    const parts = filler.split(' ');
    if (parts.every((p, j) => rest[j]?.toLowerCase() === p)) rest = rest.slice(parts.length);
  }
  if (rest.length === 0) return REPLY_FALLBACK;
  const first = (rest[0] as string).toLowerCase();
  if (frame.restStarts && !frame.restStarts.includes(first)) return REPLY_FALLBACK;
  const turned = turnPronouns(rest);
  // "Happy to share more about me" would be the frame talking to itself: give up instead.
  if (turned.some((w) => w === 'me' || w === 'you')) return REPLY_FALLBACK;
  // Closing quotes stay (the clause opened them); a dangling opening bracket does not.
  const restText = trimEndOf(turned.join(' '), ' \t(');
  return frame.frame.replace('{lead}', lead).replace('{rest}', restText);
}

/**
 * The reply: "Thanks for reaching out, Sam, and happy to connect. Happy to compare notes on
 * schema evolution." `purpose` is the note's stated purpose (the intent check's evidence).
 */
export function buildReply(name: string, purpose: string | undefined): string {
  const first = firstName(name);
  const opening = first ? REPLY_OPENING.replace('{first}', first) : REPLY_OPENING_NO_NAME;
  return `${opening} ${answerPurpose(purpose)}`;
}
