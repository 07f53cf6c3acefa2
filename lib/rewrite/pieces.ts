/**
 * Turns a parsed draft into pieces: one per kept sentence, each with the roles its clauses play,
 * after dropping boilerplate, hedges, red flags and filler and tightening what stays. Also builds
 * the pieces the details can supply (shared ground, praise, intent) and the placeholders used only
 * when nothing else can fix a check.
 */
import type { CheckId, Finding } from '../schema';
import { goalClause, midSentence, shortenAtWord, squash, textKey, trimEndOf, trimStartOf, workPhrase } from '../templates/text';
import { PLACEHOLDER, type Facts } from './facts';
import {
  COMMON_STARTERS,
  CONTENT_INTENT,
  DEPENDENT_START,
  DROP_PATTERNS,
  PRAISE_CUE,
  SHARED_CUE,
  SUBJECTLESS_START,
  TIGHTEN,
  VAGUE_INTENT,
  type Role,
} from './lexicon';
import type { Clause, ParsedDraft, Sentence } from './parse';

/** One sentence-to-be of a variant. `text` is in sentence form (capitalized, no end punctuation). */
export interface Piece {
  text: string;
  terminal: '.' | '?';
  roles: ReadonlySet<Role>;
  source: 'draft' | 'details' | 'placeholder';
  /** Whether the first word may be lower-cased after a greeting ("Your post" → "your post"). */
  commonStart: boolean;
}

/** One change a variant made, tied to the check it serves. */
export interface ChangeNote {
  checkId: CheckId;
  description: string;
}

/** Analyzer rule ids whose text is repaired in place rather than dropped with its clause. */
const REPAIRED = new Set(['emoji', 'exclamation', 'all-caps', 'placeholder', 'name-mismatch']);

/** What a dropped part was, as the change list names it, and the check its removal serves. */
const DROP_NAME: Record<string, { checkId: CheckId; noun: string }> = {
  boilerplate: { checkId: 'red-flags', noun: 'boilerplate' },
  hedging: { checkId: 'red-flags', noun: 'hedging' },
  'early-ask': { checkId: 'red-flags', noun: 'an early ask (save it for after they accept)' },
  'sales-pitch': { checkId: 'red-flags', noun: 'a sales pitch' },
  'self-promotion': { checkId: 'red-flags', noun: 'résumé details' },
  'count-bragging': { checkId: 'red-flags', noun: 'a follower count' },
  'buzzword-title': { checkId: 'red-flags', noun: 'a self-given title' },
  placeholder: { checkId: 'red-flags', noun: 'an unfilled placeholder' },
  'generic-praise': { checkId: 'specific-praise', noun: 'generic praise' },
  'vague-intent': { checkId: 'intent', noun: 'a vague ask' },
  filler: { checkId: 'length', noun: 'filler' },
};

/** "a, b and c" */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One change note for a dropped clause, naming everything wrong with it. */
function dropNote(reasons: ReadonlySet<string>, text: string): ChangeNote | undefined {
  const named = [...reasons].map((r) => DROP_NAME[r]).filter((n): n is { checkId: CheckId; noun: string } => n !== undefined);
  const first = named.find((n) => n.checkId === 'red-flags') ?? named[0];
  if (!first) return undefined;
  return { checkId: first.checkId, description: `Removed ${listOf(named.map((n) => n.noun))}: ${quote(text)}` };
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/gu;
/** Non-global twin of EMOJI for tests (a global regex's `test` is stateful). */
const HAS_EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/u;

/** Brief quote of dropped text for a change description, cut at a word with an ellipsis. */
function quote(text: string): string {
  const clean = trimEndOf(text.trim(), ',;:', true);
  if (clean.length <= 70) return `“${clean}”`;
  const head = clean.slice(0, 68);
  const cut = head.slice(0, Math.max(head.lastIndexOf(' '), 1)).trimEnd();
  return `“${cut}…”`;
}

/** "My name is Chris and I am a software engineer" → "I am a software engineer" (the profile shows the name). */
function dropNameIntro(text: string): string {
  const lower = text.toLowerCase();
  const at = lower.indexOf('my name is ');
  if (at < 0) return text;
  const rest = text.slice(at + 'my name is '.length).split(' ');
  for (let words = 1; words <= 3 && words < rest.length; words++) {
    const after = rest.slice(words).join(' ');
    const joined = /^(?:and )?I\b/.exec(after) ? after.replace(/^and /, '') : undefined;
    if (joined !== undefined && !/[.!?]/.test(rest.slice(0, words).join(' '))) {
      return text.slice(0, at) + joined;
    }
  }
  return text;
}

/** Applies the tightening table; returns the new text. */
export function tighten(text: string): string {
  let out = dropNameIntro(text);
  for (const [pattern, replacement] of TIGHTEN) out = out.replace(pattern, replacement);
  return tidy(out);
}

/** Collapses spaces and stray punctuation left by removals. */
export function tidy(text: string): string {
  const squashed = text
    .replace(/\s+/g, ' ')
    // Single spaces from here on, so no `\s*` runs (they backtrack on long ones).
    .replace(/ ([,;:.!?])/g, '$1')
    .replace(/([,;:]) ?[,;:]/g, '$1')
    .replace(/\( ?\)/g, '');
  return trimEndOf(trimStartOf(squashed, ',;:–—-', true), ',;:–—-', true);
}

/** Upper-cases the first letter unless the text starts with a lower-case brand ("iPhone"). */
function sentenceCase(text: string): string {
  return /^\p{Ll}\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases an all-caps run of words ("PLEASE ACCEPT MY REQUEST"), keeping "I". */
function unshout(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6 || letters !== letters.toUpperCase()) return text;
  return text.toLowerCase().replace(/\bi\b/g, 'I').replace(/\bi'/g, "I'");
}

/** Fills placeholders the details can answer ("{industry}" → "insurance"); others are left as they are. */
function fillPlaceholders(text: string, facts: Facts): string {
  return text.replace(/\[([^[\]{}<>]*)\]|\{([^[\]{}<>]*)\}|<([^[\]{}<>]*)>/g, (all, a?: string, b?: string, c?: string) => {
    const key = (a ?? b ?? c ?? '').toLowerCase().replace(/[\s_-]+/g, '');
    if (key.length > 40) return all;
    const industry = facts.sharedIndustry ?? facts.industry;
    if (/^(?:first)?name$/.test(key) && facts.name) return facts.name;
    if (/^company(?:name)?$/.test(key) && facts.company) return facts.company;
    if (key === 'industry' && industry) return midSentence(industry);
    if (/^(?:school|university|college)$/.test(key) && facts.sharedSchool) return facts.sharedSchool;
    return all;
  });
}

/** The roles one clause plays, from the lexicon and the details. */
function rolesOf(text: string, facts: Facts): Set<Role> {
  const roles = new Set<Role>();
  const key = textKey(text);
  if (CONTENT_INTENT.test(text)) roles.add('intent');
  else if (VAGUE_INTENT.test(text)) roles.add('vague-intent');
  if (PRAISE_CUE.test(text) || (facts.recentWork && key.includes(textKey(facts.recentWork)))) roles.add('praise');
  if (SHARED_CUE.test(text) || facts.sharedTerms.some((t) => key.includes(t))) roles.add('shared');
  if (roles.size === 0) roles.add('context');
  return roles;
}

/** Red-flag findings of the draft's analysis whose span overlaps a clause. */
function findingsIn(clause: Clause, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.span.start < clause.end && f.span.end > clause.start && f.span.end > f.span.start);
}

/** How much a kept clause matters: core text, or a weak part kept only while nothing better exists. */
export type PartKind = 'core' | 'vague' | 'generic';

/** One kept clause of a draft sentence, already repaired and tightened. */
export interface Part {
  text: string;
  joiner: string;
  kind: PartKind;
  /** Whether it opened its sentence in the draft (so it keeps its own subject). */
  opens: boolean;
}

/** A draft sentence after drops: its kept parts, realized into a piece on demand. */
export interface DraftSentence {
  parts: Part[];
  terminal: '.' | '?';
  /** The sentence sat right after the greeting in the draft. */
  afterGreeting: boolean;
}

/** What the draft gives a rewrite to work with. */
export interface DraftPieces {
  sentences: DraftSentence[];
  /** The first vague ask and the first generic praise in the draft, for change notes. */
  vagueText?: string;
  genericText?: string;
  /** Changes every variant inherits (drops and repairs). */
  changes: ChangeNote[];
}

/**
 * Reads the draft into sentences of kept parts. `findings` are the draft analysis's red-flag
 * findings: a clause they point at is dropped (or, for emoji, shouting, "!!!" and placeholders,
 * repaired). Vague asks and generic praise are kept aside as weak parts: a variant uses them only
 * while it has nothing better, since the analyzer rightly scores "great post" above silence.
 */
export function draftPieces(draft: ParsedDraft, facts: Facts, findings: readonly Finding[]): DraftPieces {
  const sentences: DraftSentence[] = [];
  const changes: ChangeNote[] = [];
  let tightened = false;
  let vagueText: string | undefined;
  let genericText: string | undefined;

  selectSentences(draft.sentences).forEach((sentence) => {
    const index = draft.sentences.indexOf(sentence);
    const parts: Part[] = [];
    sentence.clauses.forEach((clause, clauseIndex) => {
      let text = clause.text;
      const flagged = findingsIn(clause, findings);
      if (HAS_EMOJI.test(text)) {
        text = text.replace(EMOJI, '');
        if (flagged.some((f) => f.ruleId === 'emoji')) changes.push({ checkId: 'red-flags', description: 'Removed the emoji' });
      }
      const calm = unshout(text);
      if (calm !== text) changes.push({ checkId: 'red-flags', description: 'Stopped shouting (no all caps)' });
      text = fillPlaceholders(calm, facts);
      if (text !== calm) changes.push({ checkId: 'red-flags', description: 'Filled the template placeholder from the details' });

      const reasons = new Set<string>();
      for (const { reason, pattern } of DROP_PATTERNS) if (pattern.test(text)) reasons.add(reason);
      for (const f of flagged) if (!REPAIRED.has(f.ruleId)) reasons.add(f.ruleId);
      if (PLACEHOLDER.test(text)) reasons.add('placeholder');
      const roles = rolesOf(text, facts);
      const content = roles.has('intent') || roles.has('praise') || roles.has('shared');
      const tight = tighten(text);
      // Generic praise and hedges only sink a clause that says nothing else; the serious flags sink
      // it regardless, since keeping their words would keep the flag.
      const soft = [...reasons].every((r) => r === 'generic-praise' || r === 'hedging');
      if (reasons.size === 1 && reasons.has('generic-praise') && !content && tight !== '') {
        genericText ??= clause.text.trim();
        parts.push({ text: tight, joiner: clause.joiner, kind: 'generic', opens: clauseIndex === 0 });
        return;
      }
      if (reasons.size > 0 && !(soft && content)) {
        const note = dropNote(reasons, clause.text);
        if (note) changes.push(note);
        return;
      }
      if (tight !== tidy(text)) tightened = true;
      if (tight === '') return;
      // "Would you be open to connecting so I can learn …": the ask carries the purpose after it.
      const next = sentence.clauses[clauseIndex + 1];
      const vague = roles.size === 1 && roles.has('vague-intent') && !/^,? ?so\b/i.test(next?.joiner ?? '');
      if (vague) vagueText ??= tight;
      parts.push({ text: tight, joiner: clause.joiner, kind: vague ? 'vague' : 'core', opens: clauseIndex === 0 });
    });
    if (parts.length > 0) {
      sentences.push({ parts, terminal: sentence.terminal.includes('?') ? '?' : '.', afterGreeting: index === 0 && draft.greeting !== undefined });
    }
    if (sentence.terminal.includes('!') && findings.some((f) => f.ruleId === 'exclamation')) {
      changes.push({ checkId: 'red-flags', description: 'Calmed the exclamation marks' });
    }
  });

  if (tightened) changes.push({ checkId: 'length', description: 'Tightened the wording (contractions, no hedge words)' });
  return { sentences, vagueText, genericText, changes: dedupe(changes) };
}

/** A note is one or two sentences: past this many, a draft is an essay and only its best sentences matter. */
export const MAX_SENTENCES = 12;

/**
 * The sentences worth reading for a rewrite, in draft order: all of them for a normal draft; for
 * an essay, the MAX_SENTENCES whose words promise a purpose, praise or shared ground, first ones first.
 * Keeps a 5,000-character draft as cheap to rewrite as a short one.
 */
function selectSentences(sentences: readonly Sentence[]): Sentence[] {
  if (sentences.length <= MAX_SENTENCES) return [...sentences];
  const worth = (sentence: Sentence): number => {
    const text = sentence.clauses.map((c) => c.text).join(' ');
    let w = 0;
    if (CONTENT_INTENT.test(text)) w += 3;
    if (PRAISE_CUE.test(text) || SHARED_CUE.test(text)) w += 2;
    if (DROP_PATTERNS.some(({ pattern }) => pattern.test(text))) w -= 1;
    return w;
  };
  const chosen = new Set(
    sentences
      .map((sentence, i) => ({ sentence, i, w: worth(sentence) }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, MAX_SENTENCES)
      .map(({ sentence }) => sentence),
  );
  return sentences.filter((s) => chosen.has(s));
}

/**
 * Turns a draft sentence into a piece, leaving out weak parts the variant does not need. Returns
 * undefined when nothing that can stand as a sentence is left. Roles are filled in by the caller.
 */
export function realize(sentence: DraftSentence, keep: { vague: boolean; generic: boolean }): Omit<Piece, 'roles'> | undefined {
  const parts = sentence.parts.filter((p) => p.kind === 'core' || (p.kind === 'vague' ? keep.vague : keep.generic));
  // A dependent clause ("As a fellow career coach") cannot stand once its main clause is gone.
  if (parts.length === 0 || parts.every((p) => DEPENDENT_START.test(p.text))) return undefined;
  let text = '';
  parts.forEach((p, i) => {
    if (i > 0) text += `${p.joiner}${p.text}`;
    else text = !p.opens && SUBJECTLESS_START.test(p.text) ? `I ${p.text}` : p.text;
  });
  text = tidy(text);
  if (text === '') return undefined;
  const first = (text.split(/\s/)[0] ?? '').toLowerCase().replace(/[^\p{L}'’]/gu, '');
  return {
    text: sentenceCase(text),
    terminal: sentence.terminal,
    source: 'draft',
    // The first sentence sat after the greeting as written; later ones start with a common word or a name.
    commonStart: COMMON_STARTERS.has(first) || (sentence.afterGreeting && parts[0]?.opens === true && /^\p{Ll}/u.test(text)),
  };
}

/** Removes repeated change notes, keeping the first. */
export function dedupe(changes: readonly ChangeNote[]): ChangeNote[] {
  const seen = new Set<string>();
  return changes.filter((c) => !seen.has(`${c.checkId}|${c.description}`) && Boolean(seen.add(`${c.checkId}|${c.description}`)));
}

/** A piece the details supply, with the change that adds it. */
export interface Supplied {
  piece: Piece;
  change: ChangeNote;
  /** A fact (lower-cased) the rest of the note must name for this piece to make sense ("… there"). */
  needs?: string;
}

const piece = (text: string, roles: Role[], source: Piece['source'] = 'details', commonStart = false): Piece => ({
  text,
  terminal: '.',
  roles: new Set(roles),
  source,
  commonStart,
});

/** Shared ground the details prove: a school, industry, company or person both sides list. */
export function suppliedShared(facts: Facts): Supplied | undefined {
  if (facts.sharedSchool) {
    return {
      piece: piece(`Fellow ${shortenAtWord(facts.sharedSchool, 60)} alum here`, ['shared'], 'details', true),
      change: { checkId: 'shared-ground', description: `Named your shared school (${facts.sharedSchool})` },
    };
  }
  if (facts.mutual) {
    return {
      piece: piece(`We both know ${facts.mutual}`, ['shared'], 'details', true),
      change: { checkId: 'shared-ground', description: `Named your mutual connection (${facts.mutual})` },
    };
  }
  if (facts.sharedIndustry) {
    return {
      piece: piece(`I'm also in ${midSentence(shortenAtWord(facts.sharedIndustry, 50))}`, ['shared']),
      change: { checkId: 'shared-ground', description: `Named your shared industry (${facts.sharedIndustry})` },
    };
  }
  if (facts.sharedCompany) {
    return {
      piece: piece(`We both work at ${facts.sharedCompany}`, ['shared'], 'details', true),
      change: { checkId: 'shared-ground', description: `Named your shared company (${facts.sharedCompany})` },
    };
  }
  return undefined;
}

/** Specific praise from the recipient's recent work. */
export function suppliedPraise(facts: Facts): Supplied | undefined {
  if (!facts.recentWork) return undefined;
  const work = workPhrase(shortenAtWord(facts.recentWork, 90));
  return {
    piece: piece(`I enjoyed ${work}`, ['praise']),
    change: { checkId: 'specific-praise', description: `Praised their recent work (${shortenAtWord(facts.recentWork, 60)})` },
  };
}

/**
 * Purposes with content, best first: the sender's goal, else what the details say about the
 * recipient (a shared field, their company, their field). The caller lets the analyzer choose.
 */
export function suppliedIntents(facts: Facts, mentioned = ''): Supplied[] {
  const out: Supplied[] = [];
  const intent = (text: string, description: string, needs?: string): Supplied => ({
    piece: piece(text, ['intent']),
    change: { checkId: 'intent', description },
    ...(needs ? { needs } : {}),
  });
  if (facts.goal) out.push(intent(goalClause(shortenAtWord(facts.goal, 150)), 'Stated why you are reaching out, from your goal'));
  // Naming the same field or company twice reads as a mail merge: when the note already names it,
  // first try a phrasing that refers back to it (kept only if the variant still names it).
  const field = facts.sharedIndustry ?? facts.industry;
  if (field && mentioned.includes(textKey(field))) {
    out.push(intent("I'd love to connect and compare notes on where our field is heading", 'Stated why you are reaching out: to compare notes on your field', textKey(field)));
  }
  if (facts.sharedIndustry) {
    out.push(intent(`I'd love to connect and compare notes on ${midSentence(shortenAtWord(facts.sharedIndustry, 50))}`, 'Stated why you are reaching out: to compare notes on your shared field'));
  }
  if (facts.company) {
    const company = shortenAtWord(facts.company, 50);
    const description = `Stated why you are reaching out: to learn about their work at ${company}`;
    if (mentioned.includes(textKey(facts.company))) {
      out.push(intent("I'd love to connect and hear what your team there is building", description, textKey(facts.company)));
    }
    // "your work at <their own company>" can read as generic; the analyzer picks the phrasing it credits.
    out.push(intent(`I'd love to connect and learn what your team at ${company} is building`, description));
    out.push(intent(`I'd love to connect and learn more about your work at ${company}`, description));
  }
  if (facts.industry && !facts.sharedIndustry) {
    const industry = midSentence(shortenAtWord(facts.industry, 50));
    const description = 'Stated why you are reaching out: to learn about their field';
    out.push(intent(`I'd love to connect and learn how you got into ${industry}`, description));
    out.push(intent(`I'd love to connect and learn about your work in ${industry}`, description));
  }
  return out;
}

/** Verbs a purpose clause may open with, gerunds mapped to the form that follows "I'd love to connect and". */
const PURPOSE_VERBS: Record<string, string> = {
  learn: 'learn', learning: 'learn', hear: 'hear', hearing: 'hear', discuss: 'discuss', discussing: 'discuss',
  compare: 'compare', comparing: 'compare', swap: 'swap', swapping: 'swap', trade: 'trade', trading: 'trade',
  exchange: 'exchange', exchanging: 'exchange', follow: 'follow', following: 'follow', ask: 'ask', asking: 'ask',
  explore: 'explore', exploring: 'explore', talk: 'talk', talking: 'talk', chat: 'chat', chatting: 'chat',
  understand: 'understand', understanding: 'understand', continue: 'continue', continuing: 'continue',
  keep: 'keep', keeping: 'keep', stay: 'stay', staying: 'stay', introduce: 'introduce', introducing: 'introduce',
  pick: 'pick', picking: 'pick', get: 'get', getting: 'get',
};

/**
 * The draft's own purpose, restated in a frame a reader (and the analyzer) takes as a reason:
 * "Keen to hear your views on async onboarding" → "I'd love to connect and hear your views on
 * async onboarding". Only when the purpose opens the sentence (a short lead-in at most), so the
 * restated sentence loses nothing else of the draft's. Undefined when the piece holds no such purpose.
 */
export function restatedPurpose(from: Piece): Supplied | undefined {
  const m = CONTENT_INTENT.exec(from.text);
  if (!m || m.index === undefined) return undefined;
  const lead = from.text.slice(0, m.index);
  if (/[,;:()–—]/.test(lead) || lead.split(' ').filter(Boolean).length > 5) return undefined;
  const rest = trimEndOf(from.text.slice(m.index), ',;:', true);
  const [first = '', ...others] = rest.split(' ');
  const verb = PURPOSE_VERBS[first.toLowerCase()];
  if (!verb || others.length === 0) return undefined;
  return {
    piece: piece(`I'd love to connect and ${verb} ${others.join(' ')}`, ['intent'], 'draft'),
    change: { checkId: 'intent', description: `Said plainly why you are reaching out, in your own words: “${verb} ${shortenAtWord(others.join(' '), 50)}”` },
  };
}

/** What a praised work is about: "your post on hiring in Lisbon was great" → "hiring in Lisbon". */
export function topicOf(text: string): string | undefined {
  const m = /\b(?:on|about) (.{3,120})/u.exec(squash(text).slice(0, 300));
  if (!m?.[1]) return undefined;
  // The topic ends where the sentence moves on: a new clause or the venue ("at ProductCon Berlin").
  const head = (m[1].split(/[,;:!?()–—]| (?:and|but|which|that|because|since|so|I|it|was|is|are|were|has|have|had|really|truly|changed|made|helped|stood|gave|hit) | at (?=\p{Lu})/u)[0] ?? '').trim();
  const topic = trimEndOf(head, '.', true);
  return /\p{L}{3}/u.test(topic) && !PLACEHOLDER.test(topic) ? shortenAtWord(topic, 60) : undefined;
}

/**
 * Purposes from the topic of a work the note praises (the draft's own praise or their recent work in
 * the details): following their work on it, hearing their thinking, learning more. The caller lets
 * the analyzer choose; the change says where the purpose came from so the user can change it.
 */
export function topicIntents(topic: string, from: 'draft' | 'details'): Supplied[] {
  const where = from === 'draft' ? 'the work you praise' : 'their recent work in the details';
  const change: ChangeNote = { checkId: 'intent', description: `Added a purpose from ${where} (“${topic}”): change it if your reason is different` };
  return [
    `I'd love to connect and follow your work on ${topic}`,
    `I'd love to connect and hear more of your thinking on ${topic}`,
    `I'd love to connect and learn more about ${topic}`,
  ].map((text) => ({ piece: piece(text, ['intent']), change }));
}

/** Words many school names share, so they do not identify one. */
const GENERIC_SCHOOL_WORDS = new Set(['university', 'college', 'school', 'institute', 'technology', 'state', 'business', 'academy', 'polytechnic']);

/**
 * Purposes that follow from what both share, in the templates' words ("Fellow alum", "Mutual
 * connection"): each needs the variant to name the school or person it rests on.
 */
export function sharedIntents(facts: Facts, mentioned = ''): Supplied[] {
  const out: Supplied[] = [];
  if (facts.sharedSchool) {
    // The draft may name the school short ("fellow Rice alum" for Rice University): its distinctive word will do.
    const school = textKey(facts.sharedSchool);
    const short = school.split(' ').find((w) => w.length >= 4 && !GENERIC_SCHOOL_WORDS.has(w) && ` ${mentioned} `.includes(` ${w} `));
    out.push({
      piece: piece("I'd love to connect and learn how you chose your path after graduating", ['intent']),
      change: { checkId: 'intent', description: 'Added a purpose that follows from your shared school: change it if your reason is different' },
      needs: short ?? school,
    });
  }
  if (facts.mutual) {
    out.push({
      piece: piece("I'd love to connect and hear how you got started in your field", ['intent']),
      change: { checkId: 'intent', description: 'Added a purpose that follows from your mutual connection: change it if your reason is different' },
      needs: textKey(facts.mutual),
    });
  }
  return out;
}

/** Placeholder used only when nothing in the draft or details gives a purpose. */
export const INTENT_PLACEHOLDER = "[what you'd like to learn from them]";
/** Placeholder used only by the praise-led variant when the details hold no recent work. */
export const PRAISE_PLACEHOLDER = '[the post or talk of theirs you liked]';

/** The purpose as a bracket the user fills. */
export function placeholderIntent(): Supplied {
  return {
    piece: piece(`I'd love to connect and learn ${INTENT_PLACEHOLDER}`, ['intent'], 'placeholder'),
    change: { checkId: 'intent', description: `Added a purpose for you to fill in: ${INTENT_PLACEHOLDER}` },
  };
}

/** Specific praise as a bracket the user fills. */
export function placeholderPraise(): Supplied {
  return {
    piece: piece(`I enjoyed ${PRAISE_PLACEHOLDER}`, ['praise'], 'placeholder'),
    change: { checkId: 'specific-praise', description: `Added specific praise for you to fill in: ${PRAISE_PLACEHOLDER}` },
  };
}
