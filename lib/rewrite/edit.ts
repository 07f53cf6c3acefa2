/**
 * The draft as the rewrite edits it: the analyzer's sentences, each with the roles its findings
 * give it, its red flags repaired in place or cut with the clause they sit in, and the claims the
 * details contradict taken out. Nothing here splits sentences or matches red-flag words: the
 * analyzer's reading (`parseNote`) and findings (`analyze`) say where everything is.
 */
import type { NoteDoc } from '../analyzer/document';
import { RED_FLAG_RULES } from '../analyzer/lexicon/red-flags';
import type { Analysis, CheckId, Finding, NoteRequest, RedFlagId, Span } from '../schema';
import { limitFor } from '../contract';
import { textKey } from '../templates/text';
import type { Facts } from './facts';
import { CONTRADICTION_RULES, refersToSomethingSaid, FRAGMENT_ENDS, FRAGMENT_STARTS, INTRO_STARTS, NOT_A_NAME, CLAUSE_WORDS, NOT_GERUNDS, QUESTION_STARTS, SENTENCE_OPENERS, SUBJECT_REPAIRS, SUBJECTLESS_VERBS, SUBJECTS, WISH_STARTS } from './lexicon';
import { bracketsOf, endMark, firstWord, replaceBrackets, stripTerminal, tidy, trimChars, trimSeparators, wordsOf } from './text';

/** What a sentence does for the reader, from the findings in it. */
export type Role = 'purpose' | 'offer' | 'ask' | 'wish' | 'vague' | 'praise' | 'generic' | 'reference' | 'shared' | 'intro' | 'context';

/**
 * Roles that say why the sender writes: a purpose, an offer (a pitch, an invitation, a recruiter's
 * role) or a question put to the reader. A line with one is the note's point: it is never cut for
 * an added clause, and a draft that has one gets no purpose added.
 */
export const POINT_ROLES: readonly Role[] = ['purpose', 'offer', 'ask', 'wish'];

/** Whether a line says why the sender writes. */
export function makesPoint(line: Line): boolean {
  return POINT_ROLES.some((r) => line.roles.has(r));
}

/** One change a variant made, tied to the check it serves. */
export interface ChangeNote {
  checkId: CheckId;
  description: string;
}

/** A sentence of a variant. */
export interface Line {
  /** The sentence without its end mark. */
  text: string;
  terminal: '.' | '?';
  roles: Set<Role>;
  /** Position in the draft (added lines sort after the draft line they follow). */
  order: number;
  source: 'draft' | 'added';
  /** The draft sentences a joined line is made of, by order (a single line covers its own). */
  covers?: number[];
  /** Brackets this line holds, with the content that fills them for `filled`. */
  slots: Array<{ text: string; sample: string }>;
}

/** The draft read for editing. */
export interface EditedDraft {
  lines: Line[];
  /** Sentences dropped whole, by draft order, so a line that refers back to one can go too. */
  dropped: Set<number>;
  changes: ChangeNote[];
  /** The greeting's name as written, when it is a person's name. */
  name?: string;
  /** Text the greeting swallowed that belongs to the first sentence ("Hi This is Nina" → "This"). */
  carried?: string;
  /** Whether a red-flag cut took a purpose or an offer with it (the pitch was the note's point). */
  cutPoint: boolean;
}

const ROLE_WEIGHT: Record<Role, number> = { purpose: 6, offer: 5, ask: 4, wish: 5, praise: 3, shared: 3, reference: 2, intro: 2, context: 1, vague: 1, generic: 1 };

/** What a line is worth to the reader; the most valuable lines stay when a note must shrink. */
export function weightOf(line: Line): number {
  let w = 0;
  for (const role of line.roles) w += ROLE_WEIGHT[role];
  // The note's opening line is usually its hook: it outweighs an equal line after it.
  return line.source === 'draft' && line.order === 0 && w >= 2 ? w + 1 : w;
}

/** Separators a clause can be cut at, nearest first, with the text a cut leaves between neighbours. */
const LEFT_BREAKS = [', ', '; ', ' – ', ' — ', ' - ', ' and ', ' but ', ' so ', ' (', ': '];
const RIGHT_BREAKS = [',', ';', ' – ', ' — ', ' - ', ' and ', ' but ', ' so ', ')', ':'];

/** The clause around `span` (sentence-local offsets): from the nearest break before to the nearest after. */
function clauseAround(text: string, span: Span): Span {
  let left = 0;
  for (const sep of LEFT_BREAKS) {
    const at = text.lastIndexOf(sep, Math.max(0, span.start - sep.length));
    if (at >= 0 && at + sep.length <= span.start && at > left) left = at;
  }
  let right = text.length;
  // "as a fellow Stanford alum I'd love to…": the clause after the span has its own subject.
  const after = text.slice(span.end).trimStart();
  const ownSubject = SUBJECTS.has(firstWord(after)) && /^\p{Lu}|^(?:we|my|our)\b/u.test(after);
  if (ownSubject) right = span.end;
  for (const sep of RIGHT_BREAKS) {
    const at = text.indexOf(sep, span.end);
    if (at >= 0 && at < right) right = at;
  }
  if (ownSubject && left === 0 && right === span.end) return { start: 0, end: span.end };
  // From the sentence start, the separator after the clause goes with it; else the one before it.
  if (left === 0) {
    const sep = RIGHT_BREAKS.find((s) => text.startsWith(s, right));
    let end = sep ? right + sep.length : right;
    // "Sorry to bother you, but I'm also…": the conjunction goes with the clause it joined.
    const joiner = /^ ?(?:but|and|so|yet) /i.exec(text.slice(end, end + 6));
    if (joiner) end += joiner[0].length;
    return { start: 0, end };
  }
  // "…, and as a professional I'd recommend X – a program where…": the aside after a dash belongs to the clause cut.
  if (/^(?: [–—-] | ?\(|:)/.test(text.slice(right, right + 3))) return { start: left, end: text.length };
  return { start: left, end: right };
}

/** Cuts the ranges out of a sentence (sentence-local), merging overlaps. */
function cutRanges(text: string, ranges: Span[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  let out = text;
  for (const r of merged.reverse()) out = `${out.slice(0, r.start)} ${out.slice(r.end)}`;
  return out;
}

/**
 * Gives a sentence that left out its subject its subject back ("Curious what…" → "I'm curious
 * what…"); undefined when it has one. A lead-in before a comma ("Having led…, I am…") has one.
 */
export function withSubject(text: string): string | undefined {
  const lower = text.toLowerCase();
  const words = wordsOf(text);
  const first = words[0] ?? '';
  if (/^(?:\p{L}+), /u.test(text) || / (?:i|we)\b/.test(lower.slice(0, 60).split(',').slice(1).join(','))) return undefined;
  for (const { starts, subject } of SUBJECT_REPAIRS) {
    if (starts.some((s) => lower.startsWith(`${s} `))) {
      if (subject === 'It' && /^(?:would|will|could|might|should) be (?:you|we|i)\b/.test(lower)) return undefined;
      return `${subject} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    }
  }
  if (first.length > 4 && first.endsWith('ing') && !NOT_GERUNDS.has(first) && /^\p{L}/u.test(text) && words[1] !== 'is' && words[1] !== 'was') {
    return `I'm ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  }
  return undefined;
}

/** Whether a part of a split sentence can be a sentence: a subordinate start ("While researching…, I found") is fine. */
function standsAlone(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= 4 && !['and', 'or', 'which', 'who', 'nor', 'whom'].includes(words[0] ?? '') && !FRAGMENT_ENDS.has(words[words.length - 1] ?? '');
}

/** A long sentence's parts at ", and", ", but", ";" and ", so": each part's text, in order. */
function splitAtJoints(text: string): Array<{ text: string }> {
  const parts: Array<{ text: string }> = [];
  let from = 0;
  const joints = [', and ', '; ', ', but ', ', so '];
  for (;;) {
    let at = -1;
    let joint = '';
    for (const j of joints) {
      const i = text.indexOf(j, from);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        joint = j;
      }
    }
    if (at < 0) break;
    parts.push({ text: text.slice(from, at) });
    from = at + joint.length;
    // "…, but I'd love to": the "but" stays with what it opens, "and" and ";" go.
    if (joint === ', but ') from -= 'but '.length;
  }
  parts.push({ text: text.slice(from) });
  return parts.filter((p) => p.text.trim() !== '');
}

/** "i'm" → "I'm", "this" → "This". */
function upperFirstWord(text: string): string {
  return /^i(?=['’ ]|$)/.test(text) ? `I${text.slice(1)}` : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether a clause says something: it has a subject pronoun, an auxiliary or a past form —
 * "SkyworkerAI - bit.ly/…", "In return" and "NLP, and RPA into 200+ systems" do not. A word test,
 * not a tagger: it runs on every cut and costs nothing.
 */
export function hasVerb(text: string): boolean {
  return wordsOf(text).some((w) => CLAUSE_WORDS.has(w) || /^\p{L}{3,}ed$/u.test(w) || /^(?:i|we|you|they|it|he|she)['’](?:m|re|s|ve|d|ll)$/u.test(w));
}

/** Whether a sentence can stand: enough words, not opening or ending on a word that needs more. */
export function isCompleteClause(text: string): boolean {
  if (/^[^\p{L}\p{N}"“'‘]/u.test(text.trim())) return false;
  // A bracket stands for the words the user will write: a noun phrase.
  const words = wordsOf(replaceBrackets(text, () => ' slot '));
  if (words.length < 2) return false;
  // "Although we missed each other, I'd love to…" stands; "Although we missed each other" does not.
  const subordinate = ['because', 'while', 'although', 'though', 'since', 'whereas'].includes(words[0] ?? '');
  // "At Acterys, we focus on…", "With ten years in audit, I…": a lead-in phrase before the subject.
  const leadIn = LEAD_IN_PREPOSITIONS.has(words[0] ?? '') && /^[^,]{3,60}, (?:i|we|you|they|it|my|our)\b/iu.test(text.trim());
  if (subordinate ? !/, /.test(text) : FRAGMENT_STARTS.has(words[0] ?? '') && !leadIn) return false;
  // "…what you are up to": a phrasal "up to" ends a sentence well.
  const last = words[words.length - 1] ?? '';
  if (FRAGMENT_ENDS.has(last) && !(last === 'to' && words[words.length - 2] === 'up')) return false;
  return !/[([{“"]$/.test(text.trim());
}

/** Prepositions a sentence may open with when a lead-in phrase and a comma come before its subject. */
const LEAD_IN_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'with', 'for', 'from', 'by', 'through', 'in', 'as', 'after']);

const MY_NAME = /^My name is \p{Lu}[\p{L}'’-]{0,30}(?: \p{Lu}[\p{L}'’-]{0,30})?(?:,| and) (?=I\b)/u;

/** Auxiliaries that open a question only with a subject after them ("Would you…", not "Would be good…"). */
const AUXILIARIES = new Set(['would', 'could', 'can', 'do', 'does', 'did', 'are', 'is', 'was', 'were', 'will', 'have', 'has', 'may', 'might', 'shall', 'should', 'am', "won't", "wouldn't", "isn't", "aren't", "don't", "didn't", "haven't", "can't"]);
const QUESTION_SUBJECTS = new Set(['you', 'we', 'i', 'it', 'there', 'they', 'he', 'she', 'your', 'this', 'that', 'anyone', 'u', 'referrals', 'any']);

/** Whether a clause reads as a question from its first words ("Would you…", "How did you…"). */
function opensQuestion(text: string, elliptical: boolean): boolean {
  const [first = '', second = ''] = wordsOf(text.slice(0, 60));
  if (AUXILIARIES.has(first)) return QUESTION_SUBJECTS.has(second);
  // "Open to connecting?", "Interested?": questions only when the draft asked them.
  return QUESTION_STARTS.has(first) && (elliptical || !['open', 'interested', 'mind', 'fancy', 'want', 'care', 'any'].includes(first));
}

/** Whether a sentence is a question by its first words; `asked` when the draft ended it with "?". */
export function isQuestion(text: string, asked = false): boolean {
  if (opensQuestion(text, asked)) return true;
  // "So, would you…" / "Also, are you…": the question word opens the clause after a lead-in; after
  // a longer lead-in ("If we can help you land a job abroad, would you…") only when the draft asked.
  for (let at = text.indexOf(', '); at > 0; at = text.indexOf(', ', at + 2)) {
    if (at >= 20 && !asked) break;
    if (opensQuestion(text.slice(at + 2), asked)) return true;
  }
  return false;
}

/** "Are you interested." — an auxiliary and its subject open a question, whatever mark the draft put after it. */
function asksOutright(text: string): boolean {
  const [first = '', second = ''] = wordsOf(text.slice(0, 40));
  return AUXILIARIES.has(first) && ['you', 'we', 'i'].includes(second);
}

/** Lower-cases a run of capitals, keeping "I" and the recipient's and sender's names. */
function unshout(text: string, names: readonly string[]): string {
  // "HTML+CSS", "REACT.JS", "H1": technical tokens keep their capitals.
  let out = text
    .split(' ')
    .map((w) => (/[+#/\d]|\.\p{L}/u.test(w) ? w : w.toLowerCase()))
    .join(' ')
    .replace(/\bi\b/g, 'I');
  for (const name of names) {
    const key = name.toLowerCase();
    for (let at = out.indexOf(key); at >= 0; at = out.indexOf(key, at + 1)) {
      const before = out.charAt(at - 1);
      const after = out.charAt(at + key.length);
      if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) out = out.slice(0, at) + name + out.slice(at + key.length);
    }
  }
  return out;
}

/** A draft placeholder filled from the details when they hold it ("[company]" → "Shopify"), else as a "[…]" bracket. */
function repairPlaceholder(actual: string, facts: Facts): string {
  const inner = trimChars(actual, '[]{}<>%').trim();
  const key = inner.toLowerCase().replace(/[\s_-]+/g, '');
  if (/^(?:first)?name$/.test(key) && facts.name) return facts.name;
  if (/^company(?:name)?$/.test(key) && facts.company) return facts.company;
  if (key === 'industry' && (facts.sharedIndustry ?? facts.industry)) return (facts.sharedIndustry ?? facts.industry ?? '').toLowerCase();
  if (/^(?:school|university|college)$/.test(key) && facts.sharedSchool) return facts.sharedSchool;
  return `[${inner.replace(/_/g, ' ')}]`;
}

/** Asks no first note should make, whatever else the note says: a referral, a job, a résumé. */
const HEAVY_ASK = /\b(?:refer|referrals?|resume|résumé|cv|hire me|consider me)\b/i;

/**
 * What a meeting ask is about, when the sentence says after the ask: "time for a quick chat about
 * potential opportunities at Microsoft?" → "potential opportunities at Microsoft". Undefined when
 * the topic is a back-reference ("on the topic", "about it") or too short to stand.
 */
function askTopic(text: string, evidence: Span): string | undefined {
  const rest = text.slice(evidence.end);
  const at = /^(?:\s[\p{L}-]+){0,3}?\s(?:about|on|regarding|around)\s/iu.exec(rest);
  if (!at) return undefined;
  let topic = stripTerminal(rest.slice(at[0].length)).trim();
  // "…at Microsoft if you have a minute" / "…sometime next week": the time and the condition go.
  topic = topic.split(/\s(?:if|when|sometime|this|next|whenever|at your)\s/i)[0]?.trim() ?? '';
  topic = trimSeparators(topic);
  const first = firstWord(topic);
  if (['it', 'this', 'that', 'these', 'those', 'them', 'the'].includes(first) && wordsOf(topic).length <= 2) return undefined;
  return wordsOf(topic).length >= 2 && topic.length <= 120 ? topic : undefined;
}

/** The role an intent finding gives its line. */
function intentRole(f: Finding): Role {
  return f.ruleId === 'purpose' ? 'purpose' : f.ruleId === 'offer' ? 'offer' : 'vague';
}

/** The findings wholly inside a span. */
function findingsIn<F extends Finding>(findings: readonly F[], span: Span): F[] {
  return findings.filter((f) => f.span.start >= span.start && f.span.end <= span.end && f.span.end > f.span.start);
}

interface CheckFinding extends Finding {
  checkId: CheckId;
}

/** Quotes dropped text for a change note, cut at a word. */
export function quote(text: string): string {
  const clean = trimSeparators(text.trim());
  if (clean.length <= 70) return `“${clean}”`;
  const head = clean.slice(0, 68);
  return `“${head.slice(0, Math.max(head.lastIndexOf(' '), 1)).trimEnd()}…”`;
}

/**
 * A shared-ground claim naming a school the details do not list for both: the analyzer flags
 * schools it knows from the lists; a "fellow Stanford alum" when both list Michigan is caught here,
 * from the finding's own text and the details.
 */
function contradictsSchools(finding: Finding, request: NoteRequest): boolean {
  const theirs = request.profile?.schools ?? [];
  const mine = request.sender?.schools ?? [];
  if (theirs.length === 0 || mine.length === 0) return false;
  if (!/\b(?:alum|alumni|alumna|alumnus|grad|graduate|classmate)\b/i.test(finding.actual)) return false;
  const names = finding.actual.match(/\p{Lu}[\p{L}&.'-]*/gu) ?? [];
  const listed = textKey([...theirs, ...mine].join(' '));
  return names.length > 0 && names.some((n) => !listed.includes(n.toLowerCase()));
}

/** "fellow Stanford alum" → "fellow University of Michigan alum" when the details say both went to Michigan. */
function correctedSchool(actual: string, facts: Facts): string | undefined {
  if (!facts.sharedSchool || !/\b(?:fellow|both|same)\b/i.test(actual)) return undefined;
  const words = actual.split(' ');
  const first = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < words.length && /^\p{Lu}/u.test(words[last + 1] ?? '')) last++;
  return [...words.slice(0, first), facts.sharedSchool, ...words.slice(last + 1)].join(' ');
}

/**
 * Reads the draft into lines: red flags repaired or cut by their findings' spans, contradicted
 * claims removed, fragments and generic one-liners dropped, roles from the findings that remain.
 */
export function editDraft(doc: NoteDoc, analysis: Analysis, request: NoteRequest, facts: Facts): EditedDraft {
  const note = doc.text;
  const limit = limitFor(request.plan);
  const changes: ChangeNote[] = [];
  const findings: CheckFinding[] = analysis.checks.flatMap((c) => c.findings.map((f) => ({ ...f, checkId: c.id })));
  const names = [facts.name, request.profile?.name ?? '', request.sender?.name ?? '', ...(request.profile?.name ?? '').split(' ')].filter((n) => n.length > 1);

  // The greeting's name: kept as written when it is a person's name.
  const greetName = doc.greeting?.name?.text;
  let name: string | undefined;
  let carried: string | undefined;
  if (greetName) {
    const words = trimChars(greetName, '.,!:;', 'end').split(' ');
    // "Hi This is Nina" / "Hi Sravya We are": the words from a sentence opener on start the first sentence.
    const cut = words.findIndex((w) => SENTENCE_OPENERS.has(w.toLowerCase()));
    const own = cut < 0 ? words : words.slice(0, cut);
    if (cut >= 0) carried = words.slice(cut).join(' ');
    const bare = own.join(' ');
    if (bare !== '' && !NOT_A_NAME.has(bare.toLowerCase()) && !/^[[{<%]/.test(bare)) {
      name = own.map((w) => (/^\p{Lu}{3,}$/u.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
    }
  }

  // "Thanks for connecting, Siddhant Tripathi.": a name said to the reader, with no greeting, greets them.
  if (!name && doc.sentences[0]) {
    const first = note.slice(doc.sentences[0].start, doc.sentences[0].end).trim();
    const vocative = /^(?:[Tt]hanks|[Tt]hank you)\b[^.!?,]{0,60}, (\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+)?[.!]?$/u.exec(first);
    if (vocative?.[1] && !NOT_A_NAME.has(vocative[1].toLowerCase())) name = vocative[1];
  }

  const lines: Line[] = [];
  const dropped = new Set<number>();
  let cutPoint = false;
  doc.sentences.forEach((sentence, index) => {
    let text = note.slice(sentence.start, sentence.end);
    if (index === 0 && carried) text = `${upperFirstWord(carried)} ${text}`;
    const offset = index === 0 && carried ? sentence.start - carried.length - 1 : sentence.start;
    const inside = findingsIn(findings, sentence);
    const local = (f: Finding): Span => ({ start: f.span.start - offset, end: f.span.end - offset });
    const cuts: Span[] = [];
    const cutNotes: ChangeNote[] = [];
    const repairs: Array<{ span: Span; to: string }> = [];
    let softened: string | undefined;

    for (const f of inside) {
      if (f.checkId === 'red-flags') {
        // What to do with the evidence is the registry's: drop it with its clause, repair it in place, or keep it.
        const rule = RED_FLAG_RULES[f.ruleId as RedFlagId] as (typeof RED_FLAG_RULES)[RedFlagId] | undefined;
        const action = rule?.rewrite ?? 'drop';
        // The greeting is the draft's: a name the details disagree with stays, with a warning.
        if (f.ruleId === 'name-mismatch' || action === 'keep') continue;
        // "Would you have time for a quick chat about roles at Microsoft?": the meeting goes, the topic stays.
        const topic = f.ruleId === 'early-ask' && !HEAVY_ASK.test(f.actual) ? askTopic(text, local(f)) : undefined;
        if (topic) {
          softened = `I'd love to hear about ${topic}`;
          changes.push({ checkId: 'red-flags', description: `Asked to hear about ${quote(topic)} instead of asking a stranger for a meeting` });
          continue;
        }
        // Marks and symbols ("🚀🚀", "!!!") go alone; words go with the clause they sit in.
        if (action === 'drop' && !/\p{L}/u.test(f.actual)) {
          repairs.push({ span: local(f), to: f.ruleId === 'exclamation' && local(f).end < text.length ? '.' : '' });
          changes.push({ checkId: 'red-flags', description: f.ruleId === 'exclamation' ? 'Calmed the exclamation marks' : `Removed ${rule?.label ?? 'the symbols'}` });
        } else if (action === 'drop') {
          // "…would love to chat on the topic if you have a minute sometime this week": a trailing
          // condition goes alone, and the wish it hung on stays.
          const at = local(f);
          const trailing = /^if\b/i.test(f.actual) && at.start > 0 && !/[.!?]/.test(text.slice(at.end, -1)) && wordsOf(text.slice(0, at.start)).length >= 4;
          cuts.push(trailing ? { start: at.start, end: text.length } : clauseAround(text, at));
          cutNotes.push({ checkId: 'red-flags', description: `Removed ${rule?.label ?? 'a red flag'}: ${quote(f.actual)}` });
        } else if (f.ruleId === 'emoji') {
          repairs.push({ span: local(f), to: '' });
          changes.push({ checkId: 'red-flags', description: 'Removed the emoji' });
        } else if (f.ruleId === 'exclamation') {
          repairs.push({ span: local(f), to: local(f).end >= text.length ? '' : '.' });
          changes.push({ checkId: 'red-flags', description: 'Calmed the exclamation marks' });
        } else if (f.ruleId === 'all-caps') {
          repairs.push({ span: local(f), to: unshout(f.actual, names) });
          changes.push({ checkId: 'red-flags', description: 'Wrote it in sentence case (no capitals shouting)' });
        } else if (f.ruleId === 'placeholder') {
          const to = repairPlaceholder(f.actual, facts);
          repairs.push({ span: local(f), to });
          if (!to.startsWith('[')) changes.push({ checkId: 'red-flags', description: `Filled ${f.actual} from the details` });
        }
      } else if (CONTRADICTION_RULES.has(f.ruleId) || (f.ruleId === 'shared-ground' && contradictsSchools(f, request))) {
        const corrected = correctedSchool(f.actual, facts);
        if (corrected) {
          repairs.push({ span: local(f), to: corrected });
          changes.push({ checkId: 'shared-ground', description: `Corrected ${quote(f.actual)} to the school you share, ${facts.sharedSchool}` });
        } else {
          cuts.push(clauseAround(text, local(f)));
          cutNotes.push({ checkId: 'shared-ground', description: `Removed a claim your details contradict: ${quote(f.actual)}` });
        }
      }
    }
    // Repairs first (right to left, so offsets hold), then cuts on the repaired text's own offsets.
    let edited = text;
    const cutsAfter: Span[] = cuts.map((c) => ({ ...c }));
    for (const r of [...repairs].sort((a, b) => b.span.start - a.span.start)) {
      if (cuts.some((c) => r.span.start >= c.start && r.span.end <= c.end)) continue;
      edited = edited.slice(0, r.span.start) + r.to + edited.slice(r.span.end);
      const delta = r.to.length - (r.span.end - r.span.start);
      for (const c of cutsAfter) {
        if (c.start >= r.span.end) {
          c.start += delta;
          c.end += delta;
        } else if (c.end >= r.span.end) c.end += delta;
      }
    }
    if (softened) edited = softened;
    const wasQuestion = endMark(edited) === '?';
    // "My name is Chris and I am…": LinkedIn shows the name above the note.
    const named = MY_NAME.exec(edited);
    if (named) {
      const cut = named[0].length;
      edited = edited.slice(cut);
      for (const c of cutsAfter) {
        c.start = Math.max(0, c.start - cut);
        c.end = Math.max(0, c.end - cut);
      }
      changes.push({ checkId: 'length', description: 'Left out “My name is …”: LinkedIn shows your name' });
    }
    edited = cutRanges(edited, cutsAfter);
    edited = stripTerminal(trimSeparators(tidy(edited)));
    // A clause left without its subject gets the sender's "I" back: "would love to connect".
    if (cuts.length > 0 && SUBJECTLESS_VERBS.has(firstWord(edited)) && /^\p{Ll}/u.test(edited) && !isQuestion(edited, wasQuestion)) edited = `I ${edited}`;
    const subjected = isQuestion(edited, wasQuestion) ? undefined : withSubject(edited);
    if (subjected) {
      edited = subjected;
      changes.push({ checkId: 'length', description: 'Gave each sentence its subject (“I’m curious…”, not “Curious…”)' });
    }

    const surviving = inside.filter((f) => !cuts.some((c) => local(f).start >= c.start && local(f).end <= c.end));
    if (inside.some((f) => f.checkId === 'intent' && (f.ruleId === 'purpose' || f.ruleId === 'offer') && !surviving.includes(f))) cutPoint = true;
    const roles = new Set<Role>();
    for (const f of surviving) {
      if (f.checkId === 'intent') roles.add(intentRole(f));
      else if (f.checkId === 'specific-praise') roles.add(f.ruleId === 'specific-praise' ? 'praise' : f.ruleId === 'generic-praise' ? 'generic' : 'reference');
      else if (f.checkId === 'shared-ground' && f.ruleId === 'shared-ground' && !contradictsSchools(f, request)) roles.add('shared');
    }
    // A purpose the analyzer credits only because of an ask that was cut is gone with it.
    if (softened) roles.add('purpose');
    else if (roles.has('purpose') && !surviving.some((f) => f.ruleId === 'purpose' && !inside.some((g) => g.ruleId === 'early-ask' && g.span.start === f.span.start))) roles.delete('purpose');
    const lower = edited.toLowerCase().replace(/[’]/g, "'");
    if ([...INTRO_STARTS].some((s) => lower.startsWith(`${s} `))) roles.add('intro');
    if (!roles.has('purpose') && !roles.has('vague') && WISH_STARTS.some((s) => lower.startsWith(`${s} `))) roles.add('wish');
    // "…and would love to interview you about the Flexport migration": a wish of the sender's own, mid-sentence.
    if (!roles.has('purpose') && /\b(?:would|i'd|i would) (?:love|like) to (?!connect\b)\p{L}{3,} (?:\p{L}+ ){2,}/u.test(lower)) roles.add('wish');
    // "I'd love to connect and seek your guidance in data science": a reason in the sender's words
    // after the ask, whether or not the analyzer credits it.
    if (!roles.has('purpose') && roles.has('vague') && WISH_STARTS.some((s) => lower.startsWith(`${s} `)) && !/\b(?:network|in touch|someday|sometime)\b/.test(lower) && /\bconnect(?:ing)? (?:with you )?and \p{L}{3,}/u.test(lower) && wordsOf(lower.slice(lower.search(/\bconnect/) + 8)).length >= 4) roles.add('wish');
    // "Would you have time for a chat about roles at Microsoft?": a question put to the reader is the note's ask.
    if (!roles.has('purpose') && !roles.has('offer') && !roles.has('vague') && isQuestion(edited, wasQuestion) && /\byou(?:r)?\b/.test(lower)) roles.add('ask');
    if (roles.size === 0) roles.add('context');

    const words = wordsOf(edited);
    // After a cut the rest must open a clause of its own: not a list's tail ("NLP, and RPA into…").
    // "…, would you be interested in giving it a shot?" once the offer before it is cut: "it" points nowhere.
    const cutBefore = cutsAfter.some((c) => c.start < text.length / 2) && refersToSomethingSaid(edited);
    const leftover = cuts.length > 0 && (words.length < 3 || wordsOf(edited.split(',')[0] ?? '').length < 2 || !isCompleteClause(edited) || !hasVerb(edited) || cutBefore);
    const fragment = cuts.length > 0 ? leftover : words.length < 3 && !roles.has('purpose') && !roles.has('vague');
    // "Great profile!" alone says nothing a reader can use.
    const emptyPraise = roles.size === 1 && roles.has('generic') && words.length <= 6;
    if (edited === '' || fragment || emptyPraise) {
      dropped.add(index);
      if (cutNotes.length > 0) changes.push(...cutNotes);
      else if (emptyPraise) changes.push({ checkId: 'specific-praise', description: `Dropped generic praise ${quote(text)}` });
      else if (words.length > 0) changes.push({ checkId: 'length', description: `Dropped ${quote(text)}: it does not stand as a sentence` });
      return;
    }
    changes.push(...cutNotes);
    // A sentence longer than the note may be splits at its joints (", and", ";") into sentences of
    // its own, each with the roles of the findings in it, so the fitting keeps the best of them.
    const body = stripTerminal(text.trim());
    if (note.length > limit && edited.length > limit / 2 && edited === body && cuts.length === 0 && repairs.length === 0) {
      const parts = splitAtJoints(edited);
      if (parts.length > 1) {
        const partLines = parts.map((part, k) => {
          const start = offset + text.indexOf(part.text);
          const own = inside.filter((f) => f.span.start < start + part.text.length && f.span.end > start);
          const partRoles = new Set<Role>();
          for (const f of own) {
            if (f.checkId === 'intent') partRoles.add(intentRole(f));
            else if (f.checkId === 'specific-praise') partRoles.add(f.ruleId === 'specific-praise' ? 'praise' : f.ruleId === 'generic-praise' ? 'generic' : 'reference');
            else if (f.checkId === 'shared-ground' && f.ruleId === 'shared-ground') partRoles.add('shared');
          }
          if (partRoles.size === 0) partRoles.add('context');
          const words = part.text.charAt(0).toUpperCase() + part.text.slice(1);
          return { text: k === 0 ? part.text : words, terminal: '.' as const, roles: partRoles, order: index + k / 10, source: 'draft' as const, slots: [] };
        });
        if (partLines.every((l) => standsAlone(l.text))) {
          lines.push(...partLines);
          changes.push({ checkId: 'length', description: 'Split a very long sentence at its joints so the note can keep its best parts' });
          return;
        }
      }
    }
    lines.push({
      text: edited,
      // A question keeps its "?" (and gets one back when the draft forgot it: "Do you have time to…").
      terminal: (wasQuestion || endMark(text) === '' || asksOutright(edited)) && isQuestion(edited, wasQuestion) ? '?' : '.',
      roles,
      order: index,
      source: 'draft',
      slots: bracketsOf(edited).map((b) => ({ text: b, sample: b.slice(1, -1) })),
    });
  });
  return { lines, dropped, changes, name, carried, cutPoint };
}
