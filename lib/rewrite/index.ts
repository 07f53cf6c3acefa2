/**
 * The rewrite engine (SPEC "Rewrite contract"): deterministic variants of a draft that edit it the
 * way a good coach would — minimal and faithful. It keeps every sentence that carries content,
 * repairs or cuts only what the analyzer flags (by each finding's span), removes claims the
 * details contradict, adds a missing purpose as one clause (from the details when they hold it,
 * else as a bracket framed by the note's scenario), and fits the result to two sentences within
 * the plan's limit. A draft in text-speak, or with nothing worth keeping, is rebuilt from its
 * scenario. Every variant is judged as written (`analysis`) and once its brackets are filled
 * (`filled`), and is shown only when it keeps every guarantee and beats the draft on `filled`.
 */
import { analyze, parseNote } from '../analyzer';
import type { NoteDoc } from '../analyzer/document';
import type { Analysis, NoteRequest, RewriteResult, Variant } from '../schema';
import { limitFor } from '../contract';
import { shortenAtWord, textKey, workPhrase } from '../templates/text';
import { addPurpose, fit, isCore, join, joinable, offerPurposeFor, properNounsOf, purposeFor, render, sameText } from './compose';
import { type ChangeNote, editDraft, type EditedDraft, hasVerb, type Line, makesPoint, quote, weightOf } from './edit';
import { factsOf, unsupportedFacts, type Facts } from './facts';
import { danglingReferences, fluencyProblems } from './fluency';
import { INTRO_STARTS, SALUTATIONS, SCENARIO_CUES, SCENARIO_FRAMES, type ScenarioId, type Slot, UNPROFESSIONAL_MIN, UNPROFESSIONAL_WORDS } from './lexicon';
import { bracketsOf, firstWord, hasPhrase, replaceBrackets, wordsOf } from './text';

export { unsupportedFacts } from './facts';
export { danglingReferences, fluencyProblems } from './fluency';

/** A slip of the draft's to fix in every variant (from the proofreader): its span, text and fix. */
export interface Correction {
  span: { start: number; end: number };
  actual: string;
  to: string;
  ruleId: string;
}

/** What a rewrite may be given besides the request. */
export interface RewriteOptions {
  /** The draft's sure slips, fixed before anything else ("polcy" → "policy"); see lib/proofread/gate. */
  corrections?: readonly Correction[];
}

/** The draft with its slips fixed, right to left so spans hold; a correction whose text moved is skipped. */
function corrected(note: string, corrections: readonly Correction[]): { text: string; changes: ChangeNote[] } {
  let text = note;
  const changes: ChangeNote[] = [];
  let before = Number.POSITIVE_INFINITY;
  for (const c of [...corrections].sort((a, b) => b.span.start - a.span.start)) {
    if (c.span.end > before || note.slice(c.span.start, c.span.end) !== c.actual) continue;
    text = text.slice(0, c.span.start) + c.to + text.slice(c.span.end);
    before = c.span.start;
    changes.unshift({ checkId: 'length', description: c.ruleId === 'spelling' ? `Fixed the spelling: ${quote(c.actual)} → ${quote(c.to)}` : `Fixed ${quote(c.actual)} → ${quote(c.to)}` });
  }
  return { text, changes };
}

/** Variant labels: each says truthfully what the variant is. */
export const VARIANT_LABELS = ['Light edit', 'Warm', 'Specific', 'Concise', 'Fresh start', 'Light polish'] as const;
export type VariantLabel = (typeof VARIANT_LABELS)[number];

/** How many of a long draft's lines are weighed for the best cut (the most valuable ones). */
const MAX_CUT_POOL = 6;

/** How many of the best cuts are tried against the guarantees before giving up on a recipe. */
const MAX_CUTS_TRIED = 4;

/** How many of a long draft's possible cuts are judged by the analyzer (each costs an analysis). */
const MAX_CUTS_JUDGED = 4;

/** The most variants a rewrite returns. */
const MAX_VARIANTS = 3;

/** The analyzer's "strong" verdict: such a draft gets at most one light polish. */
const STRONG = 'strong';

/** The greeting a variant opens with: the draft's salutation and name, else "Hi" and the details' first name. */
function greetingOf(doc: NoteDoc, edited: EditedDraft, facts: Facts): string {
  const written = doc.greeting ? doc.text.slice(doc.greeting.start, doc.greeting.end) : '';
  const lower = written.toLowerCase();
  const name = edited.name ?? facts.name;
  const salutation = /^good (?:morning|afternoon|evening)\b/.test(lower) ? `Good ${lower.split(' ')[1] ?? ''}`.replace(/^Good (\p{L})/u, 'Good $1') : (SALUTATIONS[firstWord(written)] ?? 'Hi');
  const word = salutation === 'Dear' && !name ? 'Hi' : salutation;
  return name ? `${word} ${name},` : `${word},`;
}

/** The situation the note is written in, from the analyzer's findings first, then cue words. */
function scenarioOf(doc: NoteDoc, analysis: Analysis, request: NoteRequest): ScenarioId {
  const ids = new Set(analysis.checks.flatMap((c) => c.findings.map((f) => f.ruleId)));
  const norm = doc.norm;
  for (const { id, phrases } of SCENARIO_CUES) {
    if (id === 'sales' && ids.has('sales-pitch')) return 'sales';
    if (phrases.some((p) => hasPhrase(norm, p))) return id;
  }
  if (ids.has('specific-praise') || ids.has('unpraised-reference') || request.profile?.recentWork) return 'post';
  return 'general';
}

/** Whether the draft is written in text-speak or parody slang: rebuilt, not edited. */
function isUnprofessional(doc: NoteDoc): boolean {
  const words = wordsOf(doc.text);
  return words.filter((w) => UNPROFESSIONAL_WORDS.has(w)).length >= UNPROFESSIONAL_MIN;
}

/**
 * Repairs that need no judgment, made before the analyzer reads the draft: a note in capitals is
 * written in sentence case, a missing space after a full stop ("field.Can we") is put back, and a
 * lone "i" is "I".
 */
function mechanicalRepairs(note: string, facts: Facts): { text: string; changes: ChangeNote[] } {
  const changes: ChangeNote[] = [];
  // Thin, figure and no-break spaces read as spaces: the greeting and the sentences are found by them.
  let text = note.replace(/\p{Zs}/gu, ' ');
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    const names = [facts.name, ...(facts.company ? [facts.company] : [])].filter(Boolean);
    text = text
      .split(' ')
      .map((w) => (/[+#/\d]/u.test(w) ? w : w.toLowerCase()))
      .join(' ');
    for (const name of names) text = text.split(name.toLowerCase()).join(name);
    text = text.replace(/(^|[.!?]\s{1,3})(\p{Ll})/gu, (_m, lead: string, ch: string) => lead + ch.toUpperCase());
    changes.push({ checkId: 'red-flags', description: 'Wrote it in sentence case: all capitals read as shouting' });
  }
  // Emoticons (":)", ";-)") are emoji in ASCII.
  const calm = text.replace(/(^|\s)[:;=]-?[)(DPp](?=\s|$)/g, '$1');
  if (calm !== text) changes.push({ checkId: 'red-flags', description: 'Removed the emoticon' });
  // "Hi Adam  Thought it might…": the double space ended the greeting; a comma says so once spaces are one.
  text = calm.replace(/^((?:hi|hello|hey|dear) \p{Lu}[\p{L}'’-]*)[ \t]{2,}(?=\p{Lu})/iu, '$1, ').replace(/[ \t]{2,}/g, ' ').replace(/(\p{Ll}{2})\.(\p{Lu}\p{Ll})/gu, '$1. $2').replace(/(^|[\s(])i(?=[\s',’])/g, '$1I');
  return { text, changes };
}

/** A token that is a web address ("ALMServices.tech", "navasal.com,"); anchored, tested per token. */
const WEB_ADDRESS = /^[^\s.]{0,40}[\p{L}\d-]\.(?:com|io|tech|co|net|org|ai|dev|app)(?:[^\p{L}]|$)/u;

/** "Magdalena, ALMServices.tech „we are minds…”": a name and a web address, no one speaking to the reader. */
function isSignature(text: string): boolean {
  return text.split(/\s/).some((token) => WEB_ADDRESS.test(token)) && !/\b(?:i|i'm|i'd|my|you|your)\b/.test(text.toLowerCase().replace(/’/g, "'"));
}

/** A candidate before judging: its label, lines and notes. */
interface Candidate {
  label: VariantLabel;
  lines: Line[];
  changes: ChangeNote[];
}

/** Fills each bracket with the content it asks for, for `filled`. */
function filledText(text: string, slots: readonly Slot[]): string {
  let out = text;
  for (const slot of slots) out = out.split(slot.text).join(slot.sample);
  // A bracket from the draft itself ("[topic]") holds what its own words say.
  return replaceBrackets(out, (b) => b.slice(1, -1));
}

/**
 * Rewrites a validated request into up to three variants, best first. Every draft that is not
 * strong gets at least one; a strong draft gets none or one light polish. Deterministic: no
 * clock, no randomness, stable order.
 */
export function rewrite(request: NoteRequest, options: RewriteOptions = {}): RewriteResult {
  const limit = limitFor(request.plan);
  const analyses = new Map<string, Analysis>();
  const judge = (note: string): Analysis => {
    let analysis = analyses.get(note);
    if (!analysis) {
      analysis = analyze({ ...request, note });
      analyses.set(note, analysis);
    }
    return analysis;
  };
  const draft = judge(request.note);
  const strong = draft.verdict === STRONG;
  const facts = factsOf(request);
  // Mechanical repairs first (a shouted note, "field.Can we", a lone "i"), then the analyzer reads
  // the repaired draft, so every finding's span is on the text being edited.
  const fixed = corrected(request.note, options.corrections ?? []);
  const repaired = mechanicalRepairs(fixed.text, facts);
  const working = { text: repaired.text, changes: [...fixed.changes, ...repaired.changes] };
  const doc = parseNote(working.text);
  const sentences = doc.sentences.map((s) => {
    const text = doc.text.slice(s.start, s.end);
    const lower = text.toLowerCase().replace(/’/g, "'");
    return { text, aboutSender: [...INTRO_STARTS].some((start) => lower.startsWith(`${start} `)) };
  });
  const edited = editDraft(doc, working.text === request.note ? draft : judge(working.text), { ...request, note: working.text }, facts);
  const greeting = greetingOf(doc, edited, facts);
  const scenario = scenarioOf(doc, draft, request);
  const proper = properNounsOf(request.note, [request.profile?.name ?? '', request.profile?.company ?? '', request.sender?.name ?? '', request.sender?.company ?? '', ...(request.profile?.schools ?? []), ...(request.profile?.mutualConnections ?? []), ...(request.sender?.schools ?? [])]);

  const common: ChangeNote[] = [];
  const mismatch = draft.checks.find((c) => c.id === 'red-flags')?.findings.find((f) => f.ruleId === 'name-mismatch');
  if (mismatch && edited.name && request.profile?.name) {
    common.push({ checkId: 'red-flags', description: `Kept “${edited.name}” from your draft: the recipient’s details say ${request.profile.name}, so check they belong to this person` });
  } else if (!doc.greeting?.name && facts.name) {
    common.push({ checkId: 'red-flags', description: `Greeted them by name, ${facts.name}` });
  }
  if (doc.signOff) common.push({ checkId: 'length', description: `Dropped the sign-off ${quote(doc.text.slice(doc.signOff.start, doc.signOff.end))}: LinkedIn shows your name` });
  common.push(...working.changes, ...edited.changes);

  const unprofessional = isUnprofessional(doc);
  const keptWords = edited.lines.reduce((n, l) => n + wordsOf(l.text).length, 0);
  const rebuild = unprofessional || keptWords < 4;
  const praised = edited.lines.find((l) => l.roles.has('praise'))?.text;
  // A purpose, a wish or a question put to them needs nothing added; an offer alone gets what the
  // sender wants to hear from them; a note with no point gets the scenario's purpose.
  const hasPurpose = edited.lines.some((l) => makesPoint(l) && !l.roles.has('offer'));
  const offers = !hasPurpose && edited.lines.some((l) => l.roles.has('offer'));
  const purpose = offers && !facts.goal ? offerPurposeFor(scenario) : purposeFor(scenario, facts, praised);

  const candidates: Candidate[] = [];
  const withPurpose = (lines: Line[]): { lines: Line[]; changes: ChangeNote[] } => {
    if (hasPurpose || strong) return { lines, changes: [] };
    // A pleasantry of a few words ("Good to meet you", "No worries if not") gives way to the purpose.
    const last = lines[lines.length - 1];
    const closing = last && lines.length > 1 && !['purpose', 'praise', 'wish', 'intro'].some((r) => last.roles.has(r as never)) && wordsOf(last.text).length <= 5 ? [last] : [];
    const pleasantries = [...new Set([...lines.filter((l) => l.roles.size === 1 && l.roles.has('context') && wordsOf(l.text).length <= 5), ...closing])];
    const kept = lines.filter((l) => !pleasantries.includes(l));
    return {
      lines: addPurpose(kept, purpose),
      changes: [purpose.change, ...pleasantries.filter((l) => !kept.includes(l)).map((l) => ({ checkId: 'intent' as const, description: `Replaced ${quote(l.text)} with the reason you are writing` }))],
    };
  };

  // A rebuild from the scenario: the frame's opener (or the details' praise), then the purpose.
  const frameLines = (): Candidate => {
    const frame = SCENARIO_FRAMES[scenario];
    const lines: Line[] = [];
    let praiseFromDetails = false;
    const notes: ChangeNote[] = [
      { checkId: 'red-flags', description: unprofessional ? 'Rewrote it in plain, professional words: text-speak and slang read as spam' : 'Started afresh: little of the draft could stand in a note' },
    ];
    if (facts.recentWork && workPhrase(facts.recentWork).startsWith('your ')) {
      lines.push({ text: `I enjoyed ${shortenAtWord(workPhrase(facts.recentWork), 100)}`, terminal: '.', roles: new Set(['praise']), order: -1, source: 'added', slots: [] });
      praiseFromDetails = true;
    } else if (frame.opener) {
      const o = frame.opener;
      lines.push({ text: `${o.before}${o.slot.text}${o.after}`, terminal: '.', roles: new Set(['intro']), order: -1, source: 'added', slots: [o.slot] });
    }
    const p = praiseFromDetails ? purposeFor(scenario, { ...facts, recentWork: undefined }, undefined) : hasPurpose ? purposeFor(scenario, facts, undefined) : purpose;
    return { label: 'Fresh start', lines: addPurpose(lines, p), changes: [...notes, p.change] };
  };

  if (rebuild && !strong) {
    candidates.push(frameLines());
  } else {
    const base = withPurpose(edited.lines);
    // An offer that already reads well is left to stand; the clause of what they want to hear is
    // added only when the plain edit does not help.
    if (offers && !strong && !edited.cutPoint) candidates.push({ label: 'Light edit', lines: edited.lines, changes: [] });
    candidates.push({ label: strong ? 'Light polish' : 'Light edit', lines: base.lines, changes: base.changes });
    if (!strong) {
      // Warm: the shared ground or praise the details hold and the draft lacks, as one more clause.
      const extra = detailsClause(facts, edited.lines);
      if (extra) candidates.push({ label: 'Warm', lines: [extra.line, ...base.lines], changes: [extra.change, ...base.changes] });
      // Specific: praise of their work as a bracket, for drafts that praise nothing specific.
      if (!extra && !edited.lines.some((l) => l.roles.has('praise') || l.roles.has('reference'))) {
        const praise = SCENARIO_FRAMES[scenario].praise;
        const line: Line = { text: `${praise.before}${praise.slot.text}${praise.after}`, terminal: '.', roles: new Set(['praise']), order: -1, source: 'added', slots: [praise.slot] };
        const changes = [{ checkId: 'specific-praise' as const, description: `Added praise of their work to fill in: ${praise.slot.text}` }, ...base.changes];
        candidates.push({ label: 'Specific', lines: [line, ...base.lines], changes });
        // Where it cannot open the note, the praise leads into the sentence that says why they write.
        const point = base.lines.findIndex((l) => makesPoint(l) || l.roles.has('vague'));
        if (point > 0) candidates.push({ label: 'Specific', lines: [...base.lines.slice(0, point), { ...line, order: (base.lines[point]?.order ?? 0) - 0.5 }, ...base.lines.slice(point)], changes });
      }
      // Concise: the purpose alone, when the rest is long.
      const purposeLines = base.lines.filter((l) => l.roles.has('purpose'));
      if (purposeLines.length === 1 && purposeLines[0]?.source === 'draft' && base.lines.length > 1) candidates.push({ label: 'Concise', lines: purposeLines, changes: [...base.changes, { checkId: 'length', description: 'Kept only the reason you are writing' }] });
      // A pitch, a recruiter's form letter or a mostly flagged draft also gets a fresh start.
      const flags = new Set(draft.checks.find((c) => c.id === 'red-flags')?.findings.map((f) => f.ruleId));
      if (flags.size >= 2 || ((scenario === 'recruiter' || scenario === 'sales') && flags.size >= 1)) candidates.push(frameLines());
    }
  }

  // "Keep every sentence that carries content unless the note is over the limit or past two sentences."
  const draftFits = draft.stats.sentences <= 2 && request.note.length <= limit;
  const accepted: Variant[] = [];
  /**
   * For a draft past two sentences or the limit: the one or two lines (in order) that make the best
   * note once filled — what the analyzer would say of each cut, tie-broken by what the lines are
   * worth, then by keeping the earlier ones. A line that refers back to a dropped one goes with it.
   */
  const bestCuts = (lines: readonly Line[]): Array<NonNullable<ReturnType<typeof fit>>> => {
    const pool = lines
      .map((l, i) => ({ l, i }))
      // A line that says nothing (no verb, no praise, shared ground or purpose) is no candidate: "Magdalena, Acme.tech".
      .filter(({ l }) => l.source === 'added' || ['purpose', 'wish', 'praise', 'shared', 'intro', 'vague'].some((r) => l.roles.has(r as never)) || (hasVerb(l.text) && !isSignature(l.text)))
      .sort((a, b) => weightOf(b.l) - weightOf(a.l) || a.i - b.i)
      .slice(0, MAX_CUT_POOL)
      .sort((a, b) => a.i - b.i);
    // Units to keep: single lines, and neighbours joined with a real connective ("…, and I'm…").
    const units: Array<{ l: Line; covers: number[] }> = [];
    for (const p of pool) {
      units.push({ l: p.l, covers: [p.i] });
      const next = lines[p.i + 1];
      if (next && pool.some((q) => q.i === p.i + 1) && joinable(p.l, next)) units.push({ l: join(p.l, next), covers: [p.i, p.i + 1] });
    }
    const hasPoint = lines.some(makesPoint);
    const found: Array<{ fitted: NonNullable<ReturnType<typeof fit>>; score: number; weight: number; core: number; covered: number; order: number }> = [];
    // Every ordered choice of one or two units, the most valuable first; only the best few are judged.
    const choices: Array<{ picked: Array<(typeof units)[number]>; weight: number }> = [];
    for (let a = 0; a < units.length; a++) {
      for (let b = a; b < units.length; b++) {
        const ua = units[a] as (typeof units)[number];
        const ub = units[b] as (typeof units)[number];
        if (a !== b && (ub.covers[0] ?? 0) <= (ua.covers[ua.covers.length - 1] ?? 0)) continue;
        const picked = a === b ? [ua] : [ua, ub];
        if (hasPoint && !picked.some((p) => makesPoint(p.l))) continue;
        choices.push({ picked, weight: picked.reduce((w, p) => w + weightOf(p.l), 0) });
      }
    }
    choices.sort((x, y) => y.weight - x.weight);
    // Cheap checks first; only cuts that keep the text-only promises cost an analysis.
    let judged = 0;
    for (const { picked } of choices) {
      if (judged >= MAX_CUTS_JUDGED) break;
      const sub = picked.map((p) => p.l);
      const kept = new Set(picked.flatMap((p) => p.covers));
      const gone = new Set([...edited.dropped, ...lines.filter((_, i) => !kept.has(i)).map((l) => l.order)]);
      const fitted = fit(greeting, sub, limit, gone, { keepContent: true, orders: lines.filter((l) => l.source === 'draft').map((l) => l.order) });
      if (!fitted || fitted.lines.length !== sub.length) continue;
      const text = render(greeting, fitted.lines, proper);
      if (!keepsGuarantees(text, greeting, fitted.lines, request, facts, edited, sentences)) continue;
      // A strong draft is polished, never cut: every line with content stays (joined, not dropped).
      if (strong && lines.some((l, i) => !kept.has(i) && l.source === 'draft' && weightOf(l) >= 1 && wordsOf(l.text).length > 5)) continue;
      judged += 1;
      const score = judge(filledText(text, fitted.lines.flatMap((l) => l.slots))).score;
      const weight = sub.reduce((w, l) => w + weightOf(l), 0);
      const left = lines.filter((_, i) => !kept.has(i) && lines[i]?.source === 'draft');
      const core = fitted.lines.filter((l) => l.source === 'draft' && isCore(l)).length;
      const covered = fitted.lines.reduce((n, l) => n + (l.covers?.length ?? (l.source === 'draft' ? 1 : 0)), 0);
      found.push({ fitted: { lines: fitted.lines, changes: [...fitted.changes, ...left.map((l) => ({ checkId: 'length' as const, description: `Left out ${quote(l.text)} to keep it to two sentences` }))] }, score, weight, core, covered, order: found.length });
    }
    // The note's purpose and offer stay whenever a cut can keep them; then the analyzer's word.
    // Equal worth: the cut that keeps more of the draft's sentences (a join over a drop).
    return found.sort((x, y) => y.core - x.core || y.score - x.score || y.weight - x.weight || y.covered - x.covered || x.order - y.order).slice(0, MAX_CUTS_TRIED).map((f) => f.fitted);
  };
  const consider = (candidate: Candidate, protect: boolean) => {
    if (accepted.length >= MAX_VARIANTS || accepted.some((v) => v.label === candidate.label)) return;
    if (draftFits || candidate.lines.length <= 2) judgeFitted(candidate, fit(greeting, candidate.lines, limit, edited.dropped, { protect, keepContent: draftFits }));
    else for (const cut of bestCuts(candidate.lines)) if (judgeFitted(candidate, cut)) break;
  };
  /** Judges one fitted candidate and keeps it if it keeps every promise; true when kept. */
  const judgeFitted = (candidate: Candidate, fitted: ReturnType<typeof fit>): boolean => {
    if (!fitted) return false;
    const text = render(greeting, fitted.lines, proper);
    if (sameText(text, request.note)) return false;
    // "Warm" and "Specific" say they add something: a cut that lost the addition is not either.
    const additions = candidate.lines.filter((l) => l.source === 'added' && (l.roles.has('praise') || l.roles.has('shared')));
    if ((candidate.label === 'Warm' || candidate.label === 'Specific') && !additions.every((a) => text.toLowerCase().includes(a.text.toLowerCase()))) return false;
    if (!keepsGuarantees(text, greeting, fitted.lines, request, facts, edited, sentences)) return false;
    // "Concise" is worth an analysis only when it is the shortest so far.
    if (candidate.label === 'Concise' && accepted.some((v) => v.text.length <= text.length)) return false;
    if (accepted.some((v) => sameText(v.text, text) || differsByAWord(v.text, text))) return false;
    const analysis = judge(text);
    if (analysis.stats.sentences > 2) return false;
    const slots = fitted.lines.flatMap((l) => l.slots);
    const filled = judge(filledText(text, slots));
    if (strong ? filled.score < draft.score : filled.score <= draft.score) return false;
    if (accepted.some((v) => sameText(v.text, text) || differsByAWord(v.text, text))) return false;
    const placeholders = [...new Set(bracketsOf(text))];
    const changes = dedupe([...common, ...candidate.changes, ...fitted.changes]);
    // A variant that differs only in punctuation it cannot name is not worth a card.
    if (changes.length === 0) return false;
    accepted.push({ label: candidate.label, text, changes, placeholders, analysis, filled });
    return true;
  };
  // Variants that add to the draft may not cost it a sentence with content, unless nothing else helps.
  for (const candidate of candidates) consider(candidate, candidate.label === 'Warm' || candidate.label === 'Specific');
  if (accepted.length === 0) for (const candidate of candidates) consider(candidate, false);
  // A fresh start as a last resort only where the draft holds nothing a reader would miss.
  const content = edited.lines.some((l) => weightOf(l) >= 2);
  if (accepted.length === 0 && !strong && !rebuild && !content) consider(frameLines(), false);
  // "Concise" must be the shortest; otherwise it is not offered.
  const concise = accepted.find((v) => v.label === 'Concise');
  const variants = accepted.filter((v) => v !== concise || accepted.every((o) => o === v || o.text.length > v.text.length));
  if (strong) return { variants: variants.slice(0, 1) };
  return { variants: variants.slice(0, MAX_VARIANTS) };
}

/** The shared ground or praise the details hold and the draft does not say, as a line to open with. */
function detailsClause(facts: Facts, lines: readonly Line[]): { line: Line; change: ChangeNote } | undefined {
  const has = (role: 'praise' | 'shared') => lines.some((l) => l.roles.has(role));
  const said = textKey(lines.map((l) => l.text).join(' '));
  if (!has('praise') && facts.recentWork && workPhrase(facts.recentWork).startsWith('your ') && !said.includes(textKey(facts.recentWork))) {
    return {
      line: { text: `I enjoyed ${shortenAtWord(workPhrase(facts.recentWork), 100)}`, terminal: '.', roles: new Set(['praise']), order: -1, source: 'added', slots: [] },
      change: { checkId: 'specific-praise', description: 'Opened with their recent work, from the details' },
    };
  }
  if (!has('shared') && facts.sharedSchool && !said.includes(textKey(facts.sharedSchool))) {
    return {
      line: { text: `We're both ${facts.sharedSchool} alumni`, terminal: '.', roles: new Set(['shared']), order: -1, source: 'added', slots: [] },
      change: { checkId: 'shared-ground', description: `Named the school you share, ${facts.sharedSchool}` },
    };
  }
  if (!has('shared') && facts.mutual && !said.includes(textKey(facts.mutual))) {
    return {
      line: { text: `I see we both know ${facts.mutual}`, terminal: '.', roles: new Set(['shared']), order: -1, source: 'added', slots: [] },
      change: { checkId: 'shared-ground', description: `Named the person you both know, ${facts.mutual}` },
    };
  }
  return undefined;
}

/** The promises a variant's text keeps on its own: limit, name, no invented fact, fluent. */
function keepsGuarantees(text: string, greeting: string, lines: readonly Line[], request: NoteRequest, facts: Facts, edited: EditedDraft, sentences: ReadonlyArray<{ text: string; aboutSender: boolean }>): boolean {
  if (text.trim() === '' || text.length > limitFor(request.plan)) return false;
  const name = edited.name ?? facts.name;
  if (name && !text.includes(name)) return false;
  if (unsupportedFacts(text, request).length > 0) return false;
  return fluencyProblems(text, greeting, lines).length === 0 && danglingReferences(lines, sentences).length === 0;
}

/** Whether two texts differ in at most one word (then only one is worth showing). */
function differsByAWord(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return Math.max(x.length, y.length) - i - j <= 1;
}

/** Removes repeated change notes, keeping the first. */
function dedupe(changes: readonly ChangeNote[]): ChangeNote[] {
  const seen = new Set<string>();
  return changes.filter((c) => !seen.has(`${c.checkId}|${c.description}`) && Boolean(seen.add(`${c.checkId}|${c.description}`)));
}

