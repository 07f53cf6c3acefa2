/**
 * `intent`: does the note say why the sender is reaching out, with content ("learn how your team
 * handles failover"), or only a vague purpose ("let's connect")?
 */
import type { CheckResult, Finding, Span } from '../../schema';
import type { CheckContext } from '../context';
import { ruleFinding } from '../finding';
import { COMPLETE_PURPOSES, EMPTY_TOPIC_WORDS, INTEREST_WORDS, OFFER_PURPOSES, OPENING_WORDS, PURPOSE_FRAMES, REFERRED_TOPIC_WORDS, VAGUE_PURPOSES } from '../lexicon/intent';
import { compileAll, findAll, isContentWord, sentenceAt, wordsIn } from '../matching';
import { builtInFindings } from './red-flags';
import { buildPhraseNet, sweep } from '../phrases';
import { detailWords } from '../text';

const purposes = compileAll(PURPOSE_FRAMES);
const complete = compileAll(COMPLETE_PURPOSES);
const offers = compileAll(OFFER_PURPOSES);
const vague = buildPhraseNet(VAGUE_PURPOSES);
const emptyTopics = new Set(EMPTY_TOPIC_WORDS);
const interestWords = new Set(INTEREST_WORDS);
const openingWords = new Set(OPENING_WORDS);
const referredTopics = new Set(REFERRED_TOPIC_WORDS);
const TOPIC_WORDS = 10;
/** Frames that give a vague purpose its content, offered as one-click inserts. */
const VAGUE_EXPECTED = ['learn how you …', 'compare notes on …'];

const WHY = 'A stranger accepts when they know why you are writing; a concrete reason is the single strongest signal.';

/** Ends the span at the first content word after it, within the same clause, or undefined when there is none. */
function topicAfter(text: string, frame: Span, clauseEnd: number, notTopics: ReadonlySet<string>): Span | undefined {
  const words = wordsIn(text, frame.end, clauseEnd).slice(0, TOPIC_WORDS);
  let last: number | undefined;
  for (const w of words) {
    if (isContentWord(w.word, emptyTopics) && !notTopics.has(w.word)) last = w.end;
  }
  return last === undefined ? undefined : { start: frame.start, end: last };
}

function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const stop = /[;:!?]|\.(?=\s|$)/gu;
  stop.lastIndex = from;
  const m = stop.exec(text);
  return m && m.index < sentenceEnd ? m.index : sentenceEnd;
}

/** "interested in the ML Scientist role", "saw your post about an intern role and am very interested": both words in one sentence. */
function interestInOpenings(doc: CheckContext['doc']): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const sentence of doc.sentences) {
    while (from < doc.words.length && (doc.words[from] as Span).start < sentence.start) from++;
    let to = from;
    while (to < doc.words.length && (doc.words[to] as Span).end <= sentence.end) to++;
    const words = doc.words.slice(from, to);
    const interest = words.find((w) => interestWords.has(w.word));
    const opening = words.find((w) => openingWords.has(w.word));
    // "to see if you're interested in a job opportunity" is the recruiter's offer, not the sender's interest.
    if (!interest || !opening || /\byou(?:'re| are| would be|'d be)?\s{1,3}(?:\p{L}+\s{1,3})?$/u.test(doc.content.slice(Math.max(sentence.start, interest.start - 20), interest.start))) continue;
    out.push({ start: Math.min(interest.start, opening.start), end: Math.max(interest.end, opening.end) });
  }
  return out;
}

export function checkIntent(ctx: CheckContext): CheckResult {
  const { doc } = ctx;
  const text = doc.content;
  const stated: Finding[] = [];
  const vagueFound: Finding[] = [];
  // "learn more about your work at HubSpot": their company or name is no topic.
  const profile = ctx.request.profile;
  const notTopics = new Set(detailWords(`${profile?.company ?? ''} ${profile?.name ?? ''}`));

  // Something named elsewhere that "discuss this further" can refer to: a role, an event, a report.
  const refersBack = doc.words.some((w) => referredTopics.has(w.word));
  for (const frame of findAll(text, purposes)) {
    const sentence = sentenceAt(doc, frame.start);
    if (!sentence) continue;
    const topic = topicAfter(text, frame, clauseEnd(text, frame.end, sentence.end), notTopics);
    if (topic) stated.push(ruleFinding(doc.text, 'purpose', topic.start, topic.end));
    else if (refersBack && /\b(?:discuss|talk|chat)/u.test(text.slice(frame.start, frame.end))) {
      stated.push(ruleFinding(doc.text, 'purpose', frame.start, frame.end));
    } else vagueFound.push(ruleFinding(doc.text, 'vague-purpose', frame.start, frame.end, { expected: VAGUE_EXPECTED }));
  }
  for (const span of interestInOpenings(doc)) {
    stated.push(ruleFinding(doc.text, 'purpose', span.start, span.end));
  }
  for (const s of findAll(text, complete)) {
    if (sentenceAt(doc, s.start)) stated.push(ruleFinding(doc.text, 'purpose', s.start, s.end));
  }
  // An offer, a pitch or a recruiter's blast says why too, though it serves the sender first.
  for (const s of findAll(doc.sealed, offers)) {
    stated.push(ruleFinding(doc.text, 'offer', s.start, s.end));
  }
  // A pitch or an ask ("hop on a quick call") says why too, as an offer that serves the sender. Read
  // from the rules as built in, so the user's config (a rule off, a phrase of their own) never
  // changes whether the note states a purpose; and an offer never lifts the score (score.ts).
  for (const id of ['sales-pitch', 'early-ask'] as const) {
    for (const f of builtInFindings(doc, id)) stated.push(ruleFinding(doc.text, 'offer', f.span.start, f.span.end));
  }
  for (const s of sweep(vague, doc.words)) {
    const covered = [...stated, ...vagueFound].some((f) => f.span.start < s.end && f.span.end > s.start);
    if (!covered) {
      vagueFound.push(ruleFinding(doc.text, 'vague-purpose', s.start, s.end, { expected: VAGUE_EXPECTED }));
    }
  }

  if (stated.some((f) => f.ruleId === 'purpose')) {
    return { id: 'intent', status: 'pass', message: 'Says why you are reaching out.', why: WHY, findings: stated };
  }
  if (stated.length > 0) {
    return {
      id: 'intent',
      status: 'pass',
      message: 'Says why you are writing, but as an offer to them, not a reason to talk.',
      why: WHY,
      fix: 'Lead with why this person: what you want to learn from them or discuss with them, then the offer.',
      findings: stated,
    };
  }
  if (vagueFound.length > 0) {
    return {
      id: 'intent',
      status: 'warn',
      message: 'The purpose is vague: it says you want to connect, not why.',
      why: WHY,
      fix: 'Name one concrete reason: what you want to learn, discuss or follow, e.g. “learn how your team runs onboarding”.',
      findings: vagueFound,
    };
  }
  return {
    id: 'intent',
    status: 'fail',
    message: 'No reason for connecting is stated.',
    why: WHY,
    fix: 'Add why you are reaching out: what you want to learn, discuss, or follow of their work.',
    findings: [],
  };
}
