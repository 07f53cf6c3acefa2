/**
 * The named slots templates can use: where each value comes from in the details, how it reads in
 * a note, and what the user is asked for when it is missing. Data plus small resolvers; no
 * analyzer, no compromise (this ships in the client bundle).
 */
import type { Profile, Sender } from '../schema';
import { firstNameOf, firstShared, goalClause, sharedIndustry, squash, workPhrase } from './text';

/** Everything a template can be filled from. `slots` carries values the schema has no field for. */
export interface TemplateDetails {
  profile?: Profile;
  sender?: Sender;
  /** Raw values for any slot, typed by the user (e.g. `event`), taking precedence over the details. */
  slots?: Partial<Record<SlotName, string>>;
}

export interface SlotSpec {
  /** What the user is asked to add, shown in `missing` ("The event where you met"). */
  label: string;
  /** The visible bracketed stand-in left in the note while the value is missing. */
  placeholder: string;
  /**
   * The shortest a raw value is cut to (at a word boundary) before anything else gives way to fit
   * the plan's limit; 0 means the value is never shortened (names).
   */
  minLength: number;
  /** The raw value from the details, if they hold one. */
  fromDetails: (details: TemplateDetails) => string | undefined;
  /** How a raw value reads in the note ("post on X" → "your post on X"). */
  phrase: (raw: string) => string;
}

const asIs = (raw: string) => squash(raw);

/** Picks the one shared value of two lists, or the only list's first value when one side is unknown. */
function sharedOrOnly(mine: readonly string[] | undefined, theirs: readonly string[] | undefined): string | undefined {
  // Spelled as the recipient lists it: that is the name they will recognise.
  const shared = firstShared(theirs, mine);
  if (shared) return shared;
  const known = [mine, theirs].filter((l): l is readonly string[] => Array.isArray(l) && l.some((s) => squash(s) !== ''));
  // Both sides listed schools and none matches: claiming one would contradict the details.
  return known.length === 1 ? known[0]?.map(squash).find(Boolean) : undefined;
}

export const SLOTS = {
  firstName: {
    label: "Recipient's name",
    placeholder: '[their first name]',
    minLength: 0,
    fromDetails: (d) => firstNameOf(d.profile?.name) || undefined,
    phrase: (raw) => firstNameOf(raw),
  },
  school: {
    label: 'A school you both attended (add it to your schools and theirs)',
    placeholder: '[your shared school]',
    // A cut school name names another school ("University of California" is not UCLA): never shortened.
    minLength: 0,
    fromDetails: (d) => sharedOrOnly(d.sender?.schools, d.profile?.schools),
    phrase: asIs,
  },
  industry: {
    label: 'The industry you share (add it to your industry and theirs)',
    placeholder: '[your shared industry]',
    minLength: 10,
    fromDetails: (d) => {
      const mine = d.sender?.industry && squash(d.sender.industry);
      const theirs = d.profile?.industry && squash(d.profile.industry);
      if (mine && theirs) return sharedIndustry(theirs, mine);
      return mine || theirs || undefined;
    },
    // Mid-sentence after "I'm also in": "Financial technology" → "financial technology", "HR software" stays.
    phrase: (raw) => {
      const text = squash(raw);
      const first = text.split(' ')[0] ?? '';
      return /\p{Lu}/u.test(first.slice(1)) ? text : text.charAt(0).toLowerCase() + text.slice(1);
    },
  },
  recentWork: {
    label: 'A post, talk or book of theirs you read (their recent work)',
    placeholder: '[the post of theirs you read]',
    minLength: 16,
    fromDetails: (d) => d.profile?.recentWork,
    phrase: workPhrase,
  },
  mutual: {
    label: "A mutual connection's name",
    placeholder: '[your mutual connection]',
    minLength: 0,
    fromDetails: (d) => d.profile?.mutualConnections?.map(squash).find(Boolean),
    phrase: asIs,
  },
  event: {
    label: 'The event where you met',
    placeholder: '[the event where you met]',
    minLength: 12,
    // The schema has no field for events: only a value the user types into the slot fills it.
    fromDetails: () => undefined,
    phrase: asIs,
  },
  formerCompany: {
    label: 'The company where you worked together',
    placeholder: '[the company where you worked together]',
    minLength: 10,
    // The schema holds current companies only; a shared past employer must be typed in.
    fromDetails: () => undefined,
    phrase: asIs,
  },
  company: {
    label: "Their company",
    placeholder: '[their company]',
    minLength: 10,
    fromDetails: (d) => d.profile?.company,
    phrase: asIs,
  },
  senderCompany: {
    label: 'Your company',
    placeholder: '[your company]',
    minLength: 10,
    fromDetails: (d) => d.sender?.company,
    phrase: asIs,
  },
  goal: {
    label: "Your goal (what you'd like to learn or discuss)",
    placeholder: "[what you'd like to learn from them]",
    minLength: 30,
    fromDetails: (d) => d.sender?.goal,
    phrase: goalClause,
  },
} satisfies Record<string, SlotSpec>;

export type SlotName = keyof typeof SLOTS;

/** Narrows a slot name read from a template body. */
export function isSlotName(name: string): name is SlotName {
  return Object.prototype.hasOwnProperty.call(SLOTS, name);
}
