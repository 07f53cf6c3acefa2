/**
 * `specific-praise`: does the note praise something identifiable the person did — a named or
 * described post, talk, book, project or result — rather than "great profile"?
 */
import type { CheckResult, Finding, Span } from '../../schema';
import type { CheckContext } from '../context';
import type { NoteDoc } from '../document';
import { makeFinding } from '../finding';
import { APPRECIATION_PATTERNS, GENERIC_MODIFIERS, NOT_PRAISE_PATTERNS, WORK_NOUNS } from '../lexicon/praise';
import { compileAny, findIn, isContentWord, wordsIn } from '../matching';
import { detailWords, escapeRegExp, foldName } from '../text';

const appreciation = compileAny(APPRECIATION_PATTERNS);
const notPraise = compileAny(NOT_PRAISE_PATTERNS);
const appreciationWord = new RegExp(appreciation.source, 'u');
const genericModifiers = new Set(GENERIC_MODIFIERS);
const workNoun = [...WORK_NOUNS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// "your Kafka migration write-up", "your team's posts": up to four words between "your" and the work.
const yourWork = new RegExp(String.raw`\byour(?:\s+[\p{L}\p{N}'./&+-]+){0,4}?\s+(?:${workNoun})(?![\p{L}])`, 'gu');
// "the point that …", "the chapter on weak ties".
const theDetail = /\bthe (?:point|chapter|part|section|bit|line|idea|example|tip|story|insight|framework|question|argument|data|chart|section) (?:that|about|on|where|when|you|to|of|in|around)\b/gu;
// "how clearly you write about payment fraud".
const howYou = /\bhow (?:clearly |well |openly |candidly |simply |honestly |thoughtfully )?you(?:'ve)? (?:write|wrote|talk|talked|explain|explained|think|approach|approached|handled|built|framed|broke down|described|covered|tackled|ran|run|led|grew|scaled)\b/gu;
// "the point you made about …", "what you wrote on …".
const youMade =
  /\b(?:(?:the|that) (?:point|case|argument|comment|observation|distinction|example|prediction|call|story) (?:you|you've) (?:made|raised|shared|wrote|gave|drew|told)|what you (?:wrote|shared|said|posted|presented|published) (?:about|on|in))\b/gu;
const quotedTitle = /"[^"\n]{3,80}"/gu;
// "congrats on the Series A".
const congrats = /\b(?:congrats|congratulations|kudos|bravo) (?:on|for)\b/gu;
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'around', 'into', 'titled', 'called', 'of', 'at', 'for', 'with', 'in', 'from', 'to']);

const WHY = 'Praise for one specific thing they made shows you paid attention; “great profile” reads as copy-paste.';

/** Whether the words right after a work reference identify it: a topic, a title, a name. */
function identified(doc: NoteDoc, span: Span, sentenceEnd: number, modifiers: string[], topicFollows = false): boolean {
  if (modifiers.some((w) => isContentWord(w, genericModifiers) && !appreciationWord.test(w))) return true;
  const after = wordsIn(doc.content, span.end, sentenceEnd).slice(0, 8);
  // After "congrats on" or "the point that" the topic itself comes next.
  if (topicFollows && after.slice(0, 4).some((w) => isContentWord(w.word) || /^\p{Lu}/u.test(doc.text.slice(w.start, w.end)))) return true;
  const first = after[0];
  if (first && /^\p{Lu}/u.test(doc.text.slice(first.start, first.end)) && !TOPIC_PREPOSITIONS.has(first.word)) return true;
  for (let i = 0; i < after.length; i++) {
    if (!TOPIC_PREPOSITIONS.has((after[i] as { word: string }).word)) continue;
    if (after.slice(i + 1, i + 4).some((w) => isContentWord(w.word) || /^\p{Lu}/u.test(doc.text.slice(w.start, w.end)))) return true;
  }
  return false;
}

function references(doc: NoteDoc, sentence: Span, recentWork: string | undefined): Span[] {
  const text = doc.content.slice(0, sentence.end);
  const inSentence = (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
  const refs: Span[] = [];
  for (const s of findIn(text, yourWork).filter(inSentence)) {
    const words = wordsIn(doc.content, s.start, s.end).map((w) => w.word);
    if (identified(doc, s, sentence.end, words.slice(1, -1))) refs.push(s);
  }
  for (const s of [...findIn(text, theDetail), ...findIn(text, howYou), ...findIn(text, youMade), ...findIn(text, congrats)].filter(inSentence)) {
    if (identified(doc, { start: s.end, end: s.end }, sentence.end, [], true)) refs.push(s);
  }
  refs.push(...findIn(doc.norm.slice(0, sentence.end), quotedTitle).filter(inSentence));
  if (recentWork) {
    const folded = foldName(recentWork);
    const at = folded.length >= 4 ? foldName(doc.text.slice(sentence.start, sentence.end)).indexOf(folded) : -1;
    const distinct = detailWords(recentWork).filter((w) => isContentWord(w));
    const sentenceWords = detailWords(doc.content.slice(sentence.start, sentence.end));
    if (at >= 0 || (distinct.length >= 2 && distinct.every((w) => sentenceWords.includes(w)))) refs.push(sentence);
  }
  return refs;
}

function appreciations(doc: NoteDoc, sentence: Span): Span[] {
  const text = doc.content.slice(0, sentence.end);
  const excluded = findIn(text, notPraise);
  return findIn(text, appreciation).filter(
    (s) => s.start >= sentence.start && !excluded.some((x) => x.start < s.end && x.end > s.start),
  );
}

export function checkSpecificPraise(ctx: CheckContext): CheckResult {
  const { doc } = ctx;
  const recentWork = ctx.request.profile?.recentWork?.trim() || undefined;
  const specific: Finding[] = [];
  const generic: Finding[] = [];
  const unpraised: Finding[] = [];
  const sentences = doc.sentences;

  sentences.forEach((sentence, i) => {
    const refs = references(doc, sentence, recentWork);
    const praise = appreciations(doc, sentence);
    const next = sentences[i + 1];
    // "I read your piece on X. Loved it." — praise may follow in the next sentence.
    const praiseNearby = praise.length > 0 || (next !== undefined && /\b(?:it|this|that)\b/u.test(doc.content.slice(next.start, next.end)) && appreciations(doc, next).length > 0);
    if (refs.length > 0 && praiseNearby) {
      const ref = refs[0] as Span;
      specific.push(makeFinding(doc.text, 'specific-praise', 'Praises something specific they did', Math.min(ref.start, praise[0]?.start ?? ref.start), Math.max(ref.end, praise[0]?.end ?? ref.end)));
    } else if (praise.length > 0 && /\byou(?:r|'re|'ve)?\b/u.test(doc.content.slice(sentence.start, sentence.end))) {
      const p = praise[0] as Span;
      generic.push(makeFinding(doc.text, 'generic-praise', `Generic praise \`${doc.text.slice(p.start, p.end)}\`, name the post, talk or project you mean`, p.start, p.end, ['your talk on …', 'your post about …']));
    } else if (praise.length > 0 && /\b(?:post|talk|article|webinar|book|podcast|work|profile|content)\b/u.test(doc.content.slice(sentence.start, sentence.end))) {
      const p = praise[0] as Span;
      generic.push(makeFinding(doc.text, 'generic-praise', `Generic praise \`${doc.text.slice(p.start, p.end)}\`, say which one and what you liked`, p.start, p.end, ['your talk on …', 'your post about …']));
    } else if (refs.length > 0) {
      const ref = refs[0] as Span;
      unpraised.push(makeFinding(doc.text, 'unpraised-reference', 'Mentions their work without saying what you valued in it', ref.start, ref.end));
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
