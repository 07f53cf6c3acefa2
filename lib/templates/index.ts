/**
 * Scenario templates as data, filled from the recipient's and sender's details. Pure and light:
 * imported by the page's client bundle, so it must not import the analyzer or compromise.
 *
 * A body holds named slots: `{firstName}` must be filled (a missing value stays a visible
 * bracketed placeholder and is listed in `missing`), `{goal|I'd love to …}` falls back to the text
 * after the bar when the details lack it. Defaults never state a fact: names, schools, companies,
 * events and works only ever come from the details or from what the user types into a slot.
 */
import { PLAN_LIMITS } from '../contract';
import type { Plan, Profile, Sender } from '../schema';
import { SLOTS, isSlotName, type SlotName, type TemplateDetails } from './slots';
import { shortenAtWord, squash } from './text';

export { SLOTS, type SlotName, type TemplateDetails } from './slots';

/** LinkedIn's note limits, from the contract (no zod, so the page's bundle stays small). */
export const TEMPLATE_LIMITS: Readonly<Record<Plan, number>> = PLAN_LIMITS;

export interface Template {
  /** Stable id, kebab-case: 'alumni', 'reader', 'same-industry', 'event', 'mutual-connection', 'former-colleague', 'job-seeker', 'recruiter'. */
  id: string;
  /** Scenario name shown in the picker, e.g. "Fellow alum". */
  name: string;
  /** One line on when to use it. */
  description: string;
  /** Body with named slots such as {firstName}, {school}, {recentWork}; `{slot|default}` has a fallback. */
  body: string;
  /** Slots that must be filled for the note to be sendable. */
  required: string[];
  /**
   * More ways to say the same note, with the same slots and the same `required`: a batch picks one
   * per recipient (see `phrasingsOf`) so a hundred notes do not share one sentence frame.
   */
  phrasings?: readonly string[];
}

export interface FilledTemplate {
  template: Template;
  /** The note, with each missing slot left as a visible bracketed placeholder like "[your shared school]". */
  text: string;
  /** Human labels of the details still needed ("Recipient's name"), empty when ready. */
  missing: string[];
  /** The bracketed placeholders left in `text`. */
  placeholders: string[];
}

/**
 * The scenarios. Each opens with the recipient's name, names what the two share (or the work being
 * praised) and closes with a purpose that has content, the three things that get a stranger's
 * request accepted; none asks for a job, a call or a referral.
 */
export const TEMPLATES: Template[] = [
  {
    id: 'alumni',
    name: 'Fellow alum',
    description: 'You went to the same school.',
    body: "Hi {firstName}, fellow {school} alum here. {goal|I'd love to connect and learn how you chose your path after graduating}.",
    required: ['firstName', 'school'],
    phrasings: [
      "Hi {firstName}, I see we're both {school} alumni. {goal|I'd love to connect and hear how you've built your career since graduating}.",
      "Hi {firstName}, a fellow {school} graduate here. {goal|I'd love to connect and learn what you took from your time there into your work}.",
    ],
  },
  {
    id: 'reader',
    name: 'Reader of their work',
    description: 'You read their post, book or article, or saw their talk.',
    body: "Hi {firstName}, I enjoyed {recentWork} and it stayed with me. {goal|I'd love to connect and learn more about the thinking behind it}.",
    required: ['firstName', 'recentWork'],
    phrasings: [
      "Hi {firstName}, I appreciated {recentWork} and have been thinking about it since. {goal|I'd love to connect and learn more about the thinking behind it}.",
      "Hi {firstName}, {recentWork} stuck with me. {goal|I'd love to connect and hear how the idea came together}.",
    ],
  },
  {
    id: 'same-industry',
    name: 'Same industry',
    description: 'You work in the same field.',
    body: "Hi {firstName}, I'm also in {industry}. {goal|I'd love to connect and compare notes on where our field is heading}.",
    required: ['firstName', 'industry'],
    phrasings: [
      "Hi {firstName}, we both work in {industry}. {goal|I'd love to connect and swap notes on what's changing in our field}.",
      "Hi {firstName}, a fellow {industry} professional here. {goal|I'd love to connect and hear how you see our field changing}.",
    ],
  },
  {
    id: 'event',
    name: 'Met at an event',
    description: 'You met, or both attended, a conference, meetup or talk.',
    body: "Hi {firstName}, it was great to meet you at {event}. {goal|I'd love to stay in touch and hear what you're working on next}.",
    required: ['firstName', 'event'],
    phrasings: [
      "Hi {firstName}, I'm glad we met at {event}. {goal|I'd love to stay in touch and hear what you're working on next}.",
      "Hi {firstName}, it was good talking with you at {event}. {goal|I'd love to keep the conversation going and hear what you're building next}.",
    ],
  },
  {
    id: 'mutual-connection',
    name: 'Mutual connection',
    description: 'Someone you both know is the link.',
    body: "Hi {firstName}, I see we both know {mutual}. {goal|I'd love to connect and hear how you got started in your field}.",
    required: ['firstName', 'mutual'],
    phrasings: [
      "Hi {firstName}, we're both connected to {mutual}. {goal|I'd love to connect and hear how you got started in your field}.",
      "Hi {firstName}, I noticed {mutual} is a mutual connection of ours. {goal|I'd love to connect and learn how you found your way into your field}.",
    ],
  },
  {
    id: 'former-colleague',
    name: 'Former colleague',
    description: 'You worked at the same company.',
    body: "Hi {firstName}, we worked together at {formerCompany} and it's been a while. {goal|I'd love to reconnect and hear what you're working on now}.",
    required: ['firstName', 'formerCompany'],
    phrasings: [
      "Hi {firstName}, it's been a while since our days at {formerCompany}. {goal|I'd love to reconnect and hear what you're working on now}.",
      "Hi {firstName}, I remember our time together at {formerCompany}. {goal|I'd love to reconnect and catch up on what you're working on these days}.",
    ],
  },
  {
    id: 'job-seeker',
    name: 'Job seeker',
    description: 'You are exploring roles at their company and want an insider view, not a favor.',
    body: "Hi {firstName}, I'm exploring roles at {company} and admire what the team is building. {goal|I'd love to connect and learn what your team values most in new hires}.",
    required: ['firstName', 'company'],
    phrasings: [
      "Hi {firstName}, I'm looking at roles at {company} and like what the team is building. {goal|I'd love to connect and learn what your team values most in new hires}.",
      "Hi {firstName}, {company} is high on my list of places I'd like to work. {goal|I'd love to connect and hear what makes the team there stand out}.",
    ],
  },
  {
    id: 'recruiter',
    name: 'Recruiter',
    description: 'You recruit and their work caught your eye.',
    body: "Hi {firstName}, I recruit for {senderCompany} and {recentWork|your background} stood out to me. I'd like to connect in case a future role with us is ever of interest.",
    required: ['firstName', 'senderCompany'],
    phrasings: [
      "Hi {firstName}, I'm a recruiter at {senderCompany} and {recentWork|your background} caught my attention. I'd like to connect in case a future role with us is ever of interest.",
      "Hi {firstName}, I hire for {senderCompany} and {recentWork|your experience} stood out. I'd like to connect in case a role with us is ever a good fit.",
    ],
  },
];

/** One `{name}` or `{name|default}` in a body. */
const SLOT_PATTERN = /\{(\w+)(?:\|([^{}]*))?\}/g;

/** The slots a body mentions, in order of first appearance. */
export function slotsOf(template: Template): SlotName[] {
  const names: SlotName[] = [];
  for (const match of template.body.matchAll(SLOT_PATTERN)) {
    const name = match[1] ?? '';
    if (isSlotName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Fills one template from the details. `plan` (premium by default) sets the character budget: long
 * values (a 120-character school, a 300-character post title) are shortened at word boundaries,
 * longest first, so the note fits whenever the values allow; names are never shortened.
 */
export function fillTemplate(
  template: Template,
  details: {
    profile?: Profile;
    sender?: Sender;
    slots?: TemplateDetails['slots'];
    plan?: Plan;
    /**
     * Values for slots outside the registry (a batch's own columns, `{city}`), used as written.
     * An empty one falls back like any slot, else stays a visible `[city]` and is listed as missing.
     */
    custom?: Readonly<Record<string, string>>;
  },
): FilledTemplate {
  const required = new Set(template.required);
  const defaults = defaultsOf(template);
  // Raw values, squashed: shortening works on what the user typed, phrasing is applied at render.
  const raw = new Map<SlotName, string>();
  const missing: string[] = [];
  for (const name of slotsOf(template)) {
    const spec = SLOTS[name];
    const value = squash(details.slots?.[name] ?? '') || squash(spec.fromDetails(details) ?? '');
    if (value && spec.phrase(value)) raw.set(name, value);
    else if (required.has(name)) missing.push(spec.label);
  }

  const render = () =>
    template.body.replace(SLOT_PATTERN, (_all, name: string, fallback: string | undefined) => {
      if (!isSlotName(name)) return squash(details.custom?.[name] ?? '') || (fallback ?? `[${name}]`);
      const value = raw.get(name);
      return value !== undefined ? SLOTS[name].phrase(value) : (fallback ?? SLOTS[name].placeholder);
    });

  const limit = TEMPLATE_LIMITS[details.plan ?? 'premium'];
  let text = render();
  // Give way in order of least harm: trim long values toward their floor, then let an optional
  // value fall back to its default, then trim values down to their first word. Names never shrink.
  if (text.length > limit) text = shortenValues(raw, (n) => SLOTS[n].minLength, limit, render);
  for (const name of [...raw.keys()].filter((n) => defaults.has(n) && !required.has(n))) {
    if (text.length <= limit) break;
    const kept = raw.get(name) ?? '';
    raw.delete(name);
    const shorter = render();
    if (shorter.length < text.length) text = shorter;
    else raw.set(name, kept);
  }
  if (text.length > limit) text = shortenValues(raw, () => 1, limit, render);

  const placeholders = [...new Set(text.match(/\[[^[\]]+\]/g) ?? [])];
  // An optional slot without a fallback also leaves a placeholder: the user must be asked for it too.
  for (const name of slotsOf(template)) {
    const spec = SLOTS[name];
    if (placeholders.includes(spec.placeholder) && !missing.includes(spec.label)) missing.push(spec.label);
  }
  for (const name of customSlotsOf(template)) {
    if (placeholders.includes(`[${name}]`) && !missing.includes(name)) missing.push(name);
  }
  return { template, text, missing, placeholders };
}

/** Shortens the longest value above its floor, a share at a time, until the note fits or none can give. */
function shortenValues(
  raw: Map<SlotName, string>,
  floorOf: (name: SlotName) => number,
  limit: number,
  render: () => string,
): string {
  let text = render();
  const stuck = new Set<SlotName>();
  while (text.length > limit) {
    const open = [...raw.entries()].filter(([n, v]) => SLOTS[n].minLength > 0 && !stuck.has(n) && v.length > floorOf(n));
    const longest = open.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0];
    if (!longest) break;
    const [name, value] = longest;
    // Spread the cut over every value that can give, so no single detail is gutted.
    const share = Math.ceil((text.length - limit) / open.length);
    const shorter = shortenAtWord(value, Math.max(floorOf(name), value.length - share));
    if (shorter.length >= value.length) stuck.add(name);
    else raw.set(name, shorter);
    text = render();
  }
  return text;
}

/** Slot names a body uses that the registry does not know (`{city}`), in order of first appearance. */
export function customSlotsOf(template: Template): string[] {
  const names: string[] = [];
  for (const match of template.body.matchAll(SLOT_PATTERN)) {
    const name = match[1] ?? '';
    if (!isSlotName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Slots that have a fallback text somewhere in the body. */
function defaultsOf(template: Template): Set<SlotName> {
  const names = new Set<SlotName>();
  for (const match of template.body.matchAll(SLOT_PATTERN)) {
    const name = match[1] ?? '';
    if (match[2] !== undefined && isSlotName(name)) names.add(name);
  }
  return names;
}

/** Every phrasing of a template: its body first, then its other phrasings. */
export function phrasingsOf(template: Template): readonly string[] {
  return [template.body, ...(template.phrasings ?? [])];
}

/** Looks a template up by id. */
export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
