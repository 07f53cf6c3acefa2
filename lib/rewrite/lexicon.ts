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

/** Draft text that adds nothing or hurts, matched per clause, with why it goes. */
export const DROP_PATTERNS: ReadonlyArray<{ reason: DropReason; pattern: RegExp }> = [
  // "I'd like to add you to my professional network." / "I came across your profile" / "Dear Sir/Madam"
  {
    reason: 'boilerplate',
    pattern:
      /\b(?:add you to my (?:professional )?network|came across your (?:linkedin )?profile|(?:this|my) (?:message|note|email) finds you well|hope you(?:['’]re| are) (?:doing )?well|having a great (?:week|day)|dear sir|sir\/madam|to whom it may concern|i am writing to (?:request|ask)|request to join your network|join your network|accept my (?:connection |invitation )?request|thanks? (?:you )?in advance|looking forward to (?:connecting|hearing)|look forward to (?:connecting|hearing)|please connect)\b/i,
  },
  // "sorry to bother you" / "I know you're super busy" / "if that's okay"
  {
    reason: 'hedging',
    pattern:
      /\b(?:sorry to (?:bother|disturb|trouble|intrude)|i know you(?:['’]re| are) (?:\w+ )?busy|(?:you )?probably get (?:a lot|lots|many|tons) of these|if that['’]?s (?:ok|okay|alright|all right)|if you don['’]t mind|no worries if not|hope (?:this|it)['’]?s? (?:ok|okay|not a bother))\b/i,
  },
  // "Could you refer me?" / "Can I book 15 minutes for a quick demo?" / "My resume is attached."
  {
    reason: 'early-ask',
    pattern:
      /\b(?:refer me|referral|(?:book|schedule|grab|set up|hop on) (?:a |some )?(?:\d+[- ]?min(?:ute)?s?|quick|short|brief)?\s?(?:call|chat|meeting|demo|time)|\d+ minutes|on your calendar|(?:a |quick )?demo\b|resume|résumé|\bcv\b|send you (?:a |our )?free|free (?:audit|trial|consultation)|(?:are you|you['’]re|you are) hiring|any (?:open )?(?:roles|openings|positions)|(?:give|get) me a job|hire me)/i,
  },
  // "our AI platform helps HR teams cut hiring time" / "I help coaches like you get 10x more clients"
  {
    reason: 'sales-pitch',
    pattern:
      /\b(?:our (?:\w+ )?(?:platform|product|solution|tool|service|agency|software|app|funnel)|we help|i help \w+|done[- ]for[- ]you|case study|\d+x (?:more|your|their)|(?:10|ten)x\b|(?:boost|grow|scale|double|triple) your (?:revenue|sales|pipeline|clients|business))/i,
  },
  // "results-driven professional with 10+ years of experience … open to new opportunities"
  {
    reason: 'self-promotion',
    pattern:
      /\b(?:results[- ]driven|detail[- ]oriented|self[- ]starter|\d+\+? years of (?:\w+ )?experience|open to (?:new )?(?:opportunities|roles)|i(?:['’]ve| have) (?:led|managed|grown) (?:teams|budgets|pipeline)|managed \$|grown pipeline|proven track record)/i,
  },
  // "12,000+ followers"
  { reason: 'count-bragging', pattern: /\b\d[\d,.]*\s?k?\+?\s(?:followers|connections|subscribers|readers)\b/i },
  // "a thought leader and visionary" / "Let's crush it together!"
  {
    reason: 'buzzword-title',
    pattern: /\b(?:thought leader|visionary|guru|ninja|rock ?star|evangelist|serial entrepreneur|growth hack(?:er|ing)|crush it|wizard|jedi)\b/i,
  },
  // "I noticed your impressive profile" / "you are truly an amazing leader" / "great post!"
  {
    reason: 'generic-praise',
    pattern:
      /\b(?:(?:impressive|great|amazing|awesome|inspiring|incredible|stellar|fantastic|cool) (?:profile|background|career|journey|experience|leader|person|company|work|post|content)|impressed (?:by|with) your (?:profile|background|work|career|experience)|doing amazing things|(?:truly|such) an? (?:amazing|inspiring|incredible)|honou?red to be part of your network|love your (?:profile|content|work)|great (?:stuff|work)\b)/i,
  },
  // "My name is Chris" on its own; "Hey," / "Thanks!"
  { reason: 'filler', pattern: /^(?:my name is [\p{L}'’-]+(?: [\p{L}'’-]+)?|thanks|thank you|cheers|best|regards|long time no see)$/iu },
  // A greeting repeated mid-note ("… talk. Hi Sam, I …"): the variant has its own.
  { reason: 'filler', pattern: /^(?:hi|hello|hey|dear|greetings)(?: there)?(?:\s+[\p{L}\p{M}.'’-]+){0,3}\s*[,!.:]*$/iu },
];

/** "learn how you price audits" / "compare notes on MRV" / "follow your writing on negotiation" */
export const CONTENT_INTENT =
  /\b(?:learn|hear|discuss|compare notes|swap notes|trade notes|trade ideas|exchange ideas|follow(?:ing)? (?:your|what you|along)|ask (?:you|how|about|what|why)|explore|talk (?:about|shop)|chat about|understand|continue our conversation|stay in touch|introduce you|pick your brain|get your (?:take|advice|thoughts|perspective)|your (?:take|advice|thoughts|perspective|insights?) on|value your (?:advice|take|perspective|insight)|in case a (?:future )?role|compare|swap|reconnect)\b/i;

/** "Let's connect" / "would love to connect" / "Connect?" — a purpose without content. */
export const VAGUE_INTENT =
  /\b(?:let['’]?s connect|(?:would|I['’]d|I) (?:love|like|want) to connect|connect\?|connecting|part of your network|expand (?:my|our) network|grow (?:my|our) network|happy to connect|talk sometime|learn from your experience|be (?:great|nice|good) to connect)\b/i;

/** "fellow Michigan alum" / "I work in marketing too" / "we met at SaaStr" / "Sam Patel suggested I reach out" */
export const SHARED_CUE =
  /\b(?:fellow|alum|alumni|alumna|alumnus|grad|also|too|another|both|same|like you|we met|met at|meet at|worked together|work together|were both|(?:suggested|recommended) (?:I|that I) (?:reach out|connect)|mentioned you|introduced)\b/i;

/** "I enjoyed your talk on protein folding" / "your post on writing notes changed how I …" */
export const PRAISE_CUE = new RegExp(
  String.raw`\b(?:(?:loved|enjoyed|read|liked|admired|appreciated|saw|watched|heard|listened to|finished|devoured|bookmarked|shared)\b[^.!?]{0,60}\b(?:your|the|that)\s(?:[\w-]+\s){0,3}(?:${WORK})\b|\byour\s(?:[\w-]+\s){0,4}(?:${WORK})\b[^.!?]{0,80}\b(?:changed|stood out|helped|resonated|hit home|is the best|was great|gave me|improved|taught|made me|inspired|clarified|shifted)|["“][^"”]{3,}["”])`,
  'i',
);

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

/** Conjunctions that join clauses; the clause after them may be dropped with them. */
export const CLAUSE_BREAK = new RegExp(
  [
    String.raw`\s*;\s*`,
    String.raw`,\s+(?:and|but|so)\s+`,
    String.raw`\s+(?:and|but|so)\s+(?=(?:I|I['’](?:m|d|ve|ll)|we|we['’](?:re|ve)|would|could|was|am|have|noticed|saw|thought|think|probably|just)\b)`,
    String.raw`,\s+(?=(?:I|I['’](?:m|d|ve|ll)|we|we['’](?:re|ve)|would|especially|since|because|though|although|which|hoping|looking|so that|if)\b)`,
    String.raw`\s+(?=(?:if that['’]?s)\b)`,
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
  // "My name is Chris and I am a software engineer" → "I am a software engineer"
  [/\bmy name is [\p{L}'’-]+(?: [\p{L}'’-]+)?,? (?:and )?(?=i\b)/giu, ''],
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

/**
 * Cuts tried only when a note is over the limit, least meaning first: asides in parentheses,
 * examples, "especially …" tails, time adjuncts, then wordier phrasings.
 */
export const COMPRESS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\s*\([^)]*\)/g, ''],
  [/,?\s*(?:e\.g\.|i\.e\.|for example|such as)[^,.;]*/gi, ''],
  [/,\s*especially\b[^,.;]*/gi, ''],
  [/\s+(?:last|this|next) (?:week|month|year|quarter|spring|summer|fall|autumn|winter)\b/gi, ''],
  [/\s+(?:back )?in (?:19|20)\d\d\b/gi, ''],
  [/\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, ''],
  [/\btransitioning\b/gi, 'moving'],
  [/\blearn more about\b/gi, 'learn about'],
  [/\bthe opportunity to\b/gi, 'the chance to'],
  [/\bapproximately\b/gi, 'about'],
  [/\s+(?:after|before|while|when) [^,.;]{8,}$/i, ''],
];
