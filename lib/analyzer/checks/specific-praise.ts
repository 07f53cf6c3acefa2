/**
 * `specific-praise`: does the note praise something identifiable the person did — a named or
 * described post, talk, book, project or result — rather than "great profile"?
 */
import type { CheckResult, Finding, Span } from '../../schema';
import type { CheckContext } from '../context';
import type { NoteDoc } from '../document';
import { ruleFinding } from '../finding';
import {
  APPRECIATION_PATTERNS,
  BROAD_WORK_NOUNS,
  BROAD_WORK_TOPIC_PREPOSITIONS,
  GENERIC_MODIFIERS,
  IMPACT_PATTERNS,
  NOT_PRAISE_PATTERNS,
  WORK_NOUNS,
} from '../lexicon/praise';
import { bySentence, compileAll, isContentWord, matchesBySentence, wordsIn } from '../matching';
import { buildPhraseNet, sweep } from '../phrases';
import { detailWords, escapeRegExp, foldName } from '../text';

// What the work did for the sender is appreciation too.
const appreciation = compileAll([...APPRECIATION_PATTERNS, ...IMPACT_PATTERNS]);
const notPraise = compileAll(NOT_PRAISE_PATTERNS);
const appreciationWords = APPRECIATION_PATTERNS.map((p) => new RegExp(p, 'u'));
const genericModifiers = new Set(GENERIC_MODIFIERS);
const workNouns = new Set(WORK_NOUNS);
const broadWork = new Set(BROAD_WORK_NOUNS);
const broadTopic = new Set(BROAD_WORK_TOPIC_PREPOSITIONS);
const workNoun = [...WORK_NOUNS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const workNet = buildPhraseNet(WORK_NOUNS);
const MAX_WORDS_BEFORE_WORK = 4;

/**
 * "your Kafka migration write-up", "your team's posts": "your", up to four words, then a work
 * noun, in one sentence. A scan over the words (each "your" looks ahead to the next work noun),
 * so nothing can backtrack.
 */
function yourWorkSpans(doc: NoteDoc): Span[] {
  const nouns = sweep(workNet, doc.words);
  const out: Span[] = [];
  let n = 0;
  doc.words.forEach((w, i) => {
    if (w.word !== 'your' || (out.length > 0 && w.start < (out[out.length - 1] as Span).end)) return;
    while (n < nouns.length && (nouns[n] as Span).start <= w.start) n++;
    const noun = nouns[n];
    const last = doc.words[i + 1 + MAX_WORDS_BEFORE_WORK];
    if (!noun || (last && noun.start > last.start) || doc.sealed.slice(w.end, noun.start).includes('\u0001')) return;
    out.push({ start: w.start, end: noun.end });
  });
  return out;
}
// "the point that …", "the chapter on weak ties".
const theDetail = /\bthe (?:point|chapter|part|section|bit|line|idea|example|tip|story|insight|framework|question|argument|data|chart|section) (?:that|about|on|where|when|you|to|of|in|around)\b/gu;
// "how clearly you write about payment fraud".
const howYou = /\bhow (?:clearly |well |openly |candidly |simply |honestly |thoughtfully )?you(?:'ve)? (?:write|wrote|talk|talked|explain|explained|think|approach|approached|handled|built|framed|broke down|described|covered|tackled|ran|run|led|grew|scaled)\b/gu;
// "the point you made about …", "what you wrote on …".
const youMade =
  /\b(?:(?:the|that) (?:point|case|argument|comment|observation|distinction|example|prediction|call|story) (?:you|you've) (?:made|raised|shared|wrote|gave|drew|told)|what you (?:wrote|shared|said|posted|presented|published) (?:about|on|in))\b/gu;
const quotedTitle = /"[^"\n]{3,80}"/gu;
// "the OAK's coverage of USDH proposals": a named outlet's or person's work, with its topic.
// Anchored on the possessive, so no run of name characters can be re-tried (linear time).
const namedWork = new RegExp(String.raw`(?<=[\p{L}\p{N}])'s\s{1,3}(?:${workNoun})\s{1,3}(?:of|on|about|around)\s{1,3}[\p{L}\p{N}]`, 'gu');
const impact = compileAll(IMPACT_PATTERNS);
// "congrats on the Series A".
const congrats = /\b(?:congrats|congratulations|kudos|bravo) (?:on|for)\b/gu;
const TIME_WORDS = new Set(['last', 'this', 'next', 'week', 'month', 'year', 'yesterday', 'today', 'recently', 'earlier', 'morning', 'night', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'around', 'into', 'titled', 'called', 'of', 'at', 'for', 'with', 'in', 'from', 'to']);

const WHY = 'Praise for one specific thing they made shows you paid attention; “great profile” reads as copy-paste.';

/** Whether the words right after a work reference identify it: a topic, a title, a name. */
function identified(doc: NoteDoc, span: Span, sentenceEnd: number, modifiers: string[], topicFollows = false): boolean {
  if (modifiers.some((w) => isContentWord(w, genericModifiers) && !appreciationWords.some((p) => p.test(w)))) return true;
  const after = wordsIn(doc.content, span.end, sentenceEnd).slice(0, 6);
  // A placeholder right after the reference leaves it unnamed: "your post about <topic> and …".
  const cut = after.findIndex((w, i) => doc.placeholders.some((p) => p.start >= (i === 0 ? span.end : (after[i - 1] as Span).end) && p.end <= w.start));
  const words = cut === -1 ? after : after.slice(0, cut);
  const names = (w: { word: string } & Span) => isContentWord(w.word) || /^\p{Lu}/u.test(doc.text.slice(w.start, w.end));
  // After "congrats on" or "the point that" the topic itself comes next.
  if (topicFollows) return words.slice(0, 4).some(names);
  // "your sermon series on grief", "your post last week breaking down …": skip a second noun and
  // a time, then a preposition or a describing verb introduces the topic.
  while (words.length > 1 && (workNouns.has((words[0] as { word: string }).word) || TIME_WORDS.has((words[0] as { word: string }).word))) words.shift();
  if (words[0] && /^(?:\p{L}+ing)$/u.test(words[0].word) && !TOPIC_PREPOSITIONS.has(words[0].word)) return words.slice(1, 5).some(names);
  const first = words[0];
  if (!first) return false;
  // A title right after the work ("your book Deep Work"), or a topic right after a preposition.
  if (!TOPIC_PREPOSITIONS.has(first.word)) return /^\p{Lu}/u.test(doc.text.slice(first.start, first.end));
  return words.slice(1, 4).some(names);
}

/** The ways a recent work is named: whole, or its title without a venue or a note in brackets. */
function titlesOf(recentWork: string): string[] {
  const parts = [recentWork, recentWork.replace(/\([^()]{0,300}\)/gu, ' '), ...recentWork.split(':')];
  return [...new Set(parts.map((p) => p.trim()).filter((p) => foldName(p).length >= 4))];
}

/** What each sentence refers to of theirs, identifiably: their work with a topic, a title, their recent work. */
function references(doc: NoteDoc, recentWork: string | undefined): Span[][] {
  const works = bySentence(doc, yourWorkSpans(doc));
  const details = matchesBySentence(doc, [theDetail, howYou, youMade, congrats]);
  const titles = matchesBySentence(doc, [quotedTitle, namedWork]);
  const impacts = matchesBySentence(doc, impact);
  const titleWords = recentWork ? titlesOf(recentWork).map((t) => ({ folded: foldName(t), distinct: detailWords(t).filter((w) => isContentWord(w)) })) : [];
  return doc.sentences.map((sentence, i) => {
    const refs: Span[] = [];
    for (const s of works[i] ?? []) {
      const words = wordsIn(doc.content, s.start, s.end).map((w) => w.word);
      const noun = words[words.length - 1] ?? '';
      if (broadWork.has(noun)) {
        // "your work" is identifiable only by a topic right after it: "on FastAPI", not "in marketing".
        const next = wordsIn(doc.content, s.end, sentence.end).slice(0, 4);
        if (next[0] && broadTopic.has(next[0].word) && next.slice(1).some((w) => isContentWord(w.word))) refs.push(s);
        continue;
      }
      if (identified(doc, s, sentence.end, words.slice(1, -1)) || (impacts[i] ?? []).some((x) => x.start >= s.end)) refs.push(s);
    }
    for (const s of details[i] ?? []) {
      if (identified(doc, { start: s.end, end: s.end }, sentence.end, [], true)) refs.push(s);
    }
    refs.push(...(titles[i] ?? []));
    if (titleWords.length > 0) {
      const foldedSentence = ` ${foldName(doc.content.slice(sentence.start, sentence.end))} `;
      const sentenceWords = foldedSentence.trim().split(' ');
      const named = titleWords.some(
        (t) => foldedSentence.includes(` ${t.folded} `) || (t.distinct.length >= 2 && t.distinct.every((w) => sentenceWords.includes(w))),
      );
      if (named) refs.push(sentence);
    }
    return refs;
  });
}

/** Words of appreciation in each sentence, wishes ("I'd love to") set aside. */
function appreciations(doc: NoteDoc): Span[][] {
  const excluded = matchesBySentence(doc, notPraise);
  return matchesBySentence(doc, appreciation).map((group, i) =>
    group.filter((s) => !(excluded[i] ?? []).some((x) => x.start < s.end && x.end > s.start)),
  );
}

export function checkSpecificPraise(ctx: CheckContext): CheckResult {
  const { doc } = ctx;
  const recentWork = ctx.request.profile?.recentWork?.trim() || undefined;
  const specific: Finding[] = [];
  const generic: Finding[] = [];
  const unpraised: Finding[] = [];
  const sentences = doc.sentences;

  const allRefs = references(doc, recentWork);
  const allPraise = appreciations(doc);
  sentences.forEach((sentence, i) => {
    const refs = allRefs[i] ?? [];
    const praise = allPraise[i] ?? [];
    const next = sentences[i + 1];
    // "I read your piece on X. Loved it." — praise may follow in the next sentence.
    const praiseNearby = praise.length > 0 || (next !== undefined && /\b(?:it|this|that)\b/u.test(doc.content.slice(next.start, next.end)) && (allPraise[i + 1] ?? []).length > 0);
    if (refs.length > 0 && praiseNearby) {
      const ref = refs[0] as Span;
      specific.push(ruleFinding(doc.text, 'specific-praise', Math.min(ref.start, praise[0]?.start ?? ref.start), Math.max(ref.end, praise[0]?.end ?? ref.end)));
    } else if (praise.length > 0 && /\byou(?:r|'re|'ve)?\b/u.test(doc.content.slice(sentence.start, sentence.end))) {
      const p = praise[0] as Span;
      generic.push(ruleFinding(doc.text, 'generic-praise', p.start, p.end, { expected: ['your talk on …', 'your post about …'] }));
    } else if (praise.length > 0 && /\b(?:post|talk|article|webinar|book|podcast|work|profile|content)\b/u.test(doc.content.slice(sentence.start, sentence.end))) {
      const p = praise[0] as Span;
      generic.push(ruleFinding(doc.text, 'generic-praise', p.start, p.end, { expected: ['your talk on …', 'your post about …'] }));
    } else if (refs.length > 0) {
      const ref = refs[0] as Span;
      unpraised.push(ruleFinding(doc.text, 'unpraised-reference', ref.start, ref.end));
    }
  });

  if (specific.length > 0) {
    return { id: 'specific-praise', status: 'pass', message: 'Praises something specific they did.', why: WHY, findings: specific };
  }
  if (generic.length > 0 || unpraised.length > 0) {
    return {
      id: 'specific-praise',
      status: 'warn',
      message: generic.length > 0 ? 'The praise is generic.' : 'You mention their work but not what you valued in it.',
      why: WHY,
      fix: recentWork
        ? `Say what you took from “${recentWork}” in a few words.`
        : 'Name one thing they made (a post, talk, book or project) and what you took from it.',
      findings: [...generic, ...unpraised],
    };
  }
  return {
    id: 'specific-praise',
    status: 'fail',
    message: 'No praise of anything they did.',
    why: WHY,
    fix: recentWork
      ? `Mention “${recentWork}” and one thing you took from it.`
      : 'If you know their work, name one post, talk or project and what you took from it.',
    findings: [],
  };
}
