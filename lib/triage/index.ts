/**
 * Triage: should I accept this invitation? The other side of the coach. Each invitation's note is
 * read by the same analyzer that coaches senders (its red-flag rules are the recipient's criteria
 * too), its headline and name by the same vocabulary, and every criterion that holds becomes a
 * reason with its evidence. The criteria table (./criteria) decides what each reason does under
 * the chosen preset and the user's overrides. Pure and synchronous: no Next, no Node.
 */
import { analyze } from '../analyzer';
import { GENERIC_INDUSTRY_WORDS, GENERIC_SCHOOL_WORDS } from '../analyzer/lexicon/shared-ground';
import { STOPWORDS } from '../analyzer/lexicon/stopwords';
import type { PhraseNet, Word } from '../analyzer/phrases';
import type { Analysis, Finding, Invitation, Sender, TriageReason, TriageRequest, TriageResponse, TriageResult } from '../schema';
import {
  CRITERIA_BY_ID,
  type CriterionId,
  type Decision,
  DEFAULT_PRESET,
  type Effect,
  effectOf,
  KEYWORD_IGNORE_WEIGHT,
  KEYWORD_MESSAGES,
  PRESETS,
  type PresetId,
} from './criteria';
import {
  countEmoji,
  type FieldSpan,
  type FieldText,
  findBuzzwords,
  findCountBragging,
  findEmojiRuns,
  findKeywords,
  findScamSigns,
  keywordNet,
  readField,
  type ScamHit,
  scamKindLabel,
} from './fields';
import { GENERIC_ROLE_WORDS, GOAL_WINDOW, MIN_PREFIX_MATCH } from './lexicon/fit';
import { SCAM_THRESHOLD } from './lexicon/scam';
import { buildReply } from './reply';

export { CRITERIA, CRITERIA_BY_ID, CRITERION_IDS, DEFAULT_PRESET, PRESET_IDS, PRESETS, effectOf } from './criteria';
export type { Criterion, CriterionId, Decision, Effect, Preset, PresetId } from './criteria';
export { buildReply } from './reply';

/** Fewest connections a real, active profile usually has (SPEC: "under 50 connections"). */
export const FEW_CONNECTIONS = 50;

/** Score bands per decision, so a score always reads the same way as its decision. */
const BANDS: Record<Decision, [number, number]> = { ignore: [0, 39], review: [40, 69], accept: [70, 100] };
const BASE_SCORE = 50;
const DECISION_ORDER: Record<Decision, number> = { ignore: 0, review: 1, accept: 2 };

const stopwords = new Set(STOPWORDS);
const genericWords = new Set([...GENERIC_ROLE_WORDS, ...GENERIC_SCHOOL_WORDS, ...GENERIC_INDUSTRY_WORDS]);

/** What a criterion found: its evidence when it points at text, and a message when not the default. */
interface Hit {
  criterion: CriterionId;
  evidence?: FieldSpan;
  message?: string;
  /** Overrides the criterion's effect (the keyword lists decide their own direction). */
  effect?: Effect;
}

/** Everything that stays the same for every invitation of a request, computed once. */
interface Setup {
  preset: PresetId;
  rules: Partial<Record<CriterionId, Effect>>;
  me: Sender;
  meTerms: string[][];
  meRoleWords: string[];
  /** The distinctive words of my goal ("hire data engineers" → data, engineers). */
  goalWords: string[];
  acceptNet?: PhraseNet;
  ignoreNet?: PhraseNet;
}

/** Does word `a` stand for word `b` ("engineer" and "engineering")? */
function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= MIN_PREFIX_MATCH && (a.startsWith(b) || b.startsWith(a));
}

/** Distinctive words of a detail: no function words, no ranks, no "University of". */
function distinctive(value: string | undefined): string[] {
  return readField('note', value ?? '')
    .words.map((w) => w.word)
    .filter((w) => w.length > 1 && !stopwords.has(w) && !genericWords.has(w));
}

/** The first place where a field's words run through all of `terms` in order. */
function findTerms(f: FieldText, terms: readonly string[]): FieldSpan | undefined {
  if (terms.length === 0) return undefined;
  const words: Word[] = f.words;
  for (let i = 0; i + terms.length <= words.length; i++) {
    let j = 0;
    while (j < terms.length && wordsMatch((words[i + j] as Word).word, terms[j] as string)) j++;
    if (j === terms.length) return { start: (words[i] as Word).start, end: (words[i + terms.length - 1] as Word).end, field: f.field };
  }
  return undefined;
}

function setUp(request: TriageRequest): Setup {
  const me = request.me ?? {};
  const meTerms = [me.company, me.industry, ...(me.schools ?? [])].map(distinctive).filter((t) => t.length > 0);
  const meRoleWords = [...new Set([me.headline, me.industry, me.goal].flatMap(distinctive))];
  return {
    preset: request.criteria?.preset ?? DEFAULT_PRESET,
    rules: request.criteria?.rules ?? {},
    me,
    meTerms,
    meRoleWords,
    goalWords: distinctive(me.goal).slice(0, 4),
    acceptNet: keywordNet(request.criteria?.keywords?.accept),
    ignoreNet: keywordNet(request.criteria?.keywords?.ignore),
  };
}

/** Where a field holds every word of my goal within a short stretch ("data engineer" for "hire data engineers"). */
function findGoal(f: FieldText, goalWords: readonly string[]): FieldSpan | undefined {
  if (goalWords.length === 0) return undefined;
  const at = goalWords.map((g) => f.words.find((w) => wordsMatch(w.word, g)));
  if (at.some((w) => w === undefined)) return undefined;
  const start = Math.min(...at.map((w) => (w as Word).start));
  const end = Math.max(...at.map((w) => (w as Word).end));
  return end - start <= GOAL_WINDOW ? { start, end, field: f.field } : undefined;
}

/** A finding of the analysis as evidence in the note. */
function noteEvidence(finding: Finding | undefined): FieldSpan | undefined {
  return finding ? { field: 'note', start: finding.span.start, end: finding.span.end } : undefined;
}

function checkOf(analysis: Analysis | undefined, id: string) {
  return analysis?.checks.find((c) => c.id === id);
}

function redFlag(analysis: Analysis | undefined, ruleId: string): Finding[] {
  return checkOf(analysis, 'red-flags')?.findings.filter((f) => f.ruleId === ruleId) ?? [];
}

/** Good signs and warning signs of one invitation. */
function findHits(inv: Invitation, setup: Setup, analysis: Analysis | undefined): Hit[] {
  const hits: Hit[] = [];
  const note = readField('note', inv.note ?? '');
  const headline = readField('headline', inv.headline ?? '');
  const name = readField('name', inv.name);
  const fields = [note, headline, name];
  const hasNote = note.text.trim().length > 0;
  const mutualNames = (inv.mutualNames ?? []).filter((n) => n.trim().length > 0);

  // Good signs.
  const intent = checkOf(analysis, 'intent');
  if (intent?.status === 'pass') hits.push({ criterion: 'clear-intent', evidence: noteEvidence(intent.findings[0]) });

  const shared = checkOf(analysis, 'shared-ground');
  const sharedInHeadline = setup.meTerms.map((t) => findTerms(headline, t)).find(Boolean);
  const goal = findGoal(headline, setup.goalWords) ?? findGoal(note, setup.goalWords);
  if (shared?.status === 'pass') hits.push({ criterion: 'shared-ground', evidence: noteEvidence(shared.findings[0]) });
  else if (sharedInHeadline) hits.push({ criterion: 'shared-ground', evidence: sharedInHeadline, message: 'Their headline shares your school, company or field.' });
  else if (goal) hits.push({ criterion: 'shared-ground', evidence: goal, message: 'They match what you are looking for.' });
  else if (mutualNames.length > 0)
    hits.push({ criterion: 'shared-ground', message: `You share ${mutualNames.length === 1 ? 'a mutual connection' : `${mutualNames.length} named mutual connections`}.` });
  const fitsMe =
    hits.some((h) => h.criterion === 'shared-ground') || setup.meRoleWords.some((w) => [note, headline].some((f) => findTerms(f, [w])));

  const praise = checkOf(analysis, 'specific-praise');
  if (praise?.status === 'pass') hits.push({ criterion: 'specific-praise', evidence: noteEvidence(praise.findings[0]) });

  // Silence and blankness.
  const mutuals = Math.max(inv.mutualConnections ?? 0, mutualNames.length);
  if (!hasNote && mutuals === 0) hits.push({ criterion: 'no-note-no-mutuals' });
  const signals = inv.signals ?? {};
  const noHeadline = headline.text.trim().length === 0;
  if (noHeadline && (signals.hasPhoto === false || (signals.connections !== undefined && signals.connections < FEW_CONNECTIONS))) {
    hits.push({ criterion: 'blank-profile' });
  }

  // The analyzer's red flags in the note, and the same vocabulary in the headline and name.
  for (const id of ['boilerplate', 'sales-pitch', 'early-ask'] as const) {
    const found = redFlag(analysis, id)[0];
    if (found) hits.push({ criterion: id, evidence: noteEvidence(found) });
  }
  const bragging = noteEvidence(redFlag(analysis, 'count-bragging')[0]) ?? findCountBragging(headline)[0] ?? findCountBragging(name)[0];
  if (bragging) hits.push({ criterion: 'count-bragging', evidence: bragging });
  const buzzword = noteEvidence(redFlag(analysis, 'buzzword-title')[0]) ?? findBuzzwords(headline)[0] ?? findBuzzwords(name)[0];
  if (buzzword) hits.push({ criterion: 'buzzword-title', evidence: buzzword });
  // A single 🚀 in a launch announcement is not a run: the analyzer's emoji findings count only in twos.
  const emojiInNote = redFlag(analysis, 'emoji');
  const noteRun = emojiInNote.length === 0 ? undefined : (emojiInNote.find((f) => countEmoji(f.actual) >= 2) ?? (countEmoji(note.text) >= 3 ? emojiInNote[0] : undefined));
  const emoji = noteEvidence(noteRun) ?? findEmojiRuns(headline)[0] ?? findEmojiRuns(name)[0];
  if (emoji) hits.push({ criterion: 'emoji', evidence: emoji });

  // Scam signs: each kind counts once; a job offer counts only when it has nothing to do with you.
  const scam = new Map<string, ScamHit>();
  for (const f of [note, headline]) {
    for (const h of findScamSigns(f)) {
      const weight = h.kind === 'job-offer' && fitsMe ? 0 : h.weight;
      const known = scam.get(h.kind);
      if (weight > 0 && (!known || weight > known.weight)) scam.set(h.kind, { ...h, weight });
    }
  }
  const signs = [...scam.values()].sort((a, b) => b.weight - a.weight);
  if (signs.reduce((sum, s) => sum + s.weight, 0) >= SCAM_THRESHOLD) {
    const kinds = signs.map((s) => scamKindLabel(s.kind));
    hits.push({ criterion: 'scam', evidence: signs[0], message: `${CRITERIA_BY_ID.scam.message} Signs: ${kinds.join('; ')}.` });
  }

  // The user's own words.
  const ignored = fields.flatMap((f) => findKeywords(setup.ignoreNet, f))[0];
  if (ignored) hits.push({ criterion: 'keyword', evidence: ignored, message: KEYWORD_MESSAGES.ignore, effect: 'ignore' });
  const accepted = fields.flatMap((f) => findKeywords(setup.acceptNet, f))[0];
  if (accepted) hits.push({ criterion: 'keyword', evidence: accepted, message: KEYWORD_MESSAGES.accept, effect: 'accept' });
  return hits;
}

/** The text of a field, for evidence. */
function fieldText(inv: Invitation, field: FieldSpan['field']): string {
  return field === 'note' ? (inv.note ?? '') : field === 'headline' ? (inv.headline ?? '') : inv.name;
}

/** Judges one invitation. */
function triageOne(inv: Invitation, setup: Setup): TriageResult {
  const hasNote = (inv.note ?? '').trim().length > 0;
  const me = setup.me;
  const analysis = hasNote
    ? analyze({
        note: inv.note ?? '',
        // The note is addressed to me: I am its recipient profile; the invitation's person is its sender.
        profile: { name: me.name, headline: me.headline, company: me.company, industry: me.industry, schools: me.schools, mutualConnections: inv.mutualNames },
        sender: { name: inv.name, headline: inv.headline },
      })
    : undefined;
  const hits = findHits(inv, setup, analysis);

  const reasons: TriageReason[] = [];
  const held = new Set<CriterionId>();
  let score = BASE_SCORE;
  let acceptedByKeyword = false;
  for (const hit of hits) {
    const ruleEffect = effectOf(hit.criterion, setup.preset, setup.rules);
    if (ruleEffect === 'off') continue;
    // A keyword list sets its own direction; the criterion's rule only switches it off.
    const effect = hit.effect ?? ruleEffect;
    if (effect === 'off') continue;
    held.add(hit.criterion);
    const criterion = CRITERIA_BY_ID[hit.criterion];
    score += hit.criterion === 'keyword' ? (effect === 'accept' ? criterion.weight : KEYWORD_IGNORE_WEIGHT) : criterion.weight;
    if (hit.criterion === 'keyword' && effect === 'accept') acceptedByKeyword = true;
    const reason: TriageReason = { criterion: hit.criterion, effect, message: hit.message ?? criterion.message };
    if (hit.evidence) {
      const text = fieldText(inv, hit.evidence.field);
      reason.evidence = { field: hit.evidence.field, span: { start: hit.evidence.start, end: hit.evidence.end }, actual: text.slice(hit.evidence.start, hit.evidence.end) };
    }
    reasons.push(reason);
  }

  const preset = PRESETS[setup.preset];
  let decision: Decision;
  if (reasons.some((r) => r.effect === 'ignore')) decision = 'ignore';
  else if (reasons.some((r) => r.effect === 'review')) decision = 'review';
  else {
    const missing = acceptedByKeyword ? [] : preset.requires.filter((id) => !held.has(id) && effectOf(id, setup.preset, setup.rules) !== 'off');
    for (const id of missing) reasons.push({ criterion: id, effect: 'review', message: CRITERIA_BY_ID[id].missing ?? CRITERIA_BY_ID[id].message });
    if (missing.length > 0) decision = 'review';
    else if (reasons.some((r) => r.effect === 'accept')) decision = 'accept';
    else decision = preset.fallback;
  }
  // The reasons that decided come first.
  reasons.sort((a, b) => Number(b.effect === decision) - Number(a.effect === decision) || DECISION_ORDER[a.effect] - DECISION_ORDER[b.effect]);

  const intent = checkOf(analysis, 'intent');
  const [low, high] = BANDS[decision];
  const result: TriageResult = { decision, score: Math.max(low, Math.min(high, Math.round(score))), reasons };
  if (analysis) result.analysis = analysis;
  if (decision === 'accept') {
    // The purpose as the note says it, from the intent evidence to the end of its clause.
    const found = intent?.status === 'pass' ? intent.findings[0] : undefined;
    const purpose = found ? (inv.note ?? '').slice(found.span.start) : undefined;
    result.reply = buildReply(inv.name, purpose);
  }
  return result;
}

/** Triages invitations in input order. Never throws; the same request always gives the same answer. */
export function triage(request: TriageRequest): TriageResponse {
  const setup = setUp(request);
  const results = request.invitations.map((inv) => triageOne(inv, setup));
  const summary = { accept: 0, review: 0, ignore: 0 };
  for (const r of results) summary[r.decision]++;
  return { results, summary };
}
