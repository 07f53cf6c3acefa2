/**
 * `shared-ground`: does the note name something both people share — a school, a company, a field,
 * a goal, a named mutual connection, an event? Compared with both people's details: ground the
 * details show but the note leaves unused, or a claim the details contradict, is a warning.
 */
import type { CheckResult, Finding, Span } from '../../schema';
import type { CheckContext } from '../context';
import { ruleFinding } from '../finding';
import {
  ASPIRATION_PATTERN,
  EVENT_NOUNS,
  EVENT_PREPOSITIONS,
  FIRST_PERSON_PATTERN,
  INTRODUCER_ADVERBS,
  NON_PERSON_INTRODUCERS,
  REFERRAL_PATTERN,
  RELATION_WORDS,
  NOT_SHARED_TOO_PATTERN,
  TOO_PATTERN,
  IDENTITY_PATTERN,
  INTRODUCER_VERBS,
  SHARED_GROUND_PATTERNS,
  STUDY_PATTERN,
  UNNAMED_MUTUAL_PATTERN,
} from '../lexicon/shared-ground';
import {
  findIn,
  industrySpan,
  wordIndexBefore,
  mentionsCompany,
  mentionsIndustry,
  mentionsSchool,
  noteWords,
  sameCompany,
  sameIndustry,
  sameSchool,
  schoolSpan,
  sentenceAt,
  touchesPlaceholder,
} from '../matching';
import { BUZZWORD_TITLES } from '../lexicon/red-flags';
import type { NoteDoc } from '../document';
import { STOPWORDS } from '../lexicon/stopwords';
import { buildPhraseNet, sweep } from '../phrases';
import { allMatches, blankSpans, escapeRegExp, foldName, normalize } from '../text';

const claims = SHARED_GROUND_PATTERNS.map((p) => ({
  kind: p.kind,
  pattern: new RegExp(p.pattern, 'gu'),
  unless: p.unless === undefined ? undefined : new RegExp(p.unless, 'u'),
}));
const unnamedMutual = new RegExp(UNNAMED_MUTUAL_PATTERN, 'gu');
const too = new RegExp(TOO_PATTERN, 'gu');
const firstPerson = new RegExp(FIRST_PERSON_PATTERN, 'u');
const notSharedToo = new RegExp(NOT_SHARED_TOO_PATTERN, 'u');
const study = new RegExp(STUDY_PATTERN, 'u');
const identity = new RegExp(IDENTITY_PATTERN, 'gu');
const aspiration = new RegExp(ASPIRATION_PATTERN, 'u');
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]{1,30}`;
const introducerVerb = new RegExp(String.raw`(?<![\p{L}])(?:${INTRODUCER_VERBS.map(escapeRegExp).join('|')})\b`, 'gu');
const NAME_CHAR = /[\p{L}\p{M}'’-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NAME_NEXT = new RegExp(String.raw`^[\s,]{0,5}(?:${NAME})`, 'u');
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'my', 'our', 'your', 'hi', 'hello', 'hey', 'dear', 'this', 'that']);
const buzzwordTitles = buildPhraseNet(BUZZWORD_TITLES);
const eventNouns = buildPhraseNet(EVENT_NOUNS);
const eventPrepositions = new Set(EVENT_PREPOSITIONS);
const EVENT_SKIP_WORDS = new Set(['the', 'our', 'your', 'this', 'last', "year's", 'annual', 'a', 'an']);
const introducerAdverbs = new Set(INTRODUCER_ADVERBS);
const nonPersons = new Set(NON_PERSON_INTRODUCERS);
const relationWords = RELATION_WORDS.map(escapeRegExp).join('|');
const referral = new RegExp(REFERRAL_PATTERN, 'u');
// "Kunal's brother", "brother of Kunal Joglekar", "my brother, Kunal Joglekar".
// The possessive and the relation are found first; the name is read backwards from there.
const RELATION_BEFORE = new RegExp(String.raw`(?<=[\p{L}])['’]s[ \t](?:${relationWords})\b`, 'gu');
const RELATION_AFTER = new RegExp(String.raw`\b(?:${relationWords})(?:[ \t]of|,)?[ \t](${NAME}(?:[ \t]${NAME}){0,2})`, 'gu');
const REFERRED_FROM = new RegExp(String.raw`\b(?:from|through|via|referred (?:me )?by)[ \t](?:(?:my|our|a)[ \t](?:${relationWords}),?[ \t])?(${NAME}(?:[ \t]${NAME}){0,2})`, 'gu');
const PERSON_NAME = new RegExp(String.raw`(?<=[\p{Ll},][ \t]{1,3})${NAME}[ \t]${NAME}`, 'u');
const STUDENT_WORDS = new Set(['student', 'admit', 'admitted', 'alum', 'alumna', 'alumnus', 'graduate', 'grad']);
const SCHOOL_PREPOSITIONS = new Set(['at', 'from', 'of', 'in']);
const SCHOOL_REFERENCE = /\bthe (?:university|college|school|campus|program|programme|institute)\b/u;
const PRONOUN_BEFORE = /\b(?:he|she|they)[ \t]{1,3}$/u;
const LOOSE_INTRODUCER = /^(?:said|thought|mentioned|told me)$/u;
const ABOUT_YOU_OR_ME = /^[ \t]{1,3}(?:that[ \t]{1,3})?(?:you\b(?!r)|i\b|I\b|we\b|to\b|me\b|about you\b)/u;
const functionWords = new Set(STOPWORDS);

/** "As Steve Jobs" → "Steve Jobs": a sentence-initial function word is no part of a name. */
function withoutLeadingFunctionWord(text: string, span: Span): Span | undefined {
  const first = /^[\p{L}'’]+/u.exec(text.slice(span.start, span.end))?.[0] ?? '';
  if (!functionWords.has(first.toLowerCase())) return span;
  let start = span.start + first.length;
  while (start < span.end && /\s/u.test(text[start] as string)) start++;
  return start < span.end ? { start, end: span.end } : undefined;
}

const WHY = 'Shared ground (a school, company, field, goal or a named mutual connection) gives a stranger a reason to trust you.';

interface Ground {
  kind: string;
  span: Span;
  label: string;
}

/** Where a detail (a name, a company) stands in the note, case-insensitively, as whole words. */
function spanOfWords(doc: NoteDoc, words: string): Span | undefined {
  const wanted = normalize(words);
  if (!wanted) return undefined;
  for (let at = doc.norm.indexOf(wanted); at >= 0; at = doc.norm.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if (!WORD_CHAR.test(doc.norm[at - 1] ?? ' ') && !WORD_CHAR.test(doc.norm[end] ?? ' ')) return { start: at, end };
  }
  return undefined;
}

/**
 * "I taught high school math for six years too": finds each "too" and looks back, within its
 * clause and 60 characters, for a first-person start. A scan, so no pattern can backtrack.
 */
function tooClaims(doc: NoteDoc): Span[] {
  const out: Span[] = [];
  for (const m of allMatches(too, doc.content)) {
    let from = m.index;
    while (from > 0 && m.index - from < 60 && !'.!?;,\n'.includes(doc.content[from - 1] as string)) from--;
    const clause = doc.content.slice(from, m.index);
    const start = firstPerson.exec(clause);
    if (!start || notSharedToo.test(clause.slice(start.index))) continue;
    out.push({ start: from + start.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The capitalized name (one to three words) that ends right before `at`, separated from it by a
 * space or tab: "Sam Patel" in "Sam Patel suggested". Walks back; no pattern to backtrack.
 */
function namedBefore(text: string, at: number): Span | undefined {
  let end = at;
  let start = -1;
  for (let words = 0; words < 3; words++) {
    let gap = end;
    while (gap > 0 && end - gap < 3 && (text[gap - 1] === ' ' || text[gap - 1] === '\t')) gap--;
    if (gap === end) break;
    let from = gap;
    while (from > 0 && gap - from < 31 && NAME_CHAR.test(text[from - 1] as string)) from--;
    const word = text.slice(from, gap);
    if (word.length < 2 || !/^\p{Lu}/u.test(word) || (from > 0 && NAME_CHAR.test(text[from - 1] as string))) break;
    start = from;
    end = from;
  }
  if (start === -1) return undefined;
  let stop = at;
  while (stop > start && (text[stop - 1] === ' ' || text[stop - 1] === '\t')) stop--;
  return { start, end: stop };
}

/** The note with placeholders and URLs blanked, in its original case (initials like "GSB" need case). */
function blankedText(doc: NoteDoc): string {
  return blankSpans(doc.text, [...doc.placeholders, ...doc.urls].sort((a, b) => a.start - b.start));
}

/** True when the sentence introduces the field as the sender's own, not as one they hope to enter. */
function claimsAsOwnField({ doc }: CheckContext, mention: Span): boolean {
  const sentence = sentenceAt(doc, mention.start);
  if (!sentence) return false;
  const before = doc.content.slice(sentence.start, mention.start);
  const claims = [...before.matchAll(identity)];
  const last = claims[claims.length - 1];
  if (!last) return false;
  // Close by, in the same clause: "we help logistics teams" after a comma is about customers.
  const between = before.slice(last.index + last[0].length);
  return between.length <= 40 && !/[,;:]/u.test(between) && !aspiration.test(between);
}

/** "we both work in {industry}": a claim whose clause is finished by a placeholder names nothing. */
function placeholderInClause(doc: NoteDoc, span: Span): boolean {
  let end = span.end;
  while (end < doc.text.length && end - span.end < 40 && !'.!?;,\n'.includes(doc.text[end] as string)) end++;
  return doc.placeholders.some((p) => p.start >= span.end && p.start < end);
}

/** Where the introducer ends: before the verb, or before an adverb on it ("Paul recently recommended"). */
function introducerStart(text: string, verbAt: number): number {
  let i = verbAt;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  let from = i;
  while (from > 0 && /\p{Ll}/u.test(text[from - 1] as string)) from--;
  return introducerAdverbs.has(text.slice(from, i)) ? from : verbAt;
}

/** "I reached out to Alain Lefort … and he recommended I reach out": the person "he" stands for. */
function pronounFor(doc: NoteDoc, verbAt: number): Span | undefined {
  if (!PRONOUN_BEFORE.test(doc.text.slice(Math.max(0, verbAt - 8), verbAt))) return undefined;
  const sentence = sentenceAt(doc, verbAt);
  if (!sentence) return undefined;
  const m = PERSON_NAME.exec(doc.text.slice(sentence.start, verbAt));
  return m ? { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } : undefined;
}

/** One to three capitalized words ending right at `end` ("Kunal" in "Kunal's"): a backward scan. */
function capitalizedWordsBefore(text: string, end: number): Span | undefined {
  let start = -1;
  let at = end;
  for (let words = 0; words < 3; words++) {
    let from = at;
    while (from > 0 && at - from < 31 && /[\p{L}\p{M}-]/u.test(text[from - 1] as string)) from--;
    if (from === at || !/^\p{Lu}/u.test(text.slice(from, at)) || at - from < 2) break;
    start = from;
    if (text[from - 1] !== ' ' && text[from - 1] !== '\t') break;
    at = from - 1;
  }
  return start === -1 ? undefined : { start, end };
}

/** People the sender names through a relation or as the source of a referral. */
function relationsAndReferrals(doc: NoteDoc): Ground[] {
  const out: Ground[] = [];
  const text = blankedText(doc);
  const relations = [
    ...allMatches(RELATION_BEFORE, text).flatMap((m) => {
      const name = capitalizedWordsBefore(text, m.index);
      return name ? [{ name: text.slice(name.start, m.index), span: { start: name.start, end: m.index + m[0].length } }] : [];
    }),
    ...allMatches(RELATION_AFTER, text).map((m) => ({ name: m[1] as string, span: { start: m.index, end: m.index + m[0].length } })),
  ];
  for (const { name, span } of relations) {
    if (PRONOUNS.has(name.toLowerCase()) || nonPersons.has(name.toLowerCase())) continue;
    if (doc.greeting && span.start < doc.greeting.end) continue;
    out.push({ kind: 'mutual', span, label: `someone you both may know: ${name}` });
  }
  for (const m of allMatches(REFERRED_FROM, text)) {
    const sentence = sentenceAt(doc, m.index);
    // The referral word comes first, in the same clause: "I got your reference from Naresh".
    const lead = sentence ? doc.content.slice(Math.max(sentence.start, m.index - 50), m.index) : '';
    if (!sentence || !referral.test(lead) || /[,;:]/u.test(lead.slice(lead.search(referral)))) continue;
    const name = m[1] as string;
    if (nonPersons.has(name.toLowerCase()) || PRONOUNS.has(name.toLowerCase())) continue;
    out.push({ kind: 'mutual', span: { start: m.index, end: m.index + m[0].length }, label: `referred by ${name}` });
  }
  return out;
}


/**
 * "at the UW Data Science Career Fair", "in the Rust Belt Founders Slack": an event or group with
 * a name, opened by a preposition. From each event noun, walks back over the name's capitalized
 * words (at most five) to the preposition.
 */
function namedEvents(doc: NoteDoc): Ground[] {
  const out: Ground[] = [];
  for (const hit of sweep(eventNouns, doc.words)) {
    const sentence = sentenceAt(doc, hit.start);
    if (!sentence) continue;
    const at = wordIndexBefore(doc, hit.start);
    const before = doc.words.slice(Math.max(0, at - 6), at + 1).filter((w) => w.start >= sentence.start);
    let capitalized = false;
    let lowercase = 0;
    let next = hit.start;
    for (let i = before.length - 1; i >= 0; i--) {
      const w = before[i] as { word: string; start: number; end: number };
      // The name is one phrase: no comma or other mark inside it.
      if (/[,;:.!?()]/u.test(doc.text.slice(w.end, next))) break;
      next = w.start;
      const original = doc.text.slice(w.start, w.end);
      if (eventPrepositions.has(w.word)) {
        if (capitalized) out.push({ kind: 'event', span: { start: w.start, end: hit.end }, label: `“${doc.text.slice(w.start, hit.end)}”` });
        break;
      }
      if (/^[\p{Lu}\p{N}]/u.test(original)) capitalized = true;
      else if (EVENT_SKIP_WORDS.has(w.word)) continue;
      // "the Denver product meetup": a lowercase word or two may stand next to the noun.
      else if (!capitalized && lowercase < 2) lowercase++;
      else break;
    }
  }
  return out;
}

/** "I am an incoming student at RIT … information about the university": a school both share. */
function schoolReference(doc: NoteDoc): Ground | undefined {
  if (!study.test(doc.content) || !SCHOOL_REFERENCE.test(doc.content)) return undefined;
  // A study word, then within six words a preposition and the school's capitalized name.
  const i = doc.words.findIndex((w) => STUDENT_WORDS.has(w.word));
  if (i < 0) return undefined;
  const prep = doc.words.slice(i + 1, i + 7).find((w) => SCHOOL_PREPOSITIONS.has(w.word));
  if (!prep) return undefined;
  let at = prep.end;
  while (at < doc.text.length && /\s/u.test(doc.text[at] as string) && at - prep.end < 3) at++;
  const name = /^\p{Lu}[\p{L}&.-]{1,40}(?:\s\p{Lu}[\p{L}&.-]{1,40}){0,5}/u.exec(doc.text.slice(at, at + 120));
  return name ? { kind: 'school', span: { start: at, end: at + name[0].length }, label: name[0] } : undefined;
}

export function checkSharedGround(ctx: CheckContext): CheckResult {
  const { doc, request } = ctx;
  const profile = request.profile ?? {};
  const sender = request.sender ?? {};
  const found: Ground[] = [];
  const contradictions: Finding[] = [];
  const weak: Finding[] = [];

  const titles = sweep(buzzwordTitles, doc.words);
  const blanked = blankedText(doc);
  // Claims in the note's own words: "fellow … alum", "we're both …", "I'm in fintech too".
  for (const { kind, pattern, unless } of claims) {
    for (const span of findIn(doc.content, pattern)) {
      if (touchesPlaceholder(doc, span) || placeholderInClause(doc, span)) continue;
      if (unless?.test(doc.content.slice(span.start, span.end))) continue;
      // "as a fellow visionary" is a boast, not common ground.
      if (kind === 'fellow' && titles.some((b) => b.start >= span.start && b.end <= span.end)) continue;
      if (kind === 'mutual') {
        const after = doc.text.slice(span.end, span.end + 40);
        if (!NAME_NEXT.test(after)) {
          weak.push(ruleFinding(doc.text, 'unnamed-mutual', span.start, span.end));
          continue;
        }
      }
      found.push({ kind, span, label: `“${doc.text.slice(span.start, span.end)}”` });
    }
  }
  for (const span of tooClaims(doc)) {
    if (!touchesPlaceholder(doc, span)) found.push({ kind: 'too', span, label: `“${doc.text.slice(span.start, span.end)}”` });
  }
  // A named introducer: "Sam Patel suggested I reach out".
  const listedMutuals = (profile.mutualConnections ?? []).map((n) => n.trim()).filter(Boolean);
  for (const m of allMatches(introducerVerb, doc.text)) {
    // "Sam said you…", not "As Steve Jobs said, …": a loose verb counts when it is about you or me.
    if (LOOSE_INTRODUCER.test(m[0]) && !ABOUT_YOU_OR_ME.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const found0 = namedBefore(doc.text, introducerStart(doc.text, m.index)) ?? pronounFor(doc, m.index);
    const span = found0 && withoutLeadingFunctionWord(doc.text, found0);
    if (!span) continue;
    const name = doc.text.slice(span.start, span.end);
    if (PRONOUNS.has(name.toLowerCase()) || PRONOUNS.has(name.split(/\s/u)[0]?.toLowerCase() ?? '')) continue;
    if (nonPersons.has(name.toLowerCase())) continue;
    if (doc.greeting?.name && span.start < doc.greeting.end) continue;
    const listed = listedMutuals.some((n) => foldName(n) === foldName(name) || foldName(n).split(' ')[0] === foldName(name));
    if (listedMutuals.length > 0 && !listed && name.includes(' ')) {
      contradictions.push(ruleFinding(doc.text, 'contradicted-mutual', span.start, span.end, { expected: listedMutuals }));
    } else {
      found.push({ kind: 'mutual', span, label: `you both know ${name}` });
    }
  }
  // Listed mutual connections named anywhere in the note.
  for (const name of listedMutuals) {
    const span = spanOfWords(doc, name);
    if (span && !found.some((g) => g.span.start <= span.start && g.span.end >= span.end)) found.push({ kind: 'mutual', span, label: `you both know ${name}` });
  }
  for (const ground of relationsAndReferrals(doc)) {
    if (!found.some((g) => g.span.start < ground.span.end && g.span.end > ground.span.start)) found.push(ground);
  }
  found.push(...namedEvents(doc));
  const school = schoolReference(doc);
  if (school) found.push(school);
  for (const span of findIn(doc.content, unnamedMutual)) {
    weak.push(ruleFinding(doc.text, 'unnamed-mutual', span.start, span.end));
  }

  // Details both people share, and whether the note uses them.
  const unused: string[] = [];
  const sharedSchools = (profile.schools ?? []).filter((p) => (sender.schools ?? []).some((s) => sameSchool(p, s)));
  for (const school of profile.schools ?? []) {
    if (!mentionsSchool(blanked, school)) continue;
    if (sharedSchools.includes(school) || study.test(doc.content)) {
      found.push({ kind: 'school', span: schoolSpan(doc, school) ?? { start: 0, end: 0 }, label: school });
    }
  }
  for (const school of sharedSchools) if (!found.some((g) => g.kind === 'school' || g.kind === 'fellow')) unused.push(`you both studied at ${school}`);
  // The field counts when the note names it as the sender's own ("As a public health grad student"),
  // not as theirs ("impressive background in healthcare consulting").
  const bothInField = Boolean(profile.industry && sender.industry && sameIndustry(profile.industry, sender.industry));
  if (profile.industry && (bothInField || !sender.industry)) {
    const span = industrySpan(doc, profile.industry) ?? (sender.industry ? industrySpan(doc, sender.industry) : undefined);
    if (span && claimsAsOwnField(ctx, span)) found.push({ kind: 'industry', span, label: profile.industry });
    else if (bothInField) unused.push(`you both work in ${profile.industry}`);
  }
  if (profile.company && sender.company && sameCompany(profile.company, sender.company)) {
    if (mentionsCompany(noteWords(doc), profile.company)) found.push({ kind: 'company', span: spanOfWords(doc, profile.company) ?? { start: 0, end: 0 }, label: profile.company });
    else unused.push(`you both work at ${profile.company}`);
  }
  if (listedMutuals.length > 0 && !found.some((g) => g.kind === 'mutual')) unused.push(`you both know ${listedMutuals[0]}`);

  // A school claim the details contradict: "fellow Purdue alum" when their schools do not include Purdue.
  for (const claim of found.filter((g) => ['fellow', 'both', 'same'].includes(g.kind))) {
    const claimText = doc.text.slice(claim.span.start, claim.span.end);
    for (const [who, named, other] of [['their', sender.schools, profile.schools], ['your', profile.schools, sender.schools]] as const) {
      const school = (named ?? []).find((s) => mentionsSchool(claimText, s));
      if (school && other && other.length > 0 && !other.some((o) => sameSchool(o, school))) {
        contradictions.push(ruleFinding(doc.text, 'contradicted-school', claim.span.start, claim.span.end, { expected: [...other], vars: { school, who, schools: other.join(', ') } }));
      }
    }
  }

  // One piece of evidence per place: "we both worked at" and "we both" are one claim.
  const distinct = found.filter(
    (g, i, all) => !all.some((o, j) => j < i && o.span.end > o.span.start && o.span.start < g.span.end && o.span.end > g.span.start),
  );
  const evidence = distinct
    .filter((g) => g.span.end > g.span.start)
    .map((g) => ruleFinding(doc.text, 'shared-ground', g.span.start, g.span.end));
  if (contradictions.length > 0) {
    return {
      id: 'shared-ground',
      status: 'warn',
      message: 'The note claims shared ground that your details contradict.',
      why: WHY,
      fix: 'Check the claim against the details, or correct the details.',
      findings: [...contradictions, ...evidence],
    };
  }
  if (found.length > 0) {
    const labels = [...new Set(distinct.map((g) => g.label))];
    return {
      id: 'shared-ground',
      status: 'pass',
      message: `Names what you share: ${labels.join(', ')}.`,
      why: WHY,
      findings: evidence,
    };
  }
  if (unused.length > 0 || weak.length > 0) {
    return {
      id: 'shared-ground',
      status: 'warn',
      message: unused.length > 0 ? `Your details show shared ground the note leaves out: ${unused.join('; ')}.` : 'Mutual connections are mentioned but nobody is named.',
      why: WHY,
      fix: unused.length > 0 ? `Mention it in a few words, e.g. ${unused[0]}.` : 'Name the person you both know.',
      findings: weak,
    };
  }
  return {
    id: 'shared-ground',
    status: 'fail',
    message: 'Nothing you share is named.',
    why: WHY,
    fix: 'Add what you have in common: school, company, field, a goal, a person you both know, or where you met.',
    findings: [],
  };
}
