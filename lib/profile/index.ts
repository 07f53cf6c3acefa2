/**
 * Reads a LinkedIn profile the user pasted — the web page's "select all, copy" or the text of its
 * "Save to PDF" export — into the details the coach uses: name, headline, current company,
 * industry (when stated), About, a recent post and schools, plus mutual connections when the page
 * lists them. Pure and deterministic, free of Next, Node and zod, so the page runs it in the
 * browser and nothing leaves the device.
 *
 * It never invents: a field it cannot find stays empty, and every value it returns occurs in the
 * pasted text (each line of it, up to whitespace), which a final pass checks.
 */
import { ACTIVITY_AUTHORED, ACTIVITY_OTHER, MORE_SUFFIXES, type SectionKind } from './lexicon';
import {
  canBeSchoolName,
  companyWithType,
  dotParts,
  hasSchoolWord,
  hasTitleWord,
  isDegree,
  isDuration,
  isEmploymentType,
  isPlace,
  isProse,
  nameOf,
  parseDateRange,
  withoutBadges,
} from './fields';
import { FIELD_MAX, LIST_MAX } from '../contract';
import { type Line, isNoiseLine, isTimeStamp, readLines } from './lines';
import { cutToLength, firstSentence, lookupKey, normalizeSpace, occursIn, stripSuffix, trimEdges, trimEmoji, words } from './text';

/** Longest paste the API and the CLI accept (a whole profile page copied is far less). */
export const MAX_PROFILE_TEXT = 20_000;

/** Bounds of each field: the request contract's (lib/contract.ts, zod-free), so no limit is written twice. */
export const PROFILE_BOUNDS = {
  name: FIELD_MAX.name,
  headline: FIELD_MAX.headline,
  company: FIELD_MAX.company,
  industry: FIELD_MAX.industry,
  about: FIELD_MAX.about,
  recentWork: FIELD_MAX.recentWork,
  schools: { items: LIST_MAX.schools, length: FIELD_MAX.schools },
  mutualConnections: { items: LIST_MAX.mutualConnections, length: FIELD_MAX.mutualConnections },
} as const;

/** The details a profile yields, in the shape of `Profile` (lib/schema.ts). */
export interface ProfileFields {
  name?: string;
  headline?: string;
  company?: string;
  industry?: string;
  about?: string;
  recentWork?: string;
  schools?: string[];
  mutualConnections?: string[];
}
export type ProfileFieldKey = keyof ProfileFields;

/** Every field, in the order the page shows them. */
export const PROFILE_FIELD_KEYS = ['name', 'headline', 'company', 'industry', 'schools', 'recentWork', 'mutualConnections', 'about'] as const satisfies readonly ProfileFieldKey[];

/**
 * How sure the parser is of a field: `high` when it sits where the page puts it (the top card,
 * a labelled section, the current job); `medium` when read from the layout's shape (the PDF's
 * header lines, the first of several current jobs, a PDF publication); `low` when taken from a
 * neighbouring field (a company from the headline's "at …").
 */
export type Confidence = 'high' | 'medium' | 'low';

/** One Experience entry. */
export interface ExperienceEntry {
  title?: string;
  company?: string;
  employmentType?: string;
  dates: string;
  /** No end date: "… - Present". */
  current: boolean;
}

/** One Education entry. */
export interface EducationEntry {
  school: string;
  degree?: string;
  years?: string;
}

/** What else the profile shows: read, shown for review, not sent to the coach. */
export interface ProfileDetails {
  location?: string;
  connections?: string;
  followers?: string;
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: string[];
}

/** The parse of one pasted profile. */
export interface ParsedProfile {
  /** Which copy it looks like: the web page, the PDF export, or neither. */
  layout: 'web' | 'pdf' | 'unknown';
  fields: ProfileFields;
  confidence: Partial<Record<ProfileFieldKey, Confidence>>;
  details: ProfileDetails;
  /** Lines of the person's own text that no field or detail took, in order (at most 200). */
  unused: string[];
}

const MAX_UNUSED = 200;
const MAX_SKILLS = 50;

/** Parses one pasted profile. Never throws; any text gets an answer. */
export function parseProfile(text: string): ParsedProfile {
  const lines = readLines(typeof text === 'string' ? text : '');
  retagTopCard(lines);
  const state = new ParseState(lines);
  const layout = detectLayout(lines);
  readCounts(state);
  readTop(state);
  if (!state.fields.name) readPdfHeader(state);
  readAbout(state, layout);
  readExperience(state, layout);
  readEducation(state);
  readSkills(state);
  readActivity(state);
  readIndustry(state);
  companyFromHeadline(state);
  return finish(state, layout, typeof text === 'string' ? text : '');
}

/** True for the badges that follow a name on the top card: "· 2nd", "She/Her", "Contact info". */
function isBadge(line: Line): boolean {
  return (line.noise && (/\b(?:1st|2nd|3rd)\b/.test(line.key) || line.key.includes('/'))) || line.key.endsWith('contact info');
}

/**
 * The top card can sit anywhere in a paste that was assembled by hand (About first, then the
 * name): a name followed within a few lines by its badges starts the top card again, up to the
 * next heading, so its lines are not read as part of the section above.
 */
function retagTopCard(lines: Line[]): void {
  if (lines.some((l) => l.section === 'top' && !l.noise && !l.heading)) return;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.heading || line.noise || !nameOf(line.text)) continue;
    if (!lines.slice(i + 1, i + 5).some((l) => !l.heading && isBadge(l))) continue;
    for (let j = i; j < lines.length; j++) {
      const card = lines[j];
      if (!card || card.heading) break;
      card.section = 'top';
      card.sectionId = 0;
    }
    return;
  }
}

/** The lines, what has been found so far and which lines are spoken for. */
class ParseState {
  readonly fields: ProfileFields = {};
  readonly confidence: Partial<Record<ProfileFieldKey, Confidence>> = {};
  readonly details: ProfileDetails = { experience: [], education: [], skills: [] };
  private readonly used = new Set<number>();
  constructor(readonly lines: Line[]) {}

  /** The content lines (not headings, not chrome) of every section of a kind, in order. */
  section(kind: SectionKind | 'top'): Line[] {
    return this.lines.filter((l) => l.section === kind && !l.heading && !l.noise);
  }
  use(...lines: (Line | undefined)[]): void {
    for (const line of lines) if (line) this.used.add(line.id);
  }
  isUsed(line: Line): boolean {
    return this.used.has(line.id);
  }
  set<K extends ProfileFieldKey>(key: K, value: ProfileFields[K] | undefined, confidence: Confidence): void {
    if (value === undefined || (typeof value === 'string' && value === '') || (Array.isArray(value) && value.length === 0)) return;
    this.fields[key] = value;
    this.confidence[key] = confidence;
  }
}

/** The web copy and the PDF export differ in section names, date formats and entry order. */
function detectLayout(lines: Line[]): ParsedProfile['layout'] {
  let pdf = 0;
  let web = 0;
  for (const line of lines) {
    if (line.heading && (line.key === 'summary' || line.key === 'top skills' || line.key === 'contact' || line.key === 'honors-awards')) pdf++;
    if (line.key.startsWith('page ') && line.noise) pdf++;
    if (line.key.endsWith('(linkedin)')) pdf += 2;
    if (line.section === 'experience' && /\(\d/.test(line.text) && parseDateRange(line.text)) pdf++;
    if (line.heading && (line.key === 'activity' || line.key === 'about')) web++;
    if (line.noise && (line.key.includes('2nd') || line.key.includes('3rd') || line.key.includes('1st'))) web++;
    if (line.key.endsWith('contact info') || line.key.startsWith('show all') || line.key.endsWith('see more')) web++;
    if (line.section === 'experience' && companyWithType(line.text)) web++;
  }
  if (pdf === 0 && web === 0) return 'unknown';
  return pdf > web ? 'pdf' : 'web';
}

/** "500+ connections", "1,204 followers", "Dana Whitfield, Sam Lee, and 12 other mutual connections". */
function readCounts(state: ParseState): void {
  for (const line of state.lines) {
    if (line.heading || line.section === 'ignored') continue;
    for (const part of dotParts(line.text)) {
      const tokens = words(lookupKey(part));
      if (tokens.length === 2 && /^[\d.,]+\+?k?$/.test(tokens[0] ?? '')) {
        if ((tokens[1] === 'connections' || tokens[1] === 'connection') && !state.details.connections) {
          state.details.connections = words(part)[0];
          state.use(line);
        } else if ((tokens[1] === 'followers' || tokens[1] === 'follower') && !state.details.followers) {
          state.details.followers = words(part)[0];
          state.use(line);
        }
      }
    }
    if (line.section !== 'activity' && !state.fields.mutualConnections) {
      const mutual = mutualNames(line.text);
      if (mutual) {
        state.set('mutualConnections', mutual, 'high');
        state.use(line);
      }
    }
  }
}

const MUTUAL_ENDINGS = [' is a mutual connection', ' are mutual connections', ' mutual connections', ' mutual connection'];

/** The named people of a mutual-connections line; null when it is not one or names nobody. */
function mutualNames(line: string): string[] | null {
  const key = lookupKey(line);
  const ending = MUTUAL_ENDINGS.find((e) => key.endsWith(e));
  if (!ending) return null;
  let rest = line.slice(0, line.length - ending.length);
  // "…, and 12 other" / "… and 3 others"
  const restWords = words(rest);
  const last = lookupKey(restWords[restWords.length - 1] ?? '');
  if (last === 'other' || last === 'others') {
    const andAt = lookupKey(rest).lastIndexOf(' and ');
    if (andAt < 0) return null;
    rest = rest.slice(0, andAt);
  }
  const names = rest
    .split(',')
    .flatMap((part) => part.split(' and '))
    .map((part) => trimEdges(part))
    .map((part) => (part.toLowerCase().startsWith('and ') ? trimEdges(part.slice(4)) : part))
    .filter((part) => part.length > 0);
  if (names.length === 0 || !names.every((n) => nameOf(n) === n)) return null;
  return names;
}

/** The location on the top card: "Pittsburgh, Pennsylvania, United States · Contact info". */
function locationOf(line: Line, previous: Line | undefined): { location: string; lines: Line[] } | null {
  if (!line.key.endsWith('contact info')) return null;
  const before = trimEdges(line.text.slice(0, line.text.length - 'contact info'.length)).replace(/[·•]$/, '');
  const location = trimEdges(before);
  if (location) return { location, lines: [line] };
  if (previous && isPlace(previous.text)) return { location: previous.text, lines: [line, previous] };
  return { location: '', lines: [line] };
}

/** The web page's top card: name, pronouns and degree, headline, location. */
function readTop(state: ParseState): void {
  const top = state.lines.filter((l) => l.section === 'top');
  let nameAt = -1;
  let confirmed = false;
  const nameIn = (line: Line) => nameOf(withoutBadges(line.text).text);
  // Prefer the name right before (or beside) a degree or pronoun badge ("Olga Petrova\n· 2nd"); else the first name.
  for (let i = 0; i < top.length; i++) {
    const line = top[i];
    if (!line || line.noise || state.isUsed(line) || !nameIn(line)) continue;
    const badge = withoutBadges(line.text).badge || top.slice(i + 1, i + 4).some((n) => n.noise && isBadge(n));
    if (nameAt < 0) nameAt = i;
    if (badge) {
      nameAt = i;
      confirmed = true;
      break;
    }
  }
  const nameLine = top[nameAt];
  const name = nameLine ? nameIn(nameLine) : null;
  if (!nameLine || !name) {
    readLocation(state, top);
    return;
  }
  const rest = top.slice(nameAt + 1);
  const sure = confirmed || rest.slice(0, 8).some((l) => l.key.endsWith('contact info'));
  state.set('name', name, sure ? 'high' : 'medium');
  state.use(nameLine);
  for (const line of rest) {
    if (line.noise || state.isUsed(line) || nameIn(line) === name) continue;
    if (line.key.endsWith('contact info')) break;
    state.set('headline', cutToLength(trimEmoji(line.text) || line.text, PROFILE_BOUNDS.headline), sure ? 'high' : 'medium');
    state.use(line);
    break;
  }
  readLocation(state, top);
}

function readLocation(state: ParseState, top: Line[]): void {
  for (let i = 0; i < top.length; i++) {
    const line = top[i];
    if (!line) continue;
    const previous = top.slice(0, i).reverse().find((l) => !l.noise);
    const found = locationOf(line, previous);
    if (found) {
      if (found.location) state.details.location = found.location;
      state.use(...found.lines);
      return;
    }
  }
}

/**
 * The PDF export prints the left column (Contact, Top Skills, Languages …) first, then the name,
 * headline and location, then Summary / Experience / Education: the header is the lines just
 * before the first main section, read backwards.
 */
function readPdfHeader(state: ParseState): void {
  const lines = state.lines;
  const main = lines.findIndex((l) => l.heading && (l.section === 'about' || l.section === 'experience' || l.section === 'education'));
  if (main <= 0) return;
  const before = lines[main - 1];
  if (!before || before.section === 'top' || before.section === 'about' || before.section === 'experience' || before.section === 'education') return;
  const block: Line[] = [];
  for (let i = main - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line || line.heading) break;
    if (!line.noise) block.unshift(line);
  }
  let end = block.length;
  let location: Line | undefined;
  const last = block[end - 1];
  if (last && isPlace(last.text) && !nameOf(last.text)) {
    location = last;
    end--;
  }
  // Up to three headline lines (a long headline wraps), then the name: the one the profile's
  // address spells ("linkedin.com/in/marcusbell"), else the nearest that does not continue the
  // line above it ("… | Board Member," + "Atlantic Ports Council" is one headline).
  const slug = profileSlug(lines);
  const candidates: number[] = [];
  for (let i = end - 1; i >= Math.max(0, end - 4); i--) {
    const line = block[i];
    if (line && nameOf(line.text) && !continuesAbove(block[i - 1])) candidates.push(i);
  }
  const bySlug = slug ? candidates.find((i) => spelledBy(nameOf(block[i]?.text ?? '') ?? '', slug)) : undefined;
  const at = bySlug ?? candidates[0];
  const line = at === undefined ? undefined : block[at];
  const name = line ? nameOf(line.text) : null;
  if (at === undefined || !line || !name) return;
  const headlineLines = block.slice(at + 1, end);
  const sure = location !== undefined || bySlug !== undefined;
  state.set('name', name, sure ? 'high' : 'medium');
  state.use(line, location, ...headlineLines);
  const headline = headlineLines.map((l) => l.text).join(' ');
  if (headline) state.set('headline', cutToLength(headline, PROFILE_BOUNDS.headline), sure ? 'high' : 'medium');
  if (location) state.details.location = location.text;
}

/** True when a line breaks off mid-phrase, so the next line continues it. */
function continuesAbove(line: Line | undefined): boolean {
  if (!line) return false;
  return /[,|&/+:;·•–—-]$/.test(line.text) || [' and', ' of', ' at', ' for', ' the', ' in', ' with', ' to'].some((w) => line.key.endsWith(w));
}

/** The PDF's profile address, lowercased letters only: "www.linkedin.com/in/marcus-bell-42" → "marcusbell". */
function profileSlug(lines: Line[]): string | undefined {
  for (const line of lines) {
    const at = line.key.indexOf('linkedin.com/in/');
    if (at < 0) continue;
    const rest = line.key.slice(at + 'linkedin.com/in/'.length);
    const end = rest.search(/[\s/(?]/);
    const slug = (end < 0 ? rest : rest.slice(0, end)).replace(/[^a-z]/g, '');
    if (slug.length >= 3) return slug;
  }
  return undefined;
}

/** True when every word of a Latin-script name appears in the slug ("Marcus Bell" in "marcusbell"). */
function spelledBy(name: string, slug: string): boolean {
  const parts = words(name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, ''));
  return parts.length > 0 && parts.every((p) => p.length > 0 && slug.includes(p));
}

/** About (web) or Summary (PDF): the first such section with text. */
function readAbout(state: ParseState, layout: ParsedProfile['layout']): void {
  const sectionIds = [...new Set(state.lines.filter((l) => l.section === 'about' && l.heading).map((l) => l.sectionId))];
  for (const id of sectionIds) {
    let lines = state.lines.filter((l) => l.section === 'about' && l.sectionId === id && !l.heading && !l.noise);
    if (lines.length === 0) continue;
    // The web copy can hold the whole text twice (once for the eye, once for screen readers).
    const half = lines.length / 2;
    if (Number.isInteger(half) && lines.slice(0, half).every((l, i) => l.text === lines[half + i]?.text)) {
      state.use(...lines.slice(half));
      lines = lines.slice(0, half);
    }
    let about = '';
    let previous: Line | undefined;
    for (const line of lines) {
      const text = stripSuffix(line.text, MORE_SUFFIXES);
      if (previous) {
        const adjacent = line.row === previous.row + 1;
        // A PDF wraps paragraphs at the page's width: a line that does not end a sentence goes on.
        const wrapped = layout === 'pdf' && adjacent && !/[.!?:…]$/.test(previous.text);
        about += wrapped ? ' ' : line.blankBefore ? '\n\n' : '\n';
      }
      about += text;
      previous = line;
    }
    state.use(...lines);
    state.set('about', cutToLength(about, PROFILE_BOUNDS.about), 'high');
    return;
  }
}

/**
 * Experience entries end with their dates. On the web each reads title, "Company · Full-time",
 * dates; several roles at one company sit under the company and its total ("Google\nFull-time ·
 * 6 yrs"). The PDF puts the company first: company, title, dates.
 */
function readExperience(state: ParseState, layout: ParsedProfile['layout']): void {
  const lines = state.section('experience');
  const pdfOrder = layout === 'pdf' && !lines.some((l) => companyWithType(l.text));
  let windowStart = 0;
  let group: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const dateLine = lines[i];
    if (!dateLine) continue;
    const range = parseDateRange(dateLine.text);
    if (!range) continue;
    const window = lines.slice(windowStart, i).filter((l) => !isPlace(l.text) || companyWithType(l.text));
    windowStart = i + 1;
    if (window.length === 0) continue;
    const entry: ExperienceEntry = { dates: dateLine.text, current: range.current };
    const at = (k: number) => window[window.length - k];
    const durationAt = window.findIndex((l) => isDuration(l.text));
    if (pdfOrder) {
      if (durationAt > 0) {
        group = window[durationAt - 1]?.text;
        entry.company = group;
        state.use(window[durationAt - 1], window[durationAt]);
      } else if (group && (window.length === 1 || isProse(at(2)?.text ?? ''))) {
        entry.company = group;
      } else if (window.length >= 2) {
        group = undefined;
        entry.company = at(2)?.text;
        state.use(at(2));
      }
      entry.title = at(1)?.text;
      state.use(at(1), dateLine);
    } else {
      // A role under a group may carry its own type line ("Full-time") between title and dates.
      let k = 1;
      if (at(k) && isEmploymentType(at(k)?.text ?? '')) {
        entry.employmentType = at(k)?.text;
        state.use(at(k));
        k++;
      }
      const last = at(k);
      const typed = last ? companyWithType(last.text) : null;
      if (durationAt >= 0 && durationAt < window.length - k + 1) {
        const header = window[durationAt - 1];
        const typedHeader = header ? companyWithType(header.text) : null;
        group = typedHeader?.company ?? header?.text;
        entry.company = group;
        entry.title = last && last !== window[durationAt] ? last.text : undefined;
        state.use(header, window[durationAt], last);
      } else if (typed) {
        group = undefined;
        entry.company = typed.company;
        entry.employmentType = typed.type;
        entry.title = at(k + 1)?.text;
        state.use(last, at(k + 1));
      } else if (group && !(at(k + 1) && hasTitleWord(at(k + 1)?.text ?? '') && !hasTitleWord(last?.text ?? ''))) {
        entry.company = group;
        entry.title = last?.text;
        state.use(last);
      } else if (at(k + 1) && !isProse(at(k + 1)?.text ?? '')) {
        group = undefined;
        entry.title = at(k + 1)?.text;
        entry.company = last?.text;
        state.use(last, at(k + 1));
      } else {
        entry.title = last?.text;
        state.use(last);
      }
      state.use(dateLine);
    }
    if (entry.title && (isDuration(entry.title) || parseDateRange(entry.title))) delete entry.title;
    state.details.experience.push(entry);
  }
  const current = state.details.experience.filter((e) => e.current && e.company);
  const first = current[0];
  if (first?.company) state.set('company', cutToLength(first.company, PROFILE_BOUNDS.company), current.length > 1 ? 'medium' : 'high');
}

/** Education entries: the school, then its degree and years ("2019 - 2021", PDF "· (2019 - 2021)"). */
function readEducation(state: ParseState): void {
  const lines = state.section('education');
  let current: EducationEntry | undefined;
  let justOpened = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const key = line.key;
    if (key.startsWith('grade:') || key.startsWith('activities and societies:') || key.startsWith('skills:')) {
      justOpened = false;
      continue;
    }
    const parts = dotParts(line.text);
    const yearsPart = parts.length > 1 ? parts[parts.length - 1] : undefined;
    if (current && parseDateRange(line.text)) {
      current.years ??= line.text;
      state.use(line);
      justOpened = false;
      continue;
    }
    const next = lines[i + 1];
    const nextIsDetail = next !== undefined && (isDegree(next.text) || parseDateRange(next.text) !== null);
    const schoolLike = canBeSchoolName(line.text) && line.text.length <= PROFILE_BOUNDS.schools.length;
    if (current && justOpened && !current.degree && !hasSchoolWord(line.text)) {
      // The line under a school is its degree (or field of study), with the PDF's years after a dot.
      if (yearsPart && parseDateRange(yearsPart)) {
        current.degree = trimEdges(line.text.slice(0, line.text.lastIndexOf(yearsPart))).replace(/[·•]$/, '').trim() || undefined;
        current.years = yearsPart;
      } else current.degree = line.text;
      state.use(line);
      justOpened = false;
      continue;
    }
    if (schoolLike && !isDegree(line.text) && (current === undefined || hasSchoolWord(line.text) || nextIsDetail)) {
      current = { school: trimEmoji(line.text) || line.text };
      state.details.education.push(current);
      state.use(line);
      justOpened = true;
      continue;
    }
    justOpened = false;
  }
  const schools: string[] = [];
  for (const entry of state.details.education) {
    if (!schools.includes(entry.school) && schools.length < PROFILE_BOUNDS.schools.items) schools.push(entry.school);
  }
  state.set('schools', schools, 'high');
}

/** Skills (web) or Top Skills (PDF), one a line; the web About's "Top skills" line holds them dotted. */
function readSkills(state: ParseState): void {
  const skills = state.details.skills;
  for (const line of state.section('skills')) {
    if (state.isUsed(line) || line.key.includes('endorse') || line.key.includes(' at ') || line.key.includes('experience')) continue;
    if (isProse(line.text) || line.text.length > 80 || /^\d/.test(line.text)) continue;
    for (const part of dotParts(line.text)) {
      if (skills.length < MAX_SKILLS && !skills.includes(part)) skills.push(part);
    }
    state.use(line);
  }
}

/**
 * Activity: the first item the person wrote ("Olga Petrova posted this • 2w") gives its opening
 * line as their recent work. Reposts, comments and reactions are someone else's work. The PDF has
 * no Activity; its Publications stand in.
 */
function readActivity(state: ParseState): void {
  const lines = state.lines.filter((l) => l.section === 'activity' && !l.heading);
  const skip = new Set([state.fields.name, state.fields.headline].filter((v): v is string => Boolean(v)));
  let sawItem = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // "reposted this" contains "posted this": someone else's work is checked first.
    const other = ACTIVITY_OTHER.some((phrase) => line.key.includes(phrase));
    const authored = !other && ACTIVITY_AUTHORED.some((phrase) => line.key.includes(phrase));
    if (!authored && !other) continue;
    sawItem = true;
    state.use(line);
    if (!authored) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const candidate = lines[j];
      if (!candidate) continue;
      if (ACTIVITY_AUTHORED.some((p) => candidate.key.includes(p)) || ACTIVITY_OTHER.some((p) => candidate.key.includes(p))) break;
      if (candidate.noise || skip.has(candidate.text) || nameOf(candidate.text) === state.fields.name) continue;
      const title = firstSentence(stripSuffix(candidate.text, MORE_SUFFIXES), PROFILE_BOUNDS.recentWork);
      if (words(title).length < 2) continue;
      state.set('recentWork', title, 'high');
      state.use(candidate);
      return;
    }
  }
  if (!sawItem) readPostsTab(state, lines);
  if (!sawItem && !state.fields.recentWork) {
    const publication = state.section('publications').find((l) => !isProse(l.text) || l.text.length <= 160);
    if (publication) {
      state.set('recentWork', cutToLength(publication.text, PROFILE_BOUNDS.recentWork), 'medium');
      state.use(publication);
    }
  }
}

/**
 * The Activity "Posts" tab shows no "posted this" line: each post opens with the author's name,
 * headline and age ("Olga Petrova\nData Scientist …\n2w •"), then the text.
 */
function readPostsTab(state: ParseState, lines: Line[]): void {
  const name = state.fields.name;
  if (!name) return;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || nameOf(withoutBadges(line.text).text) !== name) continue;
    const stamp = lines.slice(i + 1, i + 5).findIndex((l) => isTimeStamp(l.text));
    if (stamp < 0) continue;
    for (const candidate of lines.slice(i + 2 + stamp)) {
      if (candidate.noise || candidate.text === state.fields.headline || nameOf(withoutBadges(candidate.text).text) === name) continue;
      const title = firstSentence(stripSuffix(candidate.text, MORE_SUFFIXES), PROFILE_BOUNDS.recentWork);
      if (words(title).length < 2) continue;
      state.set('recentWork', title, 'medium');
      state.use(candidate);
      return;
    }
    return;
  }
}

/** Industry, only when the text labels it: "Industry\nHospitals and Health Care" or "Industry: …". */
function readIndustry(state: ParseState): void {
  const lines = state.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    let value: string | undefined;
    if (line.key === 'industry') {
      const next = lines[i + 1];
      if (next && !next.heading && !next.noise) {
        value = next.text;
        state.use(next);
      }
    } else if (line.key.startsWith('industry:') || line.key.startsWith('industry ·')) {
      value = trimEdges(line.text.slice('industry:'.length));
    }
    if (value && !isProse(value) && value.length <= PROFILE_BOUNDS.industry) {
      state.set('industry', value, 'high');
      state.use(line);
      return;
    }
  }
}

/** With no Experience at all, the headline's "… at Northwind Health" names the company (low confidence). */
function companyFromHeadline(state: ParseState): void {
  const headline = state.fields.headline;
  if (state.fields.company || state.details.experience.length > 0 || !headline) return;
  const key = lookupKey(headline);
  let at = key.indexOf(' at ');
  let skipLength = 4;
  if (at < 0) {
    at = key.indexOf(' @ ');
    skipLength = 3;
  }
  if (at < 0) return;
  let company = headline.slice(at + skipLength);
  for (const stop of [' | ', ' · ', ' • ', ', ', ' - ', ' – ', ' — ', ' and ', ' & ']) {
    const cut = company.indexOf(stop);
    if (cut > 0) company = company.slice(0, cut);
  }
  company = trimEdges(trimEmoji(company));
  if (!company || hasSchoolWord(company) || company.length > PROFILE_BOUNDS.company || words(company).length > 6) return;
  state.set('company', company, 'low');
}

/** Bounds every field, drops any value that does not occur in the text, and lists the unused lines. */
function finish(state: ParseState, layout: ParsedProfile['layout'], text: string): ParsedProfile {
  const normalized = normalizeSpace(text);
  const fields: ProfileFields = {};
  const confidence: Partial<Record<ProfileFieldKey, Confidence>> = {};
  for (const key of PROFILE_FIELD_KEYS) {
    const value = state.fields[key];
    if (value === undefined) continue;
    if (key === 'schools' || key === 'mutualConnections') {
      const bound = PROFILE_BOUNDS[key];
      const items = (value as string[])
        .filter((item) => item.length > 0 && item.length <= bound.length && occursIn(item, normalized))
        .slice(0, bound.items);
      if (items.length > 0) fields[key] = items;
    } else {
      const bounded = cutToLength(value as string, PROFILE_BOUNDS[key]);
      if (bounded && occursIn(bounded, normalized)) fields[key] = bounded;
    }
    const level = state.confidence[key];
    if (fields[key] !== undefined && level) confidence[key] = level;
  }
  const unused = state.lines
    .filter((l) => l.section !== 'ignored' && !l.heading && !l.noise && !state.isUsed(l) && !isNoiseLine(l.text))
    .slice(0, MAX_UNUSED)
    .map((l) => l.text);
  return { layout, fields, confidence, details: state.details, unused };
}
