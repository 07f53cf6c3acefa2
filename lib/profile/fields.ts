/**
 * Line classifiers for the parts of a profile: names, dates, durations, places, degrees, schools.
 * Each takes one trimmed line and answers from the lexicon; none looks at its neighbours.
 */
import {
  DEGREE_WORDS,
  DURATION_UNITS,
  EMPLOYMENT_TYPES,
  MONTHS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  PLACE_WORDS,
  PRESENT_WORDS,
  SCHOOL_WORDS,
  WORK_ARRANGEMENTS,
} from './lexicon';
import { isSymbolsOnly, lookupKey, trimEdges, trimEmoji, words } from './text';

/** Splits "Northwind Health · Full-time" on its middle dots (and bullets) into trimmed parts. */
export function dotParts(line: string): string[] {
  return line
    .replaceAll('•', '·')
    .split('·')
    .map(trimEdges)
    .filter((part) => part.length > 0);
}

function isYear(word: string): boolean {
  if (!/^\d{4}$/.test(word)) return false;
  const year = Number(word);
  return year >= 1940 && year <= 2100;
}

/** "Jan 2022", "January 2022", "Sept. 2019", "2019". */
function isDate(part: string): boolean {
  const tokens = words(part);
  if (tokens.length === 1) return isYear(tokens[0] ?? '');
  if (tokens.length !== 2) return false;
  const month = lookupKey(tokens[0] ?? '').replace('.', '');
  return MONTHS.has(month) && isYear(tokens[1] ?? '');
}

/** A date range as it ends an Experience or Education entry, and whether it is still running. */
export interface DateRange {
  /** True when it runs to "Present". */
  current: boolean;
}

/**
 * Reads "Jan 2022 - Present · 2 yrs 11 mos", "January 2022 - Present (2 years 11 months)",
 * "2019 - 2021", "Jun 2021", "(2009 - 2013)". Null when the line is not one.
 */
export function parseDateRange(line: string): DateRange | null {
  let core = line;
  // Drop what follows the range: " · 2 yrs 11 mos" or " (2 years 11 months)".
  const dot = core.search(/[·•]/);
  if (dot > 0) core = core.slice(0, dot);
  if (core.startsWith('(') && core.endsWith(')')) core = core.slice(1, -1);
  const paren = core.indexOf('(');
  if (paren > 0) core = core.slice(0, paren);
  const parts = core.replaceAll('–', '-').replaceAll('—', '-').split('-').map(trimEdges);
  if (parts.length === 1) return isDate(parts[0] ?? '') ? { current: false } : null;
  if (parts.length !== 2 || !isDate(parts[0] ?? '')) return null;
  const end = parts[1] ?? '';
  if (PRESENT_WORDS.has(lookupKey(end))) return { current: true };
  return isDate(end) ? { current: false } : null;
}

/** "2 yrs 11 mos", "6 years 2 months", "Full-time · 6 yrs 2 mos", "less than a year": a group's total. */
export function isDuration(line: string): boolean {
  const parts = dotParts(line);
  if (parts.length === 2 && EMPLOYMENT_TYPES.has(lookupKey(parts[0] ?? ''))) parts.shift();
  if (parts.length !== 1) return false;
  const key = lookupKey(parts[0] ?? '');
  if (key === 'less than a year' || key === 'less than 1 year') return true;
  const tokens = words(key);
  if (tokens.length === 0 || tokens.length % 2 !== 0) return false;
  for (let i = 0; i < tokens.length; i += 2) {
    if (!/^\d{1,2}$/.test(tokens[i] ?? '') || !DURATION_UNITS.has(tokens[i + 1] ?? '')) return false;
  }
  return true;
}

/** "Full-time" on its own line. */
export function isEmploymentType(line: string): boolean {
  return EMPLOYMENT_TYPES.has(lookupKey(line));
}

/** Splits "Northwind Health · Full-time" into the company and its employment type; null if there is no type. */
export function companyWithType(line: string): { company: string; type: string } | null {
  const parts = dotParts(line);
  if (parts.length < 2) return null;
  const type = parts[parts.length - 1] ?? '';
  if (!EMPLOYMENT_TYPES.has(lookupKey(type))) return null;
  const end = line.lastIndexOf(type);
  const company = trimEdges(line.slice(0, end)).replace(/[·•]$/, '');
  return company ? { company: trimEdges(company), type } : null;
}

/** True when a line is a place: "Pittsburgh, Pennsylvania, United States", "Greater Boston", "Remote". */
export function isPlace(line: string): boolean {
  if (line.length > 90 || /\d/.test(line)) return false;
  const parts = dotParts(line);
  const first = parts[0] ?? '';
  if (parts.length === 2 && !WORK_ARRANGEMENTS.has(lookupKey(parts[1] ?? ''))) return false;
  if (parts.length > 2) return false;
  const key = lookupKey(first);
  if (WORK_ARRANGEMENTS.has(key)) return true;
  // A job title or an organisation is not a place, even when it names one ("Country Manager, India").
  if (words(key.replaceAll(',', ' ').replaceAll('،', ' ')).some((t) => NOT_NAME_WORDS.has(t) && !PLACE_TOKENS.has(t))) return false;
  if (!/^[\p{L}\p{M} .,'’()،-]+$/u.test(first)) return false;
  const padded = ` ${key} `;
  if (PLACE_WORDS.some((word) => padded.includes(` ${word.trim()} `))) return true;
  const pieces = first.split(/[,،]/).map(trimEdges);
  return pieces.length >= 2 && pieces.length <= 4 && pieces.every((piece) => /^\p{L}/u.test(piece) && words(piece).length <= 4);
}

/** Words of NOT_NAME_WORDS that belong in a place's name. */
const PLACE_TOKENS = new Set(['area', 'greater', 'metropolitan', 'united', 'states', 'kingdom', 'region']);

const BADGE_TOKENS = new Set([
  '·', '•', '1st', '2nd', '3rd', '3rd+', 'verified', 'she/her', 'he/him', 'they/them', 'she/they', 'he/they',
  '(she/her)', '(he/him)', '(they/them)', '(she/they)', '(he/they)',
]);

/**
 * A top-card line without the badges a copy can put on the name's line ("Olga Petrova She/Her ·
 * 2nd" → "Olga Petrova"), and whether there were any. The text returned is a prefix of the line.
 */
export function withoutBadges(line: string): { text: string; badge: boolean } {
  let end = line.length;
  let badge = false;
  for (;;) {
    const head = trimEdges(line.slice(0, end));
    const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\u00a0'));
    const last = lookupKey(head.slice(space + 1)).replace(/^[·•]/, '') || '·';
    if (space < 0 || !BADGE_TOKENS.has(last)) return isSymbolsOnly(head) ? { text: trimEdges(line), badge: false } : { text: head, badge };
    end = space;
    badge = true;
  }
}

const CREDENTIAL = /^[\p{Lu}][\p{L}.]{0,7}$/u;

/**
 * The person's name if the line is one ("Olga Petrova", "李明", "محمد العلي", "Ana de la Cruz";
 * "Jane Doe, PhD" gives "Jane Doe"), else null. A single Latin word is not taken as a name (it is
 * far more often a button), nor is a line holding a job title or an organisation.
 */
export function nameOf(line: string): string | null {
  let name = trimEmoji(line);
  const comma = name.search(/[,،]/);
  if (comma > 0) {
    const credentials = name.slice(comma + 1).split(/[,،]/).map(trimEdges);
    if (!credentials.every((c) => CREDENTIAL.test(c))) return null;
    name = trimEdges(name.slice(0, comma));
  }
  if (name.length < 2 || name.length > 70) return null;
  if (/[\d@|:/•·#?!+=_<>[\]{}"“”()&*%$€£¥]/.test(name)) return null;
  const tokens = words(name);
  if (tokens.length > 5) return null;
  let cased = 0;
  let uncased = 0;
  for (const token of tokens) {
    const key = lookupKey(token);
    if (NOT_NAME_WORDS.has(key) || NOT_NAME_WORDS.has(key.replace(/[.,]$/, ''))) return null;
    if (NAME_PARTICLES.has(key)) continue;
    if (/^\p{Lu}/u.test(token)) cased++;
    else if (/^\p{Ll}/u.test(token)) return null;
    else if (/^\p{L}/u.test(token)) uncased++;
    else return null;
  }
  if (cased + uncased === 0) return null;
  if (uncased === 0 && cased < 2) return null;
  return name;
}

/** True when the line names a school ("… University", "École …", "北京大学"). */
export function hasSchoolWord(line: string): boolean {
  const key = `${lookupKey(line)} `;
  return SCHOOL_WORDS.some((word) => key.includes(word));
}

/** Lowercase words a school's name may hold in English: "University of the Arts", "School for Social Research". */
const SCHOOL_NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'at', 'in', 'on', '&', 'de', 'del', 'la', 'le', 'los', 'las', 'el', 'di', 'da', 'do', 'dos', 'das', 'des', 'du', 'degli', 'delle', 'y', 'e', 'für', 'und', 'an', 'der', 'van', 'von']);

/**
 * True when a line can be a school's name: not prose, and unless it opens with a school word
 * ("École normale supérieure") its ASCII-lowercase words are only particles — so "Teaching
 * assistant for the School of Design" under an entry is a description, not a school.
 */
export function canBeSchoolName(line: string): boolean {
  if (isProse(line) || line.includes(':')) return false;
  if (SCHOOL_WORDS.some((word) => lookupKey(line).startsWith(word))) return true;
  return words(line).every((word) => !/^[a-z]/.test(word) || SCHOOL_NAME_PARTICLES.has(word));
}

/** True when the line is a degree: "Master of Science - MS, Machine Learning", "BA, Economics". */
export function isDegree(line: string): boolean {
  const first = lookupKey(words(line)[0] ?? '').replace(/[,;:]$/, '');
  return DEGREE_WORDS.has(first);
}

/** True when a line reads like running prose rather than a label (a description under a job). */
export function isProse(line: string): boolean {
  return line.length > 80 || words(line).length > 10 || /[.!?]$/.test(line);
}

/** True when the line reads like a job title: it holds a word such as "Engineer" or "Director". */
export function hasTitleWord(line: string): boolean {
  return words(line).some((w) => TITLE_WORDS.has(lookupKey(w).replace(/[,.]$/, '')));
}

const TITLE_WORDS = new Set([
  'engineer', 'manager', 'director', 'founder', 'co-founder', 'officer', 'ceo', 'cto', 'cfo', 'coo', 'vp',
  'intern', 'analyst', 'consultant', 'designer', 'developer', 'scientist', 'teacher', 'professor',
  'lecturer', 'lead', 'head', 'president', 'partner', 'recruiter', 'specialist', 'coordinator',
  'associate', 'assistant', 'architect', 'researcher', 'owner', 'chief', 'editor', 'writer', 'nurse',
  'advisor', 'student', 'fellow', 'representative', 'administrator', 'technician', 'strategist',
  'producer', 'chair', 'member', 'volunteer', 'tutor', 'instructor', 'accountant', 'attorney',
]);
