/**
 * The recipient's criteria as data: what each one looks for, what it does under each preset, the
 * coach's words for it, and where the rule comes from. The library, the API, the page's criteria
 * panel and the docs all read this table; nothing here imports zod, Next or Node, so the page can
 * show the criteria without pulling the analyzer into the browser.
 */

/** Criterion ids (SPEC "Triage"). */
export const CRITERION_IDS = [
  'clear-intent',
  'shared-ground',
  'specific-praise',
  'no-note-no-mutuals',
  'blank-profile',
  'boilerplate',
  'count-bragging',
  'buzzword-title',
  'emoji',
  'sales-pitch',
  'early-ask',
  'scam',
  'keyword',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export const PRESET_IDS = ['open', 'curated', 'strict'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The default preset when a request names none. */
export const DEFAULT_PRESET: PresetId = 'curated';

export const DECISIONS = ['accept', 'review', 'ignore'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What a criterion does when it holds: push toward a decision, or nothing ("off"). */
export const EFFECTS = ['off', 'accept', 'review', 'ignore'] as const;
export type Effect = (typeof EFFECTS)[number];

/** The user's criteria as a request carries them (the zod schema in lib/schema.ts checks this shape). */
export interface Criteria {
  preset?: PresetId;
  rules?: Partial<Record<CriterionId, Effect>>;
  keywords?: { accept?: string[]; ignore?: string[] };
}

/** One criterion of the table. */
export interface Criterion {
  id: CriterionId;
  /** Short name for the criteria panel. */
  label: string;
  /** A good sign (its effect is "accept" when on) or a warning sign. */
  kind: 'good' | 'warning';
  /** What the criterion does under each preset. */
  effects: Record<PresetId, Effect>;
  /** The reason shown when it holds, in a coach's words, addressed to the person deciding. */
  message: string;
  /** The reason shown when a preset requires it and it does not hold. */
  missing?: string;
  /** Points it moves the triage score (0–100, before the decision's band). */
  weight: number;
  /** What it looks at, for the panel and the docs. */
  description: string;
  /** Where the rule comes from. */
  source: string;
}

/** The criteria, in the order the panel lists them. */
export const CRITERIA: readonly Criterion[] = [
  {
    id: 'clear-intent',
    label: 'Says why',
    kind: 'good',
    effects: { open: 'accept', curated: 'accept', strict: 'accept' },
    message: 'They say why they are reaching out.',
    missing: 'They don’t say why they want to connect.',
    weight: 25,
    description: 'The note states a purpose with content: a question, a topic, a role, an introduction (the analyzer’s intent check).',
    source: 'A LinkedIn career expert accepts no one who doesn’t say why they are reaching out.',
  },
  {
    id: 'shared-ground',
    label: 'Shares something with you',
    kind: 'good',
    effects: { open: 'accept', curated: 'accept', strict: 'accept' },
    message: 'You have something in common.',
    missing: 'Nothing in the invitation connects them to you.',
    weight: 15,
    description: 'The note or headline names your school, company, industry or goal, or you have a mutual connection they name.',
    source: 'Curators accept for relevance: “it’s not about rejection, it’s about relevance.”',
  },
  {
    id: 'specific-praise',
    label: 'Knows your work',
    kind: 'good',
    effects: { open: 'accept', curated: 'accept', strict: 'accept' },
    message: 'They mention something specific you did.',
    weight: 10,
    description: 'The note praises a named post, talk, book or project of yours, not just “great profile”.',
    source: 'Career coaches: specific praise shows the sender actually read your work.',
  },
  {
    id: 'no-note-no-mutuals',
    label: 'No note, no mutuals',
    kind: 'warning',
    effects: { open: 'review', curated: 'ignore', strict: 'ignore' },
    message: 'A stranger with no note and no mutual connections.',
    weight: -25,
    description: 'The invitation has no note and you share no connections.',
    source: 'Users of LinkedIn tools ask to accept only invitations with a note or shared connections.',
  },
  {
    id: 'blank-profile',
    label: 'Blank profile',
    kind: 'warning',
    effects: { open: 'ignore', curated: 'ignore', strict: 'ignore' },
    message: 'A blank profile: no headline, and no photo or hardly any connections. Often a bot or a fake account.',
    weight: -30,
    description: 'No headline, plus no photo or under 50 connections (when the invitation says so).',
    source: 'A career coach avoids blank profiles to keep out bots and con artists.',
  },
  {
    id: 'boilerplate',
    label: 'Stock note',
    kind: 'warning',
    effects: { open: 'off', curated: 'review', strict: 'ignore' },
    message: 'A stock note: nothing in it was written for you.',
    weight: -10,
    description: 'LinkedIn’s default text, “I came across your profile”, “hope this finds you well” (the analyzer’s boilerplate rule).',
    source: 'LinkedIn’s default “I’d like to add you to my professional network” is the canonical boilerplate.',
  },
  {
    id: 'count-bragging',
    label: 'Brags about numbers',
    kind: 'warning',
    effects: { open: 'off', curated: 'ignore', strict: 'ignore' },
    message: 'They promote their follower or connection count.',
    weight: -15,
    description: 'Follower or connection counts in the note or headline (“30K followers”, “500+ connections”).',
    source: 'A CEO’s published rejection criteria: people who promote their number of connections.',
  },
  {
    id: 'buzzword-title',
    label: 'Buzzword title',
    kind: 'warning',
    effects: { open: 'off', curated: 'ignore', strict: 'ignore' },
    message: 'They call themselves a “thought leader” or similar.',
    weight: -10,
    description: 'Self-awarded titles in the note, headline or name: thought leader, guru, ninja, visionary, rockstar…',
    source: 'The same CEO rejects people who call themselves “thought leaders”.',
  },
  {
    id: 'emoji',
    label: 'Emoji runs',
    kind: 'warning',
    effects: { open: 'off', curated: 'ignore', strict: 'ignore' },
    message: 'A run of decorative emoji (🚀🔥) reads as hype.',
    weight: -10,
    description: 'Two or more emoji in a row, or three or more in one field; a single 🚀 is fine.',
    source: 'The same CEO rejects rocket-ship emojis.',
  },
  {
    id: 'sales-pitch',
    label: 'Sales pitch',
    kind: 'warning',
    effects: { open: 'off', curated: 'ignore', strict: 'ignore' },
    message: 'They are pitching a product or service.',
    weight: -20,
    description: 'A pitch in the first note (the analyzer’s sales-pitch rule).',
    source: 'Users of LinkedIn tools ask to block sales pitches.',
  },
  {
    id: 'early-ask',
    label: 'Asks for something',
    kind: 'warning',
    effects: { open: 'off', curated: 'review', strict: 'ignore' },
    message: 'They ask for something up front: a call, a referral, a demo or a job.',
    weight: -10,
    description: 'A meeting, demo, referral or job asked of you in the first note (the analyzer’s early-ask rule).',
    source: 'Career experts: an ask in the first note asks too much too soon — but a recruiter’s role can be worth reading.',
  },
  {
    id: 'scam',
    label: 'Scam signs',
    kind: 'warning',
    effects: { open: 'ignore', curated: 'ignore', strict: 'ignore' },
    message: 'This looks like a scam. Don’t click links or send money; consider reporting it to LinkedIn.',
    weight: -50,
    description:
      'Crypto or investment talk, fees or payment, urgency, link shorteners, job offers out of nowhere, offers to fix your CV (two signs, or one strong one).',
    source: 'LinkedIn’s own safety advice and recruiters’ warnings about fake job offers and advance-fee schemes.',
  },
  {
    id: 'keyword',
    label: 'Your keywords',
    kind: 'good',
    effects: { open: 'accept', curated: 'accept', strict: 'accept' },
    message: 'It mentions a word on your list.',
    weight: 15,
    description: 'Your own words: an accept list (e.g. a technology you work with) and an ignore list (e.g. “forex”).',
    source: 'Your own standard.',
  },
];

/** The criteria by id. */
export const CRITERIA_BY_ID: Readonly<Record<CriterionId, Criterion>> = Object.fromEntries(CRITERIA.map((c) => [c.id, c])) as Record<
  CriterionId,
  Criterion
>;

/** Points a match on the ignore list takes off (the criterion's own weight is for the accept list). */
export const KEYWORD_IGNORE_WEIGHT = -30;

/** Messages of the keyword criterion, one per list. */
export const KEYWORD_MESSAGES = {
  accept: 'It mentions a word on your accept list.',
  ignore: 'It mentions a word on your ignore list.',
} as const;

/** One preset: a standard someone could hold. */
export interface Preset {
  id: PresetId;
  label: string;
  /** One line for the preset picker. */
  description: string;
  source: string;
  /** Good signs an accept needs (a good sign switched off is no longer required). */
  requires: readonly CriterionId[];
  /** The decision when no criterion decides. */
  fallback: Decision;
}

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  open: {
    id: 'open',
    label: 'Open',
    description: 'Accept nearly everyone; ignore only scams and bots.',
    source: 'Open networkers (“LIONs”) accept nearly everyone with some intent.',
    requires: [],
    fallback: 'accept',
  },
  curated: {
    id: 'curated',
    label: 'Curated',
    description: 'Accept a clear, relevant note; ignore bragging, hype, pitches, scams and silent strangers.',
    source: 'Career experts who curate: “it’s not about rejection, it’s about relevance.”',
    requires: ['clear-intent'],
    fallback: 'review',
  },
  strict: {
    id: 'strict',
    label: 'Strict',
    description: 'Accept only a note that says why and shares something with you.',
    source: 'Experts who accept no one who doesn’t say why, and only people they share ground with.',
    requires: ['clear-intent', 'shared-ground'],
    fallback: 'review',
  },
};

/** The effect of a criterion under a preset, after the user's overrides. */
export function effectOf(id: CriterionId, preset: PresetId, rules?: Partial<Record<CriterionId, Effect>>): Effect {
  return rules?.[id] ?? CRITERIA_BY_ID[id].effects[preset];
}
