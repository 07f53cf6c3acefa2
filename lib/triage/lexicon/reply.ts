/**
 * The reply to an accepted invitation, as data: a thank-you, then one sentence that answers the
 * note's own purpose. A frame keys on the purpose's first word; `{rest}` is what follows it, with
 * the pronouns turned around (their "your talk" is my "my talk"). Only the note's own words fill
 * a frame, so a reply never adds a fact.
 */

/** One way to answer a purpose. */
export interface ReplyFrame {
  /** The purpose's first word (lowercase). */
  leads: readonly string[];
  /** The answer; `{rest}` is the purpose after its lead word, pronouns turned. */
  frame: string;
  /** Words the rest must start with for this frame to read well; any when absent. */
  restStarts?: readonly string[];
}

// "I'd love to learn how you scaled the team" → "Happy to share how I scaled the team."
export const REPLY_FRAMES: readonly ReplyFrame[] = [
  { leads: ['learn', 'hear', 'understand', 'know'], frame: 'Happy to share {rest}.', restStarts: ['how', 'what', 'why', 'about', 'more', 'my', 'your', 'the'] },
  { leads: ['compare', 'swap', 'trade', 'exchange', 'discuss', 'talk', 'chat', 'brainstorm', 'continue', 'catch'], frame: 'Happy to {lead} {rest}.' },
  { leads: ['follow', 'keep'], frame: 'Happy to stay in touch about {rest}.', restStarts: ['your'] },
  { leads: ['explore', 'discover'], frame: 'Happy to hear more about {rest}.' },
  { leads: ['ask', 'pick'], frame: 'Happy to answer your questions {rest}.', restStarts: ['about', 'on'] },
  { leads: ['introduce'], frame: 'Thanks for thinking of introducing me {rest}.', restStarts: ['to'] },
];

/** The thank-you that opens every reply; `{first}` is their first name. */
export const REPLY_OPENING = 'Thanks for reaching out, {first}, and happy to connect.';
/** The opening when the name is unknown or unusable. */
export const REPLY_OPENING_NO_NAME = 'Thanks for reaching out, and happy to connect.';
/** The second sentence when no frame fits the purpose. */
export const REPLY_FALLBACK = 'What would you like to talk about first?';

/** Their words → mine. "you" is handled apart: "I" as a subject, "me" otherwise. */
export const PRONOUN_TURNS: Readonly<Record<string, string>> = {
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
  "you're": "I'm",
  "you've": "I've",
  "you'd": "I'd",
  "you'll": "I'll",
  i: 'you',
  my: 'your',
  me: 'you',
  mine: 'yours',
  myself: 'yourself',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
};

/** Words after which "you" is a subject ("how you scaled" → "how I scaled"). */
export const SUBJECT_CUES: readonly string[] = ['how', 'what', 'why', 'when', 'where', 'that', 'if', 'whether', 'who', 'and'];

/** Filler dropped from the start of the rest ("learn more about" → "more about" is kept, "a bit" is not). */
export const REST_FILLER: readonly string[] = ['a bit', 'a little', 'a little bit', 'some'];

/** Object phrases dropped before the frame: in my reply, "compare notes with you" is just "compare notes". */
export const DROPPED_OBJECTS: readonly string[] = ['with you', 'to you'];

/** Words that end a purpose for the reply: it answers the first clause only. */
export const CLAUSE_BREAKS: readonly string[] = [',', ';', ':', ' - ', ' — ', ' – ', '?', '!', '.', ' and then ', ' if ', ' or '];

/** Longest purpose the reply repeats, in words. */
export const MAX_REPLY_PURPOSE_WORDS = 14;

/** Titles skipped when taking a first name ("Dr. Ana Ruiz" → Ana). Lowercase, no dot. */
export const NAME_TITLES: readonly string[] = ['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir'];
