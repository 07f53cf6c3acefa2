/**
 * The rewrite engine: deterministic variants of a draft that fix what failed, built from the
 * draft's own words and the details (see SPEC "Rewrite contract").
 *
 * How: the analyzer reads the draft; the engine cuts it into clauses, gives each a role (greeting,
 * shared ground, praise, intent, context, filler, red flag), drops what hurts, tightens what stays,
 * supplies what is missing from the details (goal → intent, shared school → "fellow … alum",
 * recent work → specific praise), and packs the result into at most two sentences within the
 * plan's limit. Each candidate is analyzed again and kept only if it keeps every guarantee and
 * scores at least as well as the draft; a bracketed placeholder is used only when nothing the
 * user gave can fix a check.
 */
import { analyze } from '../analyzer';
import type { Analysis, CheckResult, NoteRequest, RewriteResult, Variant } from '../schema';
import { limitFor } from '../contract';
import { textKey } from '../templates/text';
import { compose, render, sentencesOf, weightOf } from './compose';
import { factsOf, unsupportedFacts, type Facts } from './facts';
import { parseDraft, type ParsedDraft } from './parse';
import { CONTENT_INTENT, type Role } from './lexicon';
import {
  dedupe,
  draftPieces,
  INTENT_PLACEHOLDER,
  realize,
  PRAISE_PLACEHOLDER,
  placeholderIntent,
  placeholderPraise,
  restatedPurpose,
  suppliedIntents,
  suppliedPraise,
  suppliedShared,
  sharedIntents,
  topicIntents,
  topicOf,
  type ChangeNote,
  type Piece,
  type Supplied,
} from './pieces';

export { unsupportedFacts } from './facts';
export { parseDraft } from './parse';

/** Variant labels, in the order used to break score ties. */
export const VARIANT_LABELS = ['Warm', 'Concise', 'Specific', 'Your words'] as const;
export type VariantLabel = (typeof VARIANT_LABELS)[number];

/** The most variants a rewrite returns (the page shows a rewrite plus up to two alternatives). */
const MAX_VARIANTS = 3;

/** How many purposes drawn from the details are tried per recipe. */
const MAX_SUPPLIED_INTENTS = 3;

/** How far below the best rewrite an alternative may score and still be shown. */
const MAX_SCORE_GAP = 20;

/** A generic closing used only when neither the draft nor the details give any purpose. */
const PLAIN_CONNECT: Piece = { text: "I'd love to connect", terminal: '.', roles: new Set(['vague-intent']), source: 'details', commonStart: false };

/** The greeting a variant opens with, and the change when it differs from the draft's. */
function greetingOf(draft: ParsedDraft, facts: Facts, note: string): { text: string; change?: ChangeNote } {
  const written = draft.greeting ? note.slice(draft.greeting.start, draft.greeting.end) : '';
  const raw = draft.greeting?.salutation ?? 'Hi';
  // "Dear," without a name reads as a form letter: fall back to "Hi," then.
  const salutation = facts.name === '' && /^dear$/i.test(raw) ? 'Hi' : raw.charAt(0).toUpperCase() + raw.slice(1).toLowerCase();
  const text = facts.name ? `${salutation} ${facts.name},` : `${salutation},`;
  const draftName = draft.greeting?.name ?? '';
  if (draftName !== '' && facts.name !== '' && textKey(draftName) !== textKey(facts.name) && !/[[{<]/.test(draftName) && !/sir|madam/i.test(draftName)) {
    return { text, change: { checkId: 'red-flags', description: `Greeted them by their name, ${facts.name} (the draft said ${draftName})` } };
  }
  if (/[[{<]/.test(draftName) && facts.name) {
    return { text, change: { checkId: 'red-flags', description: `Replaced the ${draftName} placeholder with their name` } };
  }
  if (/sir|madam/i.test(draftName)) {
    return { text, change: { checkId: 'red-flags', description: `Replaced “${written.trim()}” with a greeting by name` } };
  }
  return { text };
}

/** One way to say why: what it adds, whether the draft's vague ask stays, and the notes. */
interface IntentOption {
  pieces: Piece[];
  /** A draft piece this purpose restates, left out wherever the purpose goes in. */
  replaces?: Piece;
  /** A fact the rest of the variant must name for the purpose to make sense. */
  needs?: string;
  keepVague: boolean;
  changes: ChangeNote[];
}

/** What the draft and details can say a purpose with, beyond the sender's goal and the recipient's company or field. */
interface PurposeSources {
  /** Draft pieces whose words state a purpose the analyzer did not credit ("keen to hear your views on …"). */
  unspoken: Piece[];
  /** The draft's specific praise, as the analyzer found it, and the piece it sits in. */
  praised: Array<{ actual: string; piece: Piece }>;
}

/**
 * Ways to state the purpose when the draft has none with content, best first: the draft's own
 * purpose words restated; the sender's goal; the topic of the work the draft praises; the shared
 * field or their company; the topic of their recent work in the details; the school or person both
 * know; then a plain "I'd love to connect" (never added to a draft that already says why, in words
 * the analyzer missed); last, a bracket to fill in.
 */
function intentOptions(hasIntent: boolean, draftHasVague: boolean, facts: Facts, mentioned: string, sources: PurposeSources): IntentOption[] {
  if (hasIntent) return [{ pieces: [], keepVague: false, changes: [] }];
  const options: IntentOption[] = [];
  for (const piece of sources.unspoken) {
    const restated = restatedPurpose(piece);
    if (restated) options.push({ pieces: [restated.piece], replaces: piece, keepVague: false, changes: [restated.change] });
  }
  const add = (supplied: Supplied) =>
    options.push({ pieces: [supplied.piece], keepVague: false, changes: [supplied.change], ...(supplied.needs ? { needs: supplied.needs } : {}) });
  // The first few phrasings are enough for the analyzer to pick from; each costs an analysis per recipe.
  const supplied = suppliedIntents(facts, mentioned).slice(0, MAX_SUPPLIED_INTENTS);
  const fromGoal = facts.goal ? supplied.slice(0, 1) : [];
  fromGoal.forEach(add);
  // The work the draft praises says what the sender cares about: following it is a purpose with
  // content, and closer to the note than anything about their company.
  const praisedTopic = sources.praised.map(({ actual, piece }) => topicOf(piece.text.includes(actual) && actual !== '' ? piece.text.slice(piece.text.indexOf(actual)) : piece.text)).find(Boolean);
  if (praisedTopic) topicIntents(praisedTopic, 'draft').forEach(add);
  supplied.slice(fromGoal.length).forEach(add);
  const recentTopic = facts.recentWork ? topicOf(facts.recentWork) : undefined;
  if (recentTopic && !praisedTopic) topicIntents(recentTopic, 'details').forEach(add);
  // What the note shares with them, as the templates put it, when the details give nothing better.
  sharedIntents(facts, mentioned).forEach(add);
  // A plain "I'd love to connect" beats silence and beats a bracket the analyzer rightly flags; it is
  // not added where the draft already asks or says why in its own words.
  const saysWhy = draftHasVague || sources.unspoken.length > 0;
  options.push({
    pieces: saysWhy ? [] : [PLAIN_CONNECT],
    keepVague: true,
    changes: saysWhy
      ? []
      : [{ checkId: 'intent', description: `Added “${PLAIN_CONNECT.text}”; add your goal to the details to say why` }],
  });
  const bracket = placeholderIntent();
  options.push({ pieces: [bracket.piece], keepVague: false, changes: [bracket.change] });
  return options;
}

/** The pieces of one variant before packing, and the notes on what it added or left out. */
interface Plan {
  pieces: Piece[];
  changes: ChangeNote[];
  compress: boolean;
}

/** What every recipe can draw on for one choice of intent option. */
interface Ingredients {
  kept: Piece[];
  intent: IntentOption;
  facts: Facts;
  has: { intent: boolean; praise: boolean; shared: boolean };
}

const isOpener = (p: Piece) => p.roles.has('shared') || p.roles.has('praise');
const asks = (p: Piece) => p.roles.has('intent') || p.roles.has('vague-intent');

/** The four recipes. Each returns its pieces in order: openers, the draft's parts, the purpose. */
const RECIPES: Record<VariantLabel, (i: Ingredients) => Plan> = {
  // Everything worth keeping, plus the shared ground and praise the details can add.
  Warm: ({ kept, intent, facts, has }) => {
    const added = [has.shared ? undefined : suppliedShared(facts), has.praise ? undefined : suppliedPraise(facts)].filter(isSupplied);
    return { pieces: [...added.map((s) => s.piece), ...kept, ...intent.pieces], changes: added.map((s) => s.change), compress: false };
  },
  // The purpose plus the one opener that adds the most, no background.
  Concise: ({ kept, intent, facts, has }) => {
    // A purpose the analyzer missed is still the draft's purpose: tighten it, never drop it.
    const purpose = [...kept.filter((p) => asks(p) || CONTENT_INTENT.test(p.text)), ...intent.pieces];
    const covered = (role: 'shared' | 'praise') => purpose.some((p) => p.roles.has(role));
    const fromDraft = kept
      .filter((p) => !asks(p) && isOpener(p) && ((p.roles.has('shared') && !covered('shared')) || (p.roles.has('praise') && !covered('praise'))))
      .sort((a, b) => weightOf(b) - weightOf(a))[0];
    const supplied = fromDraft || covered('shared') || covered('praise') ? undefined : has.shared ? undefined : (suppliedShared(facts) ?? (has.praise ? undefined : suppliedPraise(facts)));
    const opener = fromDraft ?? supplied?.piece;
    const pieces = [...(opener ? [opener] : []), ...purpose];
    const left = kept.filter((p) => !pieces.includes(p));
    return {
      pieces,
      changes: [
        ...(supplied ? [supplied.change] : []),
        ...left.map((p) => ({ checkId: 'length' as const, description: `Left out “${p.text}” to keep it short` })),
      ],
      compress: true,
    };
  },
  // Leads with praise of their work: from the draft, the details or, last, a bracket to fill.
  Specific: ({ kept, intent, facts, has }) => {
    const praise = has.praise ? undefined : (suppliedPraise(facts) ?? placeholderPraise());
    const added = [has.shared ? undefined : suppliedShared(facts), praise].filter(isSupplied);
    return { pieces: [...added.map((s) => s.piece), ...kept, ...intent.pieces], changes: added.map((s) => s.change), compress: false };
  },
  // The draft's own words, cleaned, with a purpose only if it had none.
  'Your words': ({ kept, intent }) => ({ pieces: [...kept, ...intent.pieces], changes: [], compress: false }),
};

function isSupplied(s: Supplied | undefined): s is Supplied {
  return s !== undefined;
}

/** Whether a recipe ends up with specific praise, so generic praise can go. */
function suppliesPraise(label: VariantLabel, facts: Facts): boolean {
  return label === 'Specific' || ((label === 'Warm' || label === 'Concise') && facts.recentWork !== undefined);
}

/** The promises a text keeps or breaks on its own: not empty, not the draft, within the limit, the name kept, no invented fact; "Concise" shorter than the draft. */
function keepsTextGuarantees(label: VariantLabel, text: string, request: NoteRequest, facts: Facts): boolean {
  const draft = request.note.trim();
  if (label === 'Concise' && draft !== '' && text.length >= draft.length) return false;
  return (
    text.trim() !== '' &&
    textKey(text) !== textKey(request.note) &&
    text.length <= limitFor(request.plan) &&
    (facts.name === '' || text.includes(facts.name)) &&
    unsupportedFacts(text, request).length === 0
  );
}

/** Whether a candidate keeps every promise of the rewrite contract. */
function keepsGuarantees(text: string, analysis: Analysis, request: NoteRequest, facts: Facts, draftScore: number): boolean {
  return (
    text.trim() !== '' &&
    analysis.stats.sentences <= 2 &&
    text.length <= limitFor(request.plan) &&
    (facts.name === '' || text.includes(facts.name)) &&
    unsupportedFacts(text, request).length === 0 &&
    analysis.score >= draftScore &&
    textKey(text) !== textKey(request.note)
  );
}

/**
 * Whether a candidate earns its place and its label: it scores higher than the draft or is clearly
 * shorter (a copy with two contractions is noise); "Concise" is shorter than the draft; "Specific"
 * really praises something (or holds the bracket for it).
 */
function worthShowing(label: VariantLabel, text: string, analysis: Analysis, note: string, draftScore: number): boolean {
  // A note with brackets is a fill-in draft: worth showing whenever it keeps the guarantees.
  const fillIn = /\[[^[\]]+\]/.test(text);
  if (!fillIn && analysis.score <= draftScore && text.length > note.trim().length * 0.9) return false;
  if (label === 'Concise' && text.length >= note.trim().length && note.trim() !== '') return false;
  const praised = analysis.checks.find((c) => c.id === 'specific-praise')?.status === 'pass';
  if (label === 'Specific' && !praised && !text.includes(PRAISE_PLACEHOLDER)) return false;
  return true;
}

/** A check's status in an analysis. */
function status(analysis: Analysis, id: string): string | undefined {
  return analysis.checks.find((c) => c.id === id)?.status;
}

/** The role a piece plays when the analyzer's evidence for `check` sits in it. */
function roleOf(check: CheckResult, ruleId: string): Role | undefined {
  const weak = /vague|generic/.test(ruleId);
  if (check.id === 'intent') return weak || check.status !== 'pass' ? 'vague-intent' : 'intent';
  if (check.id === 'specific-praise') return weak || check.status !== 'pass' ? 'generic-praise' : 'praise';
  if (check.id === 'shared-ground') return check.status === 'pass' && !weak ? 'shared' : undefined;
  return undefined;
}

/**
 * Gives each piece the roles the analyzer sees in it: one analysis of all the pieces together
 * (under the same greeting and details), each finding's span tying its check to the sentence it
 * sits in. A passing check whose evidence cannot be placed goes to the last piece (a purpose) or the first.
 */
function withRoles(greeting: string, pieces: readonly Piece[], judge: (note: string) => Analysis): Piece[] {
  if (pieces.length === 0) return [];
  const note = render(greeting, pieces);
  const analysis = judge(note);
  const roles = pieces.map(() => new Set<Role>());
  // Where each sentence sits in the rendered note, found in order.
  let from = greeting.length;
  const spans = sentencesOf(greeting, pieces).map((sentence) => {
    const start = note.indexOf(sentence, from);
    if (start < 0) return undefined;
    from = start + sentence.length;
    return { start, end: from };
  });
  for (const check of analysis.checks) {
    let placed = false;
    for (const finding of check.findings) {
      const role = roleOf(check, finding.ruleId);
      const at = spans.findIndex((s) => s !== undefined && finding.span.start < s.end && finding.span.end > s.start);
      if (role && at >= 0) {
        roles[at]?.add(role);
        placed = true;
      }
    }
    const role = roleOf(check, '');
    // A purpose usually closes a note, shared ground and praise open it.
    if (!placed && check.status === 'pass' && role) roles[role === 'intent' ? pieces.length - 1 : 0]?.add(role);
  }
  return pieces.map((p, i) => {
    const own = roles[i] ?? new Set<Role>();
    if (own.has('intent')) own.delete('vague-intent');
    if (own.size === 0) own.add('context');
    return { ...p, roles: own };
  });
}

/**
 * Rewrites a validated request into up to three variants, best first; an empty list means no
 * variant could beat the draft with what the draft and details give (a strong draft, or one that
 * needs facts only the user has). Deterministic: no clock, no randomness, stable tie-breaks.
 */
export function rewrite(request: NoteRequest): RewriteResult {
  const limit = limitFor(request.plan);
  // Recipes often arrive at the same text: analyze each distinct text once.
  const analyses = new Map<string, Analysis>();
  const judge = (note: string): Analysis => {
    let analysis = analyses.get(note);
    if (!analysis) {
      analysis = analyze({ ...request, note });
      analyses.set(note, analysis);
    }
    return analysis;
  };
  const draftAnalysis = judge(request.note);
  const parsed = parseDraft(request.note);
  const findings = draftAnalysis.checks.find((c) => c.id === 'red-flags')?.findings ?? [];
  // The analyzer accepts the draft's greeting name ("Bob" for Robert) unless it flags a mismatch.
  const nameAccepted = !findings.some((f) => f.ruleId === 'name-mismatch');
  const facts = factsOf(request, parsed.greeting?.name ?? '', nameAccepted);
  const base = draftPieces(parsed, facts, findings);
  const greeting = greetingOf(parsed, facts, request.note);
  const common: ChangeNote[] = [...(greeting.change ? [greeting.change] : []), ...base.changes];
  if (parsed.signOff) common.push({ checkId: 'length', description: `Dropped the sign-off “${parsed.signOff.text.trim()}”` });

  // Roles come from the analyzer itself, piece by piece, so the engine fixes what it will judge.
  const keptCache = new Map<string, Piece[]>();
  const kept = (keep: { vague: boolean; generic: boolean }): Piece[] => {
    const key = `${keep.vague}|${keep.generic}`;
    const cached = keptCache.get(key);
    if (cached) return cached;
    const seen = new Set<string>();
    const bare: Piece[] = [];
    for (const sentence of base.sentences) {
      const piece = realize(sentence, keep);
      // A sentence said twice is said once.
      if (!piece || seen.has(textKey(piece.text))) continue;
      seen.add(textKey(piece.text));
      bare.push({ ...piece, roles: new Set<Role>() });
    }
    const pieces = withRoles(greeting.text, bare, judge);
    keptCache.set(key, pieces);
    return pieces;
  };
  const core = kept({ vague: false, generic: false });
  const has = {
    intent: core.some((p) => p.roles.has('intent')),
    praise: core.some((p) => p.roles.has('praise')),
    shared: core.some((p) => p.roles.has('shared')),
  };
  const vagueNote = (replaced: boolean): ChangeNote[] =>
    base.vagueText === undefined
      ? []
      : [{ checkId: 'intent', description: replaced ? `Replaced the vague “${base.vagueText}”` : `Dropped the vague “${base.vagueText}”: the note already says why` }];

  const everything = kept({ vague: true, generic: true });
  const mentioned = textKey(everything.map((p) => p.text).join(' '));
  const praiseFindings = draftAnalysis.checks.find((c) => c.id === 'specific-praise' && c.status === 'pass')?.findings ?? [];
  const sources: PurposeSources = {
    unspoken: has.intent ? [] : core.filter((p) => !p.roles.has('intent') && CONTENT_INTENT.test(p.text)),
    praised: core
      .filter((p) => p.roles.has('praise'))
      .map((piece) => ({ piece, actual: praiseFindings.find((f) => piece.text.includes(f.actual))?.actual ?? '' })),
  };
  const options = intentOptions(has.intent, base.vagueText !== undefined, facts, mentioned, sources);
  // Whether the draft says more than a bare "let's connect": then no variant may shrink to one.
  const draftHasSubstance = everything.some((p) => [...p.roles].some((r) => r !== 'vague-intent'));
  const winners: Array<Variant & { rank: number }> = [];
  VARIANT_LABELS.forEach((label, rank) => {
    let best: (Variant & { rank: number }) | undefined;
    // The praise-led variant doubles as a fill-in-the-blanks note: it takes the first purpose that
    // keeps the guarantees (a bracket before a vague ask); the others take the best score.
    const ordered = label === 'Specific' ? [...options.filter((o) => !o.keepVague), ...options.filter((o) => o.keepVague)] : options;
    for (const intent of ordered) {
      if (label === 'Specific' && best) break;
      // Options differ only in how they state the purpose: once one states it to the analyzer's
      // satisfaction, the rest cannot do better, so stop spending analyses on them.
      if (best && status(best.analysis, 'intent') === 'pass') break;
      const generic = !has.praise && !suppliesPraise(label, facts);
      const pieces = kept({ vague: intent.keepVague, generic }).filter((p) => intent.replaces === undefined || p.text !== intent.replaces.text);
      const plan = RECIPES[label]({ kept: pieces, intent, facts, has });
      const composed = compose(greeting.text, plan.pieces, limit, { compress: plan.compress });
      if (!composed || (intent.needs !== undefined && !textKey(composed.text).includes(intent.needs))) continue;
      // "Hi Emma, I'd love to connect." is no rewrite of a draft that said more.
      if (draftHasSubstance && composed.pieces.every((p) => [...p.roles].every((r) => r === 'vague-intent'))) continue;
      // The guarantees that need no analysis are checked first: an analysis is the costly step.
      if (!keepsTextGuarantees(label, composed.text, request, facts)) continue;
      const analysis = judge(composed.text);
      if (!keepsGuarantees(composed.text, analysis, request, facts, draftAnalysis.score)) continue;
      if (!worthShowing(label, composed.text, analysis, request.note, draftAnalysis.score)) continue;
      if (best && analysis.score <= best.analysis.score) continue;
      const fitted: ChangeNote[] =
        status(draftAnalysis, 'length') !== 'pass' && status(analysis, 'length') === 'pass'
          ? [{ checkId: 'length', description: `Now fits: ${analysis.stats.sentences} sentence${analysis.stats.sentences === 1 ? '' : 's'}, ${composed.text.length} of ${limit} characters (the draft had ${draftAnalysis.stats.sentences} and ${request.note.length})` }]
          : [];
      const changes = dedupe([
        ...fitted,
        ...common,
        ...(intent.keepVague ? [] : vagueNote(!has.intent)),
        ...(generic || base.genericText === undefined ? [] : [{ checkId: 'specific-praise' as const, description: `Dropped generic praise “${base.genericText}”` }]),
        ...plan.changes,
        ...intent.changes,
        ...composed.changes,
      ]);
      const placeholders = [...new Set(composed.text.match(/\[[^[\]]+\]/g) ?? [])];
      best = { label, text: composed.text, changes, placeholders, analysis, rank };
    }
    if (best) winners.push(best);
  });

  const seen = new Set<string>();
  const ranked = winners.sort((a, b) => b.analysis.score - a.analysis.score || a.placeholders.length - b.placeholders.length || a.rank - b.rank);
  const top = ranked[0]?.analysis.score ?? 0;
  const variants = ranked
    .filter((v) => !seen.has(textKey(v.text)) && Boolean(seen.add(textKey(v.text))))
    // An alternative far below the best is noise, fill-ins included. The one exception: when no other
    // variant states a purpose, a fill-in whose bracket asks for one is the only way to a real reason.
    .filter((v, _i, all) => v.analysis.score >= top - MAX_SCORE_GAP || (v.placeholders.includes(INTENT_PLACEHOLDER) && !all.some((o) => o.placeholders.length === 0 && status(o.analysis, 'intent') === 'pass')))
    .slice(0, MAX_VARIANTS)
    .map(({ rank: _rank, ...variant }) => variant);
  return { variants };
}
