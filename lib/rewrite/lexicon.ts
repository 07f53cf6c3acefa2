/**
 * The rewrite's own data: the scenario frames it writes from and the small word lists its fluency
 * guards need. What it does with each rule's evidence (drop, repair, keep) is the rule registry's
 * (lib/analyzer/lexicon/red-flags.ts). Reading the note (sentences,
 * greeting, sign-off, placeholders) and judging it (red flags, purpose, praise, shared ground) is
 * the analyzer's job: nothing here re-detects what a finding already says.
 */
import { withoutParentheses } from './text';

/** Shared-ground findings that mean the details contradict the claim: it is corrected or removed. */
export const CONTRADICTION_RULES: ReadonlySet<string> = new Set(['contradicted-school', 'contradicted-mutual']);

/** The situations a note is written in; each gives the frame a missing purpose or a rebuild is written in. */
export type ScenarioId = 'met' | 'post' | 'seeker' | 'recruiter' | 'sales' | 'general';

/**
 * A bracket the user fills, with what the page and `filled` put in it: `sample` is typical content
 * of the kind the bracket asks for, used only to score the variant once filled (never shown as text),
 * and no longer than the bracket, so a variant within the limit stays within it once filled.
 */
export interface Slot {
  text: string;
  sample: string;
}

/** Per scenario: the purpose clause (after "I'd love to connect and"), and the opener a rebuild starts with. */
export interface ScenarioFrame {
  /** Verb phrase with a bracket: "learn [what you'd like to learn from them]". */
  purpose: { before: string; slot: Slot; after?: string };
  /** Praise of their work as a sentence with a bracket, for the praise-led variant. */
  praise: { before: string; slot: Slot; after: string };
  /** The sentence a rebuild opens with, before the purpose. */
  opener?: { before: string; slot: Slot; after: string };
  /**
   * The purpose for a note that already makes an offer (a role, a service, an invitation): what
   * the sender wants to hear from them, so the offer reads as the start of a conversation.
   */
  offerPurpose?: { before: string; slot: Slot; after?: string };
}

/** The purpose added after an offer when the scenario has none of its own. */
export const OFFER_PURPOSE: NonNullable<ScenarioFrame['offerPurpose']> = { before: 'hear about ', slot: { text: '[their current priorities]', sample: 'your plans for the year' } };

/** Praise of a post or talk of theirs: the praise a note after a meeting or a post asks for. */
const PRAISE_OF_THEIR_POST: ScenarioFrame['praise'] = { before: 'I enjoyed your ', slot: { text: '[the post or talk of theirs you liked, and why]', sample: 'post on remote onboarding' }, after: '' };

export const SCENARIO_FRAMES: Record<ScenarioId, ScenarioFrame> = {
  // "it was lovely chatting at the meetup" → keep the conversation going.
  met: {
    praise: PRAISE_OF_THEIR_POST,
    purpose: { before: 'keep talking about ', slot: { text: '[what you talked about]', sample: 'onboarding flows' } },
    opener: { before: 'It was great meeting you at ', slot: { text: '[the event]', sample: 'the meetup' }, after: '' },
  },
  // "I read your post on …" → what it made the sender want to ask.
  post: {
    praise: PRAISE_OF_THEIR_POST,
    purpose: { before: 'hear more about ', slot: { text: '[what in their work you’d like to ask about]', sample: 'how you measured the results' } },
    opener: { before: 'I enjoyed your ', slot: { text: '[post or talk, and on what]', sample: 'post on remote onboarding' }, after: '' },
  },
  // A student or job seeker: advice on the path, never a referral in a first note.
  seeker: {
    praise: { before: 'I admire ', slot: { text: '[what in their path or work drew you to them]', sample: 'your move from audit into data science' }, after: '' },
    purpose: { before: 'hear ', slot: { text: '[what you’d like to learn about their team or path]', sample: 'how you moved into data science' } },
    opener: { before: "I'm ", slot: { text: '[who you are, in a few words]', sample: 'a data science student' }, after: '' },
  },
  // A recruiter: the role, and why this person, with "in case it is of interest".
  recruiter: {
    praise: { before: 'Your work on ', slot: { text: '[the project on their profile that fits the role]', sample: 'the payments migration' }, after: ' stood out to me' },
    purpose: { before: 'share ', slot: { text: '[the role and why it fits them]', sample: 'a data role on our team' }, after: ' in case it is of interest' },
    opener: { before: "I'm hiring for ", slot: { text: '[the role and team]', sample: 'a data engineer' }, after: '' },
    offerPurpose: { before: 'hear ', slot: { text: '[what they look for in their next role]', sample: 'what you want in your next role' } },
  },
  // A founder or seller: ask what they are working on before any pitch.
  sales: {
    praise: { before: 'Your work on ', slot: { text: '[something they built or wrote that relates to yours]', sample: 'the invoicing rebuild' }, after: ' caught my eye' },
    purpose: { before: 'hear about ', slot: { text: '[their current priorities]', sample: 'your plans for the year' } },
    opener: { before: "I'm building ", slot: { text: '[what your product does, in a few words]', sample: 'a tool for invoice approvals' }, after: '' },
  },
  general: {
    praise: { before: 'I admire ', slot: { text: '[something specific in their work, and why]', sample: 'your work on remote onboarding' }, after: '' },
    purpose: { before: 'learn ', slot: { text: '[what you’d like to learn from them]', sample: 'how you moved into product' } },
  },
};


/**
 * Cue words for the scenario, matched as whole words on the analyzer's normalized text (lowercase,
 * straight quotes). Checked in order: the first scenario with a cue wins; analyzer findings
 * (a pitch, praise of their work, shared ground at an event) are consulted before these.
 */
export const SCENARIO_CUES: ReadonlyArray<{ id: ScenarioId; phrases: readonly string[] }> = [
  // "We have AI Software Engineer positions available" / "a staffing firm" / "are you looking for a new project"
  {
    id: 'recruiter',
    phrases: [
      'staffing firm', 'staffing company', 'staffing agency', 'our staffing', 'recruiting for', 'recruiter here', 'i am a recruiter', "i'm a recruiter", 'we are hiring', "we're hiring", 'hiring for', 'positions available', 'position available',
      'job opportunity', 'job opportunities', 'are you interested', 'are you looking for', 'open to new opportunities', 'your profile suits',
      'direct clients', 'full time job', 'full-time job', 'send your updated resume', 'share your resume',
    ],
  },
  // "I'm interested in the ML Scientist role" / "a Master's student graduating in May"
  {
    id: 'seeker',
    phrases: [
      'student', 'graduate', 'graduating', 'graduated', 'intern', 'internship', 'applied', 'applying', 'job search', 'the role',
      'role at', 'position at', 'hiring process', 'candidates', 'referral', 'referrals', 'refer me', 'my background', 'my resume',
      'job market', 'opportunities at', 'aspiring', 'career switch', 'mentor', 'mentoring', 'guidance',
    ],
  },
  // "our platform" / "we help" / "a demo"
  {
    id: 'sales',
    phrases: ['our product', 'our platform', 'our software', 'our solution', 'our app', 'my app', 'my new app', 'we help', 'i help', 'demo', 'we provide', 'we offer', 'our services', 'my services'],
  },
  // "lovely chatting at the meetup" / "we met at"
  {
    id: 'met',
    // An event named alone ("our workshop on Jan 22") is an invitation, not a meeting: only meeting words count.
    phrases: ['met', 'meeting you', 'chatting', 'chatted', 'meetup', 'booth', 'coffee', 'our chat', 'our conversation', 'spoke', 'speaking with you'],
  },
  // "your post on" / "your talk"
  { id: 'post', phrases: ['your post', 'your talk', 'your article', 'your webinar', 'your podcast', 'your videos', 'your newsletter', 'your book', 'your thread'] },
];

/**
 * Text-speak and parody slang ("u hv 2 chk", "value bombs"): a draft written in it is rebuilt from
 * its scenario rather than edited, since every clause would need rewriting anyway.
 */
export const UNPROFESSIONAL_WORDS: ReadonlySet<string> = new Set([
  'u', 'ur', 'hv', 'chk', 'gr8', 'lmk', 'wanna', 'gonna', 'pls', 'plz', 'thx', 'tnx', 'bro', 'fam', 'yo', 'lol', 'omg', 'idk',
  'btw', 'dm', 'smash', 'hustle', 'bombs', 'vibes', 'sup', 'ya', 'k', 'r', '4', '2', 'b4', 'coz', 'cuz', 'luv', 'kinda', 'gotta',
]);

/** How many such words make a draft text-speak. */
export const UNPROFESSIONAL_MIN = 3;

/** Words a question starts with: a sentence ending in "?" that starts otherwise becomes a statement. */
export const QUESTION_STARTS: ReadonlySet<string> = new Set([
  'would', 'could', 'can', 'do', 'does', 'did', 'are', 'is', 'was', 'were', 'will', 'have', 'has', 'may', 'might', 'shall', 'should',
  'what', 'how', 'why', 'when', 'where', 'who', 'which', 'whom', 'whose', 'any', 'open', 'interested', 'mind', 'fancy', 'want', 'care',
  'am', "won't", "wouldn't", "isn't", "aren't", "don't", "didn't", "haven't", "can't", 'shall',
]);

/** Words that refer back to the sentence before: such a sentence cannot stay once that one goes. */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['it', "it's", 'this', 'that', "that's", 'these', 'those', 'they', "they're", 'such', 'there', 'both', 'he', 'she', 'also', 'the part', 'the point', 'the bit', 'which']);

/** "If this is of interest", "I think that could be relevant": a demonstrative standing for what was said before ("things that can help" is a relative clause, not one). */
const DEMONSTRATIVE_BACK = /(?:\b(?:this|these|those)|(?:^|\b(?:think|believe|hope|feel|guess|if|because|and|but|so|as|since|know) )that)(?=\s*(?:[,.;:!?]|$)|\s(?:is|was|could|would|might|may|will|can|sounds|seems|looks|fits|helps|means|works|resonates|interests)\b)/i;

/** "Would you mind if I shared them", "discuss it further": a pronoun object standing for something named before. */
const OBJECT_BACK = /\b(?:share|shared|sharing|discuss|discussing|about|try|trying|give|giving|check|send|sent|sending|forward|forwarded|pass|show|showing|explore|exploring)\s(?:it|them)\b/i;

/** "the app", "the platform": a definite noun; a modifier after it ("the use of…", "the chance to…") makes it its own reference. */
export const DEFINITE = /\bthe (\p{L}{3,})\b(?! (?:of|to|in|at|for|from|on|that|who|which|you|we|i)\b)/giu;

/** "Does it make sense to you?": "it" as the subject of a question stands for what was offered; "Would it make sense to connect?" does not. */
function askedAboutIt(text: string): boolean {
  const at = /\b(?:does|did|is|was|would|will|could|can) it\b/i.exec(text);
  if (!at) return false;
  const rest = text.slice(at.index + at[0].length);
  return !/\bto (?!you\b|me\b|us\b)\p{L}+/iu.test(rest);
}

/** "I'd love to hear your feedback", "I'd appreciate your support", "Reply with: yes or no": a response to something put to them before. */
const RESPONSE_BACK = /\byour (?:feedback|thoughts|views|opinion|take|support|help)\b(?! (?:on|about|of|regarding|with|in|for)\b)|^(?:reply|respond)\b/i;

/** Whether a sentence leans on something said before it: "this is of interest", "shared them", "does it make sense". */
export function refersToSomethingSaid(text: string): boolean {
  return DEMONSTRATIVE_BACK.test(text) || OBJECT_BACK.test(text) || RESPONSE_BACK.test(text.trim()) || askedAboutIt(text);
}

/** Words a complete clause cannot start with once what preceded it was cut. */
export const FRAGMENT_STARTS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'which', 'who', 'whom', 'because', 'while', 'although', 'though', 'nor', 'plus', 'then', 'yet', 'to', 'of', 'with', 'for', 'from', 'by', 'at', 'into', 'via', 'through', 'including', 'especially', 'than', 'whereas']);

/** Words a complete clause cannot end with (a cut left it hanging). */
export const FRAGMENT_ENDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'for', 'with', 'on', 'in', 'at', 'by', 'about', 'from', 'my', 'your', 'our', 'their',
  'his', 'her', 'its', 'as', 'that', 'which', 'who', 'so', 'if', 'than', 'into', 'is', 'are', 'was', 'were', 'be', "i'm", 'i',
]);

/** Verbs a clause may be left starting with once its subject was cut ("would love to connect" → "I would love to connect"). */
export const SUBJECTLESS_VERBS: ReadonlySet<string> = new Set([
  'would', 'could', 'will', 'am', 'have', 'had', 'noticed', 'saw', 'thought', 'loved', 'enjoyed', 'read', 'liked', 'admired', 'found',
  'hope', 'wanted', 'want', 'think', 'believe', 'plan', 'look', 'work', 'worked', 'lead', 'led', 'run', 'manage', 'wrote', 'came',
]);

/** First words of a sentence that say who the sender is: the credential a note's ask rests on. */
export const INTRO_STARTS: ReadonlySet<string> = new Set(["i'm", 'i am', 'as a', 'as an', 'my name', 'my background', 'my experience', 'my work', 'my focus', 'this is', 'i work', 'i lead', 'i run', 'i recently', "i've", 'i have', 'we are', "we're"]);

/** Words that read as the start of a new sentence but are common words, lower-cased after a greeting's comma. */
export const KEEP_CAPITAL: ReadonlySet<string> = new Set(['i', "i'm", "i'd", "i've", "i'll"]);

/** Greetings as the rewrite writes them, from the draft's first word. */
export const SALUTATIONS: Readonly<Record<string, string>> = {
  hi: 'Hi', hii: 'Hi', hiii: 'Hi', hiya: 'Hi', hello: 'Hello', helo: 'Hello', hey: 'Hey', heya: 'Hey', dear: 'Dear', greetings: 'Hi',
  good: 'Hi', yo: 'Hi', howdy: 'Hi',
};

/** Names in a greeting that are not a person ("Hi there", "Dear Sir/Madam"). */
export const NOT_A_NAME: ReadonlySet<string> = new Set(['there', 'sir', 'madam', 'sir/madam', 'all', 'team', 'everyone', 'folks', 'friend', 'guys']);

/** Words a greeting can swallow that begin the first sentence ("Hi This is Nina", "Hi Sravya We are"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['this', 'i', "i'm", 'i’m', 'we', "we're", 'we’re', 'my', 'our', 'it', 'just', 'thanks', 'thank']);

/**
 * How a sentence states the sender's own wish ("I'd love to follow the roadmap"): the sender's
 * purpose in their words, kept whether or not the analyzer credits it, and never stated twice.
 */
export const WISH_STARTS: readonly string[] = ["i'd love to", 'i would love to', "i'd like to", 'i would like to', 'would love to', 'i hope to', "i'm keen to", 'i am keen to', "i'm hoping to", 'i am hoping to'];

/** Subjects a clause opens with: a cut before one stops at the span, not at the next comma. */
export const SUBJECTS: ReadonlySet<string> = new Set(['i', "i'm", "i'd", "i've", "i'll", 'we', "we're", "we've", 'my', 'our']);

/**
 * Sentence starts that leave out their subject, and the subject they get back:
 * "Curious what tools you use" → "I'm curious…"; "Thought it might be nice" → "I thought…";
 * "Would be good to compare notes" → "It would be good…". Gerunds ("Connecting with…") take "I'm".
 */
export const SUBJECT_REPAIRS: ReadonlyArray<{ starts: readonly string[]; subject: string }> = [
  { starts: ['always', 'curious', 'happy', 'glad', 'excited', 'keen', 'eager', 'interested', 'new', 'currently', 'constantly'], subject: "I'm" },
  { starts: ['thought', 'hope', 'wanted', 'noticed', 'saw', 'loved', 'enjoyed', 'came', 'found', 'admired', 'liked', 'believe', 'think', 'would love', 'would like', 'look forward', 'got', 'recently'], subject: 'I' },
  { starts: ['would be happy', 'would be glad', 'would be delighted', 'would be honored', 'would be honoured', 'would be keen', 'would be grateful', 'would appreciate', 'will be happy'], subject: 'I' },
  { starts: ['would be', 'will be', 'could be', 'might be', 'should be'], subject: 'It' },
  { starts: ['from'], subject: "I'm writing" },
];

/** Words ending in "-ing" that are not a sentence's verb. */
export const NOT_GERUNDS: ReadonlySet<string> = new Set(['following', 'according', 'regarding', 'during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'being', 'thing', 'king', 'bring', 'spring', 'string', 'ping', 'having', 'given', 'coming', 'lovely']);

/** Removes each `marker` and what follows it up to the next comma, period or semicolon. */
function cutAsides(text: string, markers: readonly string[]): string {
  let out = text;
  for (const marker of markers) {
    for (let at = out.toLowerCase().indexOf(marker); at >= 0; at = out.toLowerCase().indexOf(marker, at)) {
      let end = at + marker.length;
      while (end < out.length && !',.;'.includes(out.charAt(end))) end++;
      out = out.slice(0, at) + out.slice(end);
    }
  }
  return out;
}

/** Cuts the last "after/before/while/when …" clause of at least 14 characters with no comma in it. */
function dropTrailingAdjunct(text: string): string {
  let best = -1;
  for (const word of [' after ', ' before ', ' while ', ' when ']) best = Math.max(best, text.lastIndexOf(word));
  if (best < 0) return text;
  const tail = text.slice(best + 1);
  return tail.length >= 14 && !/[,.;]/.test(tail) ? text.slice(0, best) : text;
}

/** Cuts a closing ", and I'd also love to…" — a second wish joined to the first — of at least 20 characters. */
function dropTrailingWish(text: string): string {
  const at = text.search(/, and (?:i|i'd|i’d|i'm|i’m|i would|we|we'd|we’d)\b[^,;]{20,}$/i);
  return at > 20 ? text.slice(0, at) : text;
}

/**
 * Cuts tried, in order, only when a variant is over the limit: what carries least meaning first —
 * asides in parentheses, examples, "especially …" tails, time words, then a trailing "after …"
 * clause, then a second wish ("…, and I'd also love to…"). Each starts on a literal, so none backtracks on long input.
 */
export const COMPRESS: ReadonlyArray<(text: string) => string> = [
  withoutParentheses,
  (t) => cutAsides(t, [', e.g. ', ' e.g. ', ', i.e. ', ' i.e. ', ', for example', ', such as ', ' such as ', ', especially ']),
  (t) => t.replace(/ (?:last|this|next) (?:week|month|year|quarter|spring|summer|fall|autumn|winter)\b/gi, '').replace(/ (?:back )?in (?:19|20)\d\d\b/gi, '').replace(/ for a while\b/gi, ''),
  (t) => t.replace(/\b(?:really|very|just|actually|truly|basically|currently) /gi, ''),
  dropTrailingAdjunct,
  dropTrailingWish,
];

/** Words that make a clause say something: subjects, auxiliaries and the commonest verbs of a note. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'is', 'are', 'was', 'were', 'am', 'be', 'been', 'have', 'has', 'had', 'do', 'does',
  'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', "let's", 'love', 'like', 'want', 'hope', 'saw',
  'read', 'met', 'know', 'think', 'work', 'lead', 'run', 'help', 'build', 'share', 'learn', 'hear', 'see', 'make', 'get', 'need',
  'includes', 'include', 'involves', 'spans', 'covers',
]);
