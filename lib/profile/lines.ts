/**
 * Reads a pasted profile into lines, once: trimmed, empty lines dropped (remembered as paragraph
 * breaks), lines repeated back to back dropped (the web page's copy doubles most of its text, once
 * for the eye and once for screen readers), each line tagged with its section and whether it is
 * the page's own chrome. Every parser of lib/profile works on these lines.
 */
import { MORE_SUFFIXES, NOISE_LINES, NOISE_PREFIXES, SECTION_HEADINGS, type SectionKind } from './lexicon';
import { isSymbolsOnly, lookupKey, splitLines, stripSuffix, trimEdges, words } from './text';

/** One non-empty line of the paste. */
export interface Line {
  /** Position among the kept lines. */
  id: number;
  /** Line number in the pasted text (0-based). */
  row: number;
  /** The line, trimmed. */
  text: string;
  /** Lowercase, apostrophes straightened. */
  key: string;
  /** An empty line came before it (a paragraph break). */
  blankBefore: boolean;
  /** The section it sits in; `top` is everything before the first heading. */
  section: SectionKind | 'top';
  /** Which occurrence of a heading opened its section (0 for the top). */
  sectionId: number;
  /** The heading line itself. */
  heading: boolean;
  /** Page chrome: a button, a tab, a count, a time stamp, an emoji on its own. */
  noise: boolean;
}

/** "2w", "3d •", "1mo • Edited •": how old an Activity item is. */
export function isTimeStamp(line: string): boolean {
  if (line.length > 48) return false;
  const first = words(line)[0] ?? '';
  return /^\d{1,3}(?:s|m|h|d|w|mo|mos|yr|yrs|y)$/.test(first);
}

const COUNT_WORDS = new Set([
  'comment', 'comments', 'repost', 'reposts', 'reaction', 'reactions', 'like', 'likes', 'share', 'shares',
  'view', 'views', 'impression', 'impressions', 'endorsement', 'endorsements', 'others', 'other',
  'notifications', 'notification', 'results', 'result', 'members', 'member',
]);

/** "42", "1,204", "8 comments", "Olga and 41 others", "12 endorsements". */
function isCount(line: string): boolean {
  const parts = words(line);
  const last = lookupKey(parts[parts.length - 1] ?? '');
  if (parts.length === 1) return /^[\d.,]+[km+]?$/i.test(last);
  return parts.length <= 6 && COUNT_WORDS.has(last) && parts.some((p) => /^[\d.,]+[km+]?$/i.test(p));
}

/** "Page 1 of 3": the PDF export's page footer. */
function isPageFooter(key: string): boolean {
  const parts = words(key);
  return parts.length === 4 && parts[0] === 'page' && /^\d+$/.test(parts[1] ?? '') && parts[2] === 'of' && /^\d+$/.test(parts[3] ?? '');
}

/** True when a line is the page's chrome rather than the person's words. */
export function isNoiseLine(text: string): boolean {
  const key = lookupKey(text);
  if (NOISE_LINES.has(key) || NOISE_LINES.has(lookupKey(stripSuffix(text, MORE_SUFFIXES)))) return true;
  if (isSymbolsOnly(text) || isTimeStamp(text) || isCount(text) || isPageFooter(key)) return true;
  return NOISE_PREFIXES.some((prefix) => key.startsWith(prefix) && key.length < prefix.length + 40);
}

/** Splits a pasted profile into tagged lines. */
export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let section: SectionKind | 'top' = 'top';
  let sectionId = 0;
  let previous: string | undefined;
  const rows = splitLines(text);
  for (let row = 0; row < rows.length; row++) {
    const trimmed = trimEdges(rows[row] ?? '');
    if (trimmed === '') {
      blank = true;
      continue;
    }
    // The web page's copy repeats most lines back to back ("Experience\nExperience").
    if (trimmed === previous) continue;
    previous = trimmed;
    const key = lookupKey(trimmed);
    const kind = SECTION_HEADINGS[key];
    if (kind) {
      section = kind;
      sectionId++;
    }
    lines.push({
      id: lines.length,
      row,
      text: trimmed,
      key,
      blankBefore: blank,
      section,
      sectionId: kind ? sectionId : section === 'top' ? 0 : sectionId,
      heading: kind !== undefined,
      noise: kind === undefined && isNoiseLine(trimmed),
    });
    blank = false;
  }
  return lines;
}
