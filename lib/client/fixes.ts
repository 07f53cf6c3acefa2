/**
 * One-click fixes: for a finding whose fix is mechanical, the edits the page can make for the
 * user — remove the phrase (and tidy the spaces and punctuation it leaves), put a phrase of the
 * finding's `expected` in its place, sentence-case a run in capitals, or insert a purpose frame
 * with a placeholder to type over. Pure functions of the note and the finding (no DOM), so they
 * are tested directly; the page applies the result as one undoable edit.
 *
 * Which rules can be removed mirrors the registry's `rewrite: 'drop'` (a test keeps the two in
 * step) without importing the registry and its word lists into the page's bundle.
 */
import { type Mark, type MarkFinding, PROOFREAD_MARK } from './highlight';
import type { Finding, RuleId } from '@/lib/schema';

/** What a fix does. */
export type FixKind = 'remove' | 'replace' | 'sentence-case' | 'insert';

/** One fix offered on a finding. */
export interface Fix {
  kind: FixKind;
  /** The button's words ("Remove it", "Use “Bo Chen”"). */
  label: string;
  /** For `replace` and `insert`: the text put in (an insert's placeholder is in [brackets]). */
  text?: string;
  /** The entry of the finding's `expected` this fix puts in, if any. */
  expected?: string;
  /** The button's accessible name, when "label: “phrase”" does not read right. */
  spoken?: string;
}

/** The note after a fix, and what to select in it (a placeholder to type over, or the caret). */
export interface FixResult {
  text: string;
  selection: { start: number; end: number };
  /** Says what was done, for a status line ("Removed “…”."). */
  summary: string;
}

/**
 * Rules whose finding reads as well removed: the registry's `drop` red flags and the sentence
 * past the second. A self-awarded title is not among them (removing "growth hacker" from "I'm a
 * growth hacker" leaves "I'm a"): it is replaced with a slot for the real role instead.
 */
export const REMOVABLE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'boilerplate',
  'emoji',
  'count-bragging',
  'self-promotion',
  'sales-pitch',
  'early-ask',
  'hedging',
  'extra-sentence',
]);

/** Rules that are `drop` in the registry but fixed another way here (see REMOVABLE_RULES). */
export const DROP_RULES_FIXED_OTHERWISE: ReadonlySet<RuleId> = new Set<RuleId>(['buzzword-title', 'over-limit']);

/** The purpose frames a vague purpose's `expected` names, with the placeholder to type over. */
const PURPOSE_FRAMES: Readonly<Record<string, string>> = {
  'learn how you …': 'I’d love to learn how you [what you want to learn].',
  'compare notes on …': 'I’d love to compare notes on [a topic you both work on].',
};

/** The slot a self-awarded title is replaced with. */
const ROLE_SLOT = '[your actual role]';

/** The fixes offered on a finding (none when its fix needs the writer's own words). */
export function fixesFor(finding: Finding): Fix[] {
  const { ruleId } = finding;
  if (REMOVABLE_RULES.has(ruleId)) return [{ kind: 'remove', label: ruleId === 'extra-sentence' ? 'Cut this sentence' : 'Remove it' }];
  if (ruleId === 'all-caps') return [{ kind: 'sentence-case', label: 'Write it in sentence case' }];
  if (ruleId === 'exclamation') return [{ kind: 'replace', label: 'Keep one “!”', text: '!' }];
  if (ruleId === 'buzzword-title') return [{ kind: 'replace', label: 'Replace with your role', text: ROLE_SLOT }];
  if (ruleId === 'vague-purpose') {
    return (finding.expected ?? [])
      .filter((e) => PURPOSE_FRAMES[e] !== undefined)
      .map((e) => ({ kind: 'insert' as const, label: `Add “${e.replace(' …', '…')}”`, text: PURPOSE_FRAMES[e], expected: e }));
  }
  if (ruleId === 'contradicted-mutual') {
    // The listed mutual connections: real names, so each is a phrase that can take the claim's place.
    return (finding.expected ?? []).slice(0, 3).map((name) => ({ kind: 'replace' as const, label: `Use “${name}”`, text: name, expected: name }));
  }
  return [];
}

/** The replacements a proofreading slip carries (its finding's `suggestions`). */
export function suggestionsOf(finding: MarkFinding): string[] {
  const value = (finding as { suggestions?: unknown }).suggestions;
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** A proofreading slip's fixes: each suggestion put in its place (an empty one removes the slip). */
export function suggestionFixes(finding: MarkFinding): Fix[] {
  return suggestionsOf(finding).map((s) => ({
    kind: 'replace' as const,
    label: s === '' ? 'Remove' : s,
    text: s,
    spoken: s === '' ? `Remove “${finding.actual}”` : `Replace “${finding.actual}” with ${s}`,
  }));
}

/**
 * The fixes a highlight offers, the same as its card: a slip's suggestions, or an analyzer
 * finding's mechanical fixes while the analysis is of the current note (`current`).
 */
export function markFixes(mark: Mark, current: boolean): Fix[] {
  if (mark.checkId === PROOFREAD_MARK) return suggestionFixes(mark.finding);
  return current ? fixesFor(mark.finding as Finding) : [];
}

const SENTENCE_END = /[.!?…]["”’)]*$/u;
const LEADING_JOIN = /^(?:and|but|so|or)\s+/iu;
/** Verbs that need the "I" of a removed clause they were joined to. */
const SUBJECTLESS_VERB = /^(?:would|wanted|want|am|have|hope|thought|decided|wish)\b/u;

function capitalizeFirst(text: string): string {
  const i = text.search(/\p{L}/u);
  if (i === -1) return text;
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

/** Drops trailing spaces and tabs (not new lines), by a scan: an end-anchored pattern would backtrack. */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

/** True when `before` ends where a sentence starts (nothing yet, or after . ! ? and spaces). */
function atSentenceStart(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed === '' || SENTENCE_END.test(trimmed);
}

/**
 * Removes `note[start, end)` and tidies the seam: no doubled spaces, no orphaned comma or "and",
 * no space before punctuation, and a capital where a sentence now starts.
 */
export function removeSpan(note: string, start: number, end: number): { text: string; caret: number } {
  let left = trimSpacesEnd(note.slice(0, start));
  let right = note.slice(end).replace(/^[ \t]+/u, '');
  // A lead-in left hanging before a comma ("With [12,000 followers], I…"): it goes with the phrase.
  const hanging = /(^|[\s.!?…])(?:with|of|at|for|by|about|as)$/iu.exec(left);
  if (hanging && /^[,;:]/u.test(right)) left = trimSpacesEnd(left.slice(0, hanging.index + hanging[1]!.length));
  const leftOpen = left === '' || /[\n]$/u.test(left) || SENTENCE_END.test(left) || /[,;:—–-]$/u.test(left);
  // A clause joiner or comma left at the front of what follows ("…, and would love" → "would love").
  if (leftOpen) {
    const joined = LEADING_JOIN.test(right.replace(/^[,;:]+\s*/u, ''));
    right = right.replace(/^[,;:]+\s*/u, '').replace(LEADING_JOIN, '');
    // "I came across your profile and would love…" keeps its subject: "I would love…".
    if (joined && /^I\s/u.test(note.slice(start, end)) && SUBJECTLESS_VERB.test(right)) right = `I ${right}`;
  }
  // "…connect, [removed]." → "…connect."; "Hi Sam, [removed] Let's" keeps the greeting's comma.
  if (/^[.!?…]/u.test(right) && /[,;:]$/u.test(left)) left = left.slice(0, -1);
  // "Great. [removed]." or a bare "." left where a whole sentence was.
  if (/^[.!?…]/u.test(right) && (left === '' || SENTENCE_END.test(left) || left.endsWith('\n'))) right = right.replace(/^[.!?…]+\s*/u, '');
  if (atSentenceStart(left) && !/,$/u.test(left)) right = capitalizeFirst(right);
  let joined: string;
  let caret: number;
  if (left === '' || left.endsWith('\n')) {
    joined = left + right;
    caret = left.length;
  } else if (right === '' || right.startsWith('\n') || /^[.,!?;:…)”’]/u.test(right)) {
    joined = left + right;
    caret = left.length;
  } else {
    joined = `${left} ${right}`;
    caret = left.length + 1;
  }
  return { text: joined, caret };
}

/** Sentence case for a run in capitals: lower case, capitals back at sentence starts, "I" and a greeted name. */
export function sentenceCase(run: string, startsSentence: boolean): string {
  let out = run.toLowerCase().replace(/\bi\b(?=['’]|\s|$|[.,!?])/gu, 'I');
  // Capitals back after a sentence end within the run, and at its start when it opens a sentence.
  out = out.replace(/([.!?…]\s+)(\p{L})/gu, (_m, gap: string, letter: string) => gap + letter.toUpperCase());
  // The word after a greeting is most likely the recipient's name ("HI SAM" → "Hi Sam").
  out = out.replace(/^(\s*(?:hi|hello|hey|dear)\s+)(\p{L})/iu, (_m, lead: string, letter: string) => lead + letter.toUpperCase());
  return startsSentence ? capitalizeFirst(out) : out;
}

/** Where the sentence holding `offset` ends (after its closing punctuation), or the note's end. */
function sentenceEnd(note: string, offset: number): { at: number; closed: boolean } {
  const rest = note.slice(offset);
  const match = /[.!?…]+["”’)]*/u.exec(rest);
  if (!match) return { at: note.trimEnd().length, closed: false };
  return { at: offset + match.index + match[0].length, closed: true };
}

function quoteShort(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39).trimEnd()}…` : flat;
}

/**
 * Applies a fix to the note. Null when the finding no longer sits on its text (the note changed
 * since it was analyzed), so a stale fix never edits the wrong words.
 */
export function applyFix(note: string, finding: Pick<MarkFinding, 'span' | 'actual'>, fix: Fix): FixResult | null {
  const { start, end } = finding.span;
  if (start < 0 || end > note.length || start >= end || note.slice(start, end) !== finding.actual) return null;
  const actual = quoteShort(finding.actual);
  switch (fix.kind) {
    case 'remove': {
      const { text, caret } = removeSpan(note, start, end);
      return { text, selection: { start: caret, end: caret }, summary: `Removed “${actual}”.` };
    }
    case 'replace': {
      const put = fix.text ?? '';
      const text = note.slice(0, start) + put + note.slice(end);
      const slot = put.startsWith('[') && put.endsWith(']');
      return {
        text,
        selection: slot ? { start, end: start + put.length } : { start: start + put.length, end: start + put.length },
        summary: slot
          ? `Replaced “${actual}”: type over the highlighted slot.`
          : put === ''
            ? `Removed “${actual}”.`
            : `Replaced “${actual}” with “${put}”.`,
      };
    }
    case 'sentence-case': {
      const put = sentenceCase(note.slice(start, end), atSentenceStart(note.slice(0, start)));
      return { text: note.slice(0, start) + put + note.slice(end), selection: { start: end, end }, summary: `Wrote “${quoteShort(put)}” in sentence case.` };
    }
    case 'insert': {
      const frame = fix.text ?? '';
      const { at, closed } = sentenceEnd(note, end);
      const lead = closed ? ' ' : '. ';
      const insert = lead + frame;
      const text = note.slice(0, at) + insert + note.slice(at).replace(/^[ \t]+(?=\S)/u, ' ');
      const open = frame.indexOf('[');
      const close = frame.indexOf(']', open);
      const base = at + lead.length;
      const selection = open !== -1 && close !== -1 ? { start: base + open, end: base + close + 1 } : { start: base + frame.length, end: base + frame.length };
      return { text, selection, summary: 'Added a reason to talk: type over the highlighted slot.' };
    }
  }
}
