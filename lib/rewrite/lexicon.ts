/**
 * The rewrite engine's vocabulary, as data: what each part of a draft is for, and how to say it
 * shorter. Patterns are compiled once at module load (never per call). Each group opens with an
 * example of what it matches.
 */
import { WORK_NOUNS } from '../templates/text';

const WORK = WORK_NOUNS.map((w) => w.replace('-', '[- ]?')).join('|');

/** Clause roles, from what the clause does for the reader. */
export type Role =
  | 'greeting'
  | 'shared'
  | 'praise'
  | 'generic-praise'
  | 'intent'
  | 'vague-intent'
  | 'context'
  | 'filler'
  | 'red-flag';

/** What a dropped part was, for the change list ("Removed boilerplate …"). */
export type DropReason =
  | 'boilerplate'
  | 'hedging'
  | 'early-ask'
  | 'sales-pitch'
  | 'self-promotion'
  | 'count-bragging'
  | 'buzzword-title'
  | 'generic-praise'
  | 'vague-intent'
  | 'filler';

/** Something that can be tested against a clause, like a RegExp. */
export interface Matcher {
  test(text: string): boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Matches any of `phrases` as whole words in lower-cased text with straight apostrophes, plus any
 * of `patterns`. Phrases are plain strings matched with indexOf: fixed wording needs no regex,
 * and no regex means no backtracking on a hostile 5,000-character draft.
 */
export function phrases(list: readonly string[], ...patterns: RegExp[]): Matcher {
  const needles = list.map((p) => p.toLowerCase());
  return {
    test(text: string): boolean {
      const hay = text.toLowerCase().replace(/[’‘]/g, "'");
      for (const needle of needles) {
        for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
          const before = hay.charAt(at - 1);
          const after = hay.charAt(at + needle.length);
          const open = !WORD_CHAR.test(needle.charAt(0)) || before === '' || !WORD_CHAR.test(before);
          const close = !WORD_CHAR.test(needle.charAt(needle.length - 1)) || after === '' || !WORD_CHAR.test(after);
          if (open && close) return true;
        }
      }
      return patterns.some((pattern) => pattern.test(text));
    },
  };
}

const FILLER_CLAUSES = new Set(['thanks', 'thank you', 'cheers', 'best', 'regards', 'long time no see']);

/** "My name is Chris", "Thanks", "long time no see": a whole clause that tells the reader nothing. */
function isFillerClause(text: string): boolean {
  const clause = text.trim().toLowerCase().replace(/[.!,]/g, '');
  if (FILLER_CLAUSES.has(clause)) return true;
  return clause.startsWith('my name is ') && clause.split(' ').length <= 5;
}

/** A clause that is only a greeting ("Hi Sam", "Hello,"), repeated mid-note: the variant has its own. */
const BARE_GREETING: Matcher = {
  test(text: string): boolean {
    const words = text.trim().split(/\s+/);
    const first = (words[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
    if (!['hi', 'hello', 'hey', 'dear', 'greetings'].includes(first) || words.length > 4) return false;
    return words.slice(1).every((w) => w.toLowerCase() === 'there' || /^\p{Lu}/u.test(w));
  },
};

/** Draft text that adds nothing or hurts, matched per clause, with why it goes. */
export const DROP_PATTERNS: ReadonlyArray<{ reason: DropReason; pattern: Matcher }> = [
  // "I'd like to add you to my professional network." / "I came across your profile" / "Dear Sir/Madam"
  {
    reason: 'boilerplate',
    pattern: phrases([
      'add you to my network', 'add you to my professional network', 'came across your profile',
      'came across your linkedin profile', 'this message finds you well', 'this note finds you well',
      'this email finds you well', 'my message finds you well', 'hope you are doing well', "hope you're doing well",
      'hope you are well', "hope you're well", 'having a great week', 'having a great day', 'dear sir', 'sir/madam',
      'to whom it may concern', 'i am writing to request', 'i am writing to ask', 'request to join your network',
      'join your network', 'accept my request', 'accept my connection request', 'accept my invitation',
      'accepting my request', 'thanks in advance', 'thank you in advance', 'looking forward to connecting',
      'looking forward to hearing', 'look forward to connecting', 'look forward to hearing', 'please connect',
    ]),
  },
  // "sorry to bother you" / "I know you're super busy" / "if that's okay"
  {
    reason: 'hedging',
    pattern: phrases([
      'sorry to bother', 'sorry to disturb', 'sorry to trouble', 'sorry to intrude', "i know you're busy",
      'i know you are busy', "i know you're super busy", "i know you're very busy", "i know you're really busy",
      "i know you're so busy", 'i know you are very busy', 'get a lot of these', 'get lots of these',
      'get many of these', "if that's ok", "if that's okay", 'if thats okay', "if that's alright",
      "if you don't mind", 'no worries if not', 'hope this is ok', 'hope this is okay', "hope it's ok",
      "hope it's okay",
    ]),
  },
  // "Could you refer me?" / "Can I book 15 minutes for a quick demo?" / "My resume is attached."
  {
    reason: 'early-ask',
    pattern: phrases(
      [
        'refer me', 'referral', 'book a call', 'book a quick call', 'book a meeting', 'schedule a call',
        'schedule a quick call', 'schedule a meeting', 'hop on a call', 'jump on a call', 'set up a call',
        'set up a meeting', 'on your calendar', 'quick demo', 'a demo', 'book a demo', 'resume', 'résumé', 'my cv',
        'free audit', 'free trial', 'free consultation', 'send you a free', 'are you hiring', "you're hiring",
        'any open roles', 'any openings', 'any open positions', 'give me a job', 'hire me',
      ],
      /\b\d{1,3}[- ]?min(?:ute)?s?\b/i,
    ),
  },
  // "our AI platform helps HR teams cut hiring time" / "I help coaches like you get 10x more clients"
  {
    reason: 'sales-pitch',
    pattern: phrases(
      ['we help', 'i help', 'done-for-you', 'done for you', 'case study', 'book a demo', 'grow your revenue',
        'boost your sales', 'grow your business', 'scale your business', 'double your', 'triple your'],
      /\bour (?:[a-z]{1,20} )?(?:platform|product|solution|tool|service|agency|software|app|funnel)\b/i,
      /\b\d{1,3}x\b/i,
    ),
  },
  // "results-driven professional with 10+ years of experience … open to new opportunities"
  {
    reason: 'self-promotion',
    pattern: phrases(
      ['results-driven', 'results driven', 'detail-oriented', 'self-starter', 'proven track record',
        'open to new opportunities', 'open to opportunities', 'open to new roles', 'managed $', "i've led teams",
        'i have led teams', 'grown pipeline'],
      /\b\d{1,2}\+? years of (?:[a-z]{1,20} )?experience\b/i,
    ),
  },
  // "12,000+ followers"
  { reason: 'count-bragging', pattern: /\d[kK+]? (?:followers|connections|subscribers|readers)\b/ },
  // "a thought leader and visionary" / "Let's crush it together!"
  {
    reason: 'buzzword-title',
    pattern: phrases(['thought leader', 'visionary', 'guru', 'ninja', 'rockstar', 'rock star', 'evangelist',
      'serial entrepreneur', 'growth hacker', 'growth hacking', 'crush it', 'wizard', 'jedi']),
  },
  // "I noticed your impressive profile" / "you are truly an amazing leader" / "great post!"
  {
    reason: 'generic-praise',
    pattern:
      /\b(?:(?:impressive|great|amazing|awesome|inspiring|incredible|stellar|fantastic|cool) (?:profile|background|career|journey|experience|leader|person|company|work|post|content)|impressed (?:by|with) your (?:profile|background|work|career|experience)|doing amazing things|(?:truly|such) an? (?:amazing|inspiring|incredible)|honou?red to be part of your network|love your (?:profile|content|work)|great (?:stuff|work)\b)/i,
  },
  // "My name is Chris" on its own; "Thanks!"; "long time no see"
  { reason: 'filler', pattern: { test: isFillerClause } },
  { reason: 'filler', pattern: BARE_GREETING },
];

/** "learn how you price audits" / "compare notes on MRV" / "follow your writing on negotiation" */
export const CONTENT_INTENT =
  /\b(?:learn|hear|discuss|compare notes|swap notes|trade notes|trade ideas|exchange ideas|follow(?:ing)? (?:your|what you|along)|ask (?:you|how|about|what|why)|explore|talk (?:about|shop)|chat about|understand|continue our conversation|continu(?:e|ing) (?:the|this) conversation|keep(?:ing)? (?:the|this|our) conversation going|stay in touch|introduce you|pick your brain|get your (?:take|advice|thoughts|perspective)|your (?:take|advice|thoughts|perspective|insights?) on|value your (?:advice|take|perspective|insight)|in case a (?:future )?role|compare|swap|reconnect)\b/i;

/** "Let's connect" / "would love to connect" / "Connect?" — a purpose without content. */
export const VAGUE_INTENT =
  /\b(?:let['’]?s connect|(?:would|I['’]d|I) (?:love|like|want) to connect|connect\?|connecting|part of your network|expand (?:my|our) network|grow (?:my|our) network|happy to connect|talk sometime|learn from your experience|be (?:great|nice|good) to connect|should connect)\b/i;

/** "fellow Michigan alum" / "I work in marketing too" / "we met at SaaStr" / "Sam Patel suggested I reach out" */
export const SHARED_CUE =
  /\b(?:fellow|alum|alumni|alumna|alumnus|grad|also|too|another|both|same|like you|we met|met at|meet at|worked together|work together|were both|(?:suggested|recommended) (?:I|that I) (?:reach out|connect)|mentioned you|introduced)\b/i;

/** "I enjoyed your talk on protein folding" / "your post on writing notes changed how I …" / a quoted title. */
export const PRAISE_CUE: Matcher = {
  test(text: string): boolean {
    return YOUR_WORK.test(text) || QUOTED_TITLE.test(text) || (PRAISE_VERB.test(text) && WORK_MENTION.test(text));
  },
};
const YOUR_WORK = new RegExp(String.raw`\byour (?:[a-z-]{1,20} )?(?:${WORK})\b`, 'i');
const QUOTED_TITLE = /["“][^"“”]{3,}["”]/;
const PRAISE_VERB = /\b(?:loved|enjoyed|read|liked|admired|appreciated|watched|heard|listened to|finished|devoured|bookmarked)\b/i;

/** Work nouns alone, to tell "your talk on X" (specific) from "great work" (generic). */
export const WORK_MENTION = new RegExp(String.raw`\b(?:${WORK})\b`, 'i');

/** Words that may open a sentence and read lower-case after a greeting ("Hi Sam, your post …"). */
export const COMMON_STARTERS = new Set([
  'your', 'you', "you're", 'you’re', 'we', "we're", 'we’re', 'our', 'my', 'fellow', 'as', 'since', 'while', 'loved',
  'love', 'enjoyed', 'great', 'congrats', 'congratulations', 'thanks', 'thank', 'long', 'saw', 'read', 'just',
  'after', 'following', 'having', 'it', "it's", 'it’s', 'this', 'that', 'the', 'a', 'an', 'like', 'both', 'also',
  'when', 'being', 'working', 'seeing', 'noticed', 'reading', 'watching', 'hope', 'hoping', 'would', 'could',
  'looking', 'happy', 'quick', 'really', 'another', 'same', 'in', 'at', 'from', 'on', 'with', 'through', 'so',
  "let's", 'let’s', 'lets', 'saw', 'seen', 'met', 'glad', 'nice', 'good', 'excited',
]);

/** Words after which a clause continues a subject it lost ("… and would love to" → "I would love to"). */
export const SUBJECTLESS_START =
  /^(?:would|could|will|was|am|have|had|noticed|saw|thought|loved|enjoyed|read|liked|admired|found|hope|wanted|want|think|believe|plan|look|recently|currently|also|really|just|work|worked|lead|led|recruit|run|manage|write|wrote)\b/i;

/**
 * Where a sentence splits into clauses; the clause after may be dropped with its joiner. Single
 * spaces on purpose: a `\s+` that can start anywhere in a run of spaces backtracks quadratically,
 * and a draft with odd spacing only splits less.
 */
export const CLAUSE_BREAK = new RegExp(
  [
    String.raw`; ?`,
    String.raw`, (?:and|but|so) `,
    String.raw` (?:and|but|so) (?=(?:I|I['’](?:m|d|ve|ll)|we|we['’](?:re|ve)|would|could|was|am|have|noticed|saw|thought|think|probably|just)\b)`,
    String.raw`, (?=(?:I|I['’](?:m|d|ve|ll)|we|we['’](?:re|ve)|would|especially|since|because|though|although|which|hoping|looking|so that|if)\b)`,
    String.raw` (?=if that['’]?s\b)`,
  ].join('|'),
  'g',
);

/** Openers of a dependent clause, which cannot stand as a sentence by itself. */
export const DEPENDENT_START = /^(?:as|since|because|while|though|although|which|who|especially|after|before|when|if|hoping|looking|with|so that)\b/i;

/**
 * Tightenings applied to every kept clause, in order: the same meaning in fewer characters or
 * without a hedge. Each replacement keeps the user's own facts.
 */
export const TIGHTEN: ReadonlyArray<readonly [RegExp, string]> = [
  // "I thought it might be valuable for both of us to connect" → "I'd like to connect"
  [/\bI (?:thought|think|felt|feel) (?:that )?it (?:might|may|would|could) be (?:valuable|useful|great|nice|good|helpful)(?: for (?:both of us|us both|us))? to\b/gi, "I'd like to"],
  [/\b(?:I )?(?:thought|think) (?:that )?it would be (?:great|nice|wonderful|good) to\b/gi, "I'd love to"],
  [/\bit would be (?:great|nice|wonderful|good) to\b/gi, "I'd love to"],
  // "I just wanted to maybe connect" → "I'd like to connect"
  [/\bI (?:just )?(?:wanted|want) to (?:maybe |perhaps |just )?/gi, "I'd like to "],
  [/\bI (?:was )?wondering if (?:I could|we could)\b/gi, "I'd like to"],
  [/\bwould love to be able to\b/gi, 'would love to'],
  [/\b(connect(?:ing)?) with you\b/gi, '$1'],
  [/\bin order to\b/gi, 'to'],
  [/\bat this point in time\b|\bat the moment\b/gi, 'now'],
  [/\bas well as\b/gi, 'and'],
  [/\ba number of\b/gi, 'several'],
  [/\bbased in\b/gi, 'in'],
  [/\bon LinkedIn\b/gi, ''],
  [/,? ?(?:at some point|for a while|so far|in the (?:near )?future|if possible)\b/gi, ''],
  [/\b(?:just|maybe|perhaps|really|very|super|truly|currently|actually|basically|kind of|sort of|a little bit|possibly) /gi, ''],
  [/\bI think (?:that )?/gi, ''],
  // Contractions: what people write in a short note, and shorter.
  [/\bI am\b/g, "I'm"],
  [/\bI would\b/g, "I'd"],
  [/\bI have (?=been|worked|read|seen|followed|enjoyed|admired|noticed|learned|led|built|spent|always|never|also|had)/g, "I've "],
  [/\bI will\b/g, "I'll"],
  [/\b([Yy]ou|[Ww]e|[Tt]hey) are\b/g, "$1're"],
  [/\b([Ii]t|[Tt]hat) is\b/g, "$1's"],
  [/\b([Dd])o not\b/g, "$1on't"],
  [/\bcannot\b/g, "can't"],
];

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

/** Cuts the last "after/before/while/when …" clause of at least 8 characters with no comma in it. */
function dropTrailingAdjunct(text: string): string {
  let best = -1;
  for (const word of [' after ', ' before ', ' while ', ' when ']) best = Math.max(best, text.lastIndexOf(word));
  if (best < 0) return text;
  const tail = text.slice(best + 1);
  return tail.length >= 14 && !/[,.;]/.test(tail) ? text.slice(0, best) : text;
}

/**
 * Cuts tried only when a note is over the limit (or for the concise variant), least meaning
 * first: asides in parentheses, examples, "especially …" tails, time adjuncts, wordier phrasings,
 * and last a trailing "after …" clause. Each is a function of the text; patterns start on a
 * literal so none backtracks on long input.
 */
export const COMPRESS: ReadonlyArray<(text: string) => string> = [
  (t) => t.replace(/ ?\([^()]*\)/g, ''),
  (t) => cutAsides(t, [', e.g. ', ' e.g. ', ', i.e. ', ' i.e. ', ', for example', ', such as ', ' such as ']),
  (t) => cutAsides(t, [', especially ']),
  (t) => t.replace(/ (?:last|this|next) (?:week|month|year|quarter|spring|summer|fall|autumn|winter)\b/gi, ''),
  (t) => t.replace(/ (?:back )?in (?:19|20)\d\d\b/gi, ''),
  (t) => t.replace(/ on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, ''),
  (t) => t.replace(/\btransitioning\b/gi, 'moving'),
  (t) => t.replace(/\blearn more about\b/gi, 'learn about'),
  (t) => t.replace(/\bthe opportunity to\b/gi, 'the chance to'),
  (t) => t.replace(/\bapproximately\b/gi, 'about'),
  dropTrailingAdjunct,
];
