/**
 * Puts pieces together into a note: at most two sentences after the greeting, within the plan's
 * limit, by merging, compressing and dropping the weakest part — never by cutting mid-word.
 */
import { trimEndOf } from '../templates/text';
import { COMPRESS, type Role } from './lexicon';
import { tidy, type ChangeNote, type Piece } from './pieces';

/** What each role is worth to the reader; a piece is worth the sum of its roles. */
const ROLE_WEIGHT: Partial<Record<Role, number>> = { intent: 5, praise: 3, shared: 3, context: 1, 'vague-intent': 1 };

/** The worth of a piece; placeholders count for less than facts the user already gave. */
export function weightOf(piece: Piece): number {
  let weight = 0;
  for (const role of piece.roles) weight += ROLE_WEIGHT[role] ?? 0;
  return piece.source === 'placeholder' ? weight - 1 : weight;
}

/** Whether every role of `piece` is covered by another piece in `pieces`. */
function redundant(piece: Piece, pieces: readonly Piece[]): boolean {
  const others = pieces.filter((p) => p !== piece);
  return [...piece.roles].every((role) => role === 'context' || others.some((p) => p.roles.has(role)));
}

/** Joins two pieces into one sentence, sharing the subject where both start with "I". */
export function merge(a: Piece, b: Piece): Piece {
  const left = trimEndOf(a.text, ',;:');
  const iWould = /^I(?:['’]d| would) (.*)$/s.exec(b.text);
  let text: string;
  if (iWould && /^I\b|^I['’]/.test(left) && !/\band\b/.test(left.slice(left.lastIndexOf(',') + 1).slice(-40))) text = `${left} and would ${iWould[1]}`;
  else text = `${left}, and ${b.commonStart ? lowerFirst(b.text) : b.text}`;
  const roles = new Set<Role>([...a.roles, ...b.roles]);
  if (roles.size > 1) roles.delete('context');
  return { text, terminal: b.terminal, roles, source: a.source === 'placeholder' || b.source === 'placeholder' ? 'placeholder' : a.source, commonStart: a.commonStart };
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Each piece as it reads in the note: the first lower-cased after the greeting where it may be. */
export function sentencesOf(greeting: string, pieces: readonly Piece[]): string[] {
  return pieces.map((p, i) => `${i === 0 && greeting && p.commonStart ? lowerFirst(p.text) : p.text}${p.terminal}`);
}

/** Renders greeting and pieces as the note's text. */
export function render(greeting: string, pieces: readonly Piece[]): string {
  return tidy([greeting, ...sentencesOf(greeting, pieces)].filter(Boolean).join(' '));
}

export interface Composed {
  text: string;
  pieces: Piece[];
  changes: ChangeNote[];
}

/**
 * Packs pieces into at most two sentences and fits them to `limit`: drop parts whose roles another
 * part already covers, merge neighbours, then compress (asides, examples, time words), then drop
 * the weakest part. Returns undefined when the note cannot fit without losing its purpose.
 */
export function compose(greeting: string, input: readonly Piece[], limit: number, options: { compress?: boolean } = {}): Composed | undefined {
  let pieces = [...input];
  const changes: ChangeNote[] = [];
  const dropWeakest = (mustBeRedundant: boolean): boolean => {
    const candidates = pieces
      .map((p, i) => ({ p, i, w: weightOf(p) }))
      .filter(({ p }) => !p.roles.has('intent') && (!mustBeRedundant || redundant(p, pieces)));
    const weakest = candidates.sort((x, y) => x.w - y.w || y.i - x.i)[0];
    if (!weakest || pieces.length <= 1) return false;
    pieces = pieces.filter((_, i) => i !== weakest.i);
    if (weakest.p.source === 'draft') {
      changes.push({ checkId: 'length', description: `Dropped a weaker part to stay short: “${weakest.p.text}”` });
    }
    return true;
  };

  // At most two sentences: first shed parts that add nothing new, then merge the shortest neighbours.
  while (pieces.length > 2) {
    if (dropWeakest(true)) continue;
    let best = -1;
    for (let i = 0; i + 1 < pieces.length; i++) {
      const a = pieces[i];
      const b = pieces[i + 1];
      if (!a || !b || a.terminal === '?') continue;
      if (best < 0 || a.text.length + b.text.length < (pieces[best]?.text.length ?? 0) + (pieces[best + 1]?.text.length ?? 0)) best = i;
    }
    const a = pieces[best];
    const b = pieces[best + 1];
    if (best < 0 || !a || !b) {
      if (!dropWeakest(false)) return undefined;
      continue;
    }
    pieces.splice(best, 2, merge(a, b));
  }

  let text = render(greeting, pieces);
  const compressAll = () => {
    for (const [index, cut] of COMPRESS.entries()) {
      // The last cut (a trailing "after …" clause) can lose meaning: only when over the limit.
      const risky = index === COMPRESS.length - 1;
      if (text.length <= limit && (!options.compress || risky)) continue;
      const next = pieces.map((p) => ({ ...p, text: tidy(cut(p.text)) }));
      if (next.some((p) => p.text === '')) continue;
      const nextText = render(greeting, next);
      if (nextText !== text) {
        pieces = next;
        text = nextText;
      }
    }
  };
  const before = text.length;
  compressAll();
  if (text.length < before) changes.push({ checkId: 'length', description: 'Shortened asides, examples and wordy phrasings' });
  while (text.length > limit) {
    if (!dropWeakest(false)) return undefined;
    text = render(greeting, pieces);
  }
  return { text, pieces, changes };
}
