/**
 * `intent`: does the note say why the sender is reaching out, with content ("learn how your team
 * handles failover"), or only a vague purpose ("let's connect")?
 */
import type { CheckResult, Finding, Span } from '../../schema';
import type { CheckContext } from '../context';
import { makeFinding } from '../finding';
import { COMPLETE_PURPOSES, EMPTY_TOPIC_WORDS, PURPOSE_FRAMES, VAGUE_PURPOSES } from '../lexicon/intent';
import { SALES_OFFER_PATTERNS } from '../lexicon/red-flags';
import { compileAll, findAll, isContentWord, sentenceAt, wordsIn } from '../matching';
import { buildPhraseNet, sweep } from '../phrases';
import { detailWords } from '../text';

const purposes = compileAll(PURPOSE_FRAMES);
const complete = compileAll(COMPLETE_PURPOSES);
const offers = compileAll(SALES_OFFER_PATTERNS);
const vague = buildPhraseNet(VAGUE_PURPOSES);
const emptyTopics = new Set(EMPTY_TOPIC_WORDS);
const TOPIC_WORDS = 10;

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

export function checkIntent(ctx: CheckContext): CheckResult {
  const { doc } = ctx;
  const text = doc.content;
  const stated: Finding[] = [];
  const vagueFound: Finding[] = [];
  // "learn more about your work at HubSpot": their company or name is no topic.
  const profile = ctx.request.profile;
  const notTopics = new Set(detailWords(`${profile?.company ?? ''} ${profile?.name ?? ''}`));

  for (const frame of findAll(text, purposes)) {
    const sentence = sentenceAt(doc, frame.start);
    if (!sentence) continue;
    const topic = topicAfter(text, frame, clauseEnd(text, frame.end, sentence.end), notTopics);
    if (topic) stated.push(makeFinding(doc.text, 'purpose', 'States a concrete reason for connecting', topic.start, topic.end));
    else vagueFound.push(makeFinding(doc.text, 'vague-purpose', `Vague \`${doc.text.slice(frame.start, frame.end)}\`, add what about`, frame.start, frame.end));
  }
  for (const s of [...findAll(text, complete), ...findAll(text, offers)]) {
    if (sentenceAt(doc, s.start)) stated.push(makeFinding(doc.text, 'purpose', 'States a reason for connecting', s.start, s.end));
  }
  for (const ask of ctx.redFlags) {
    if (ask.ruleId === 'early-ask') stated.push(makeFinding(doc.text, 'purpose', 'States a reason (an ask, though too early)', ask.span.start, ask.span.end));
  }
  for (const s of sweep(vague, doc.words)) {
    const covered = [...stated, ...vagueFound].some((f) => f.span.start < s.end && f.span.end > s.start);
    if (!covered) {
      vagueFound.push(makeFinding(doc.text, 'vague-purpose', `Vague \`${doc.text.slice(s.start, s.end)}\`, say what you hope to learn or discuss`, s.start, s.end, ['learn how you …', 'compare notes on …']));
    }
  }

  if (stated.length > 0) {
    return { id: 'intent', status: 'pass', message: 'Says why you are reaching out.', why: WHY, findings: stated };
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
