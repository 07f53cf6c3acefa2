/**
 * The recipient columns of a batch and how a spreadsheet's headers map onto them. Pure and light:
 * the page guesses the mapping with it, and the CLI applies the same guess, so a file reads the
 * same way everywhere. No analyzer, no zod.
 */
import { BATCH_ROW_MAX } from '../contract';
import type { BatchRowInput, Profile } from '../schema';
import { isSlotName, type SlotName } from '../templates/slots';

/** The columns that become the recipient's profile, in the order the page shows them. */
export const RECIPIENT_FIELDS = ['name', 'headline', 'company', 'industry', 'schools', 'recentWork', 'mutualConnections'] as const;
export type RecipientField = (typeof RECIPIENT_FIELDS)[number];

/** Fields that hold a list: one cell, entries separated by `;`. */
export const LIST_FIELDS: ReadonlySet<RecipientField> = new Set(['schools', 'mutualConnections']);

/** How each field is named on the page. */
export const FIELD_LABELS: Readonly<Record<RecipientField, string>> = {
  name: 'Name',
  headline: 'Headline',
  company: 'Company',
  industry: 'Industry',
  schools: 'Schools',
  recentWork: 'Recent work',
  mutualConnections: 'Mutual connections',
};

/**
 * Header names each field is guessed from, compared as slot keys (see `slotKeyOf`), best first:
 * "First Name" is a name when no column holds the full one; "Position" is LinkedIn's export's headline.
 */
const HEADER_GUESSES: Readonly<Record<RecipientField, readonly string[]>> = {
  name: ['name', 'fullName', 'recipient', 'recipientName', 'contact', 'contactName', 'person', 'firstName', 'first'],
  headline: ['headline', 'title', 'jobTitle', 'position', 'role', 'occupation'],
  company: ['company', 'companyName', 'organization', 'organisation', 'employer', 'currentCompany', 'account'],
  industry: ['industry', 'field', 'sector'],
  schools: ['schools', 'school', 'education', 'university', 'college', 'almaMater'],
  recentWork: ['recentWork', 'work', 'recentPost', 'post', 'article', 'talk', 'publication', 'latestPost'],
  mutualConnections: ['mutualConnections', 'mutuals', 'mutual', 'mutualConnection', 'sharedConnections', 'commonConnections'],
};

/**
 * The `{slot}` name a header is used as in a template: its words in camelCase, letters and digits
 * only. "Former company" → `formerCompany`, "event" → `event`, "Recent work" → `recentWork`.
 */
export function slotKeyOf(header: string): string {
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/gu, '')
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    // A word already in camelCase ("recentWork") keeps its humps; any other is lower-cased.
    .map((w) => (/[a-z]/u.test(w) && /[A-Z]/u.test(w.slice(1)) ? w : w.toLowerCase()));
  return words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() : w.charAt(0).toUpperCase()) + w.slice(1)).join('');
}

/** Which header feeds each field (undefined: none). */
export type FieldMapping = Partial<Record<RecipientField, string>>;

/** Guesses the mapping from header names; each header feeds at most one field. */
export function guessMapping(headers: readonly string[]): FieldMapping {
  const keys = headers.map((h) => slotKeyOf(h).toLowerCase());
  const used = new Set<number>();
  const mapping: FieldMapping = {};
  for (const field of RECIPIENT_FIELDS) {
    for (const guess of HEADER_GUESSES[field]) {
      const at = keys.findIndex((k, i) => !used.has(i) && k === guess.toLowerCase());
      if (at !== -1) {
        used.add(at);
        mapping[field] = headers[at];
        break;
      }
    }
  }
  return mapping;
}

/** One recipient as `batch()` reads it: the fields under their own names, any other column under its slot key. */
export type BatchRow = Record<string, string>;

/**
 * Applies a mapping to a spreadsheet row (cells by header): mapped headers feed their fields, every
 * other non-empty header becomes a slot named by `slotKeyOf`. A field's own name wins over a slot
 * of the same key.
 */
export function toBatchRow(cells: Readonly<Record<string, string>>, mapping: FieldMapping): BatchRow {
  const row: BatchRow = {};
  const mapped = new Set(Object.values(mapping));
  for (const [header, value] of Object.entries(cells)) {
    if (mapped.has(header)) continue;
    const key = slotKeyOf(header);
    if (key && !isField(key) && !(key in row)) row[key] = value;
  }
  for (const field of RECIPIENT_FIELDS) {
    const header = mapping[field];
    if (header !== undefined && cells[header] !== undefined) row[field] = cells[header];
  }
  return row;
}

/** A cell as text: numbers and booleans as written, null as empty, a list joined with "; ". */
export const textOf = (value: BatchRowInput[string]): string => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value));

/** What a row fills a template with. */
export interface RowDetails {
  profile: Profile;
  /** Values for the registry's slots (`event`, `formerCompany`, `goal` …) from columns of those names. */
  slots: Partial<Record<SlotName, string>>;
  /** Values for any other `{slot}`, by column. */
  custom: Record<string, string>;
}

export type RowRead = { ok: true; details: RowDetails } | { ok: false; error: string };

/** True for the names of the recipient's fields. */
export const isField = (key: string): key is RecipientField => (RECIPIENT_FIELDS as readonly string[]).includes(key);

/**
 * Splits a row into the profile (lists split on `;`, empty values dropped), the registry's slots
 * and the row's own slots. The profile's lengths are not checked here (the server does, with the
 * schema); a list where none belongs and an over-long slot value are refused.
 */
export function rowDetails(row: BatchRowInput): RowRead {
  const profile: Record<string, string | string[]> = {};
  const slots: Partial<Record<SlotName, string>> = {};
  const custom: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (isField(key)) {
      if (LIST_FIELDS.has(key)) {
        const list = (Array.isArray(value) ? value : textOf(value).split(';')).map((s) => s.trim()).filter(Boolean);
        if (list.length > 0) profile[key] = list;
      } else if (Array.isArray(value)) {
        return { ok: false, error: `${FIELD_LABELS[key]} holds a list; only schools and mutual connections can (separate them with “;”).` };
      } else if (textOf(value).trim() !== '') profile[key] = textOf(value).trim();
      continue;
    }
    const text = textOf(value).trim();
    if (text.length > BATCH_ROW_MAX.slotValue) return { ok: false, error: `The “${key}” value is ${text.length} characters; a value used in a note can have ${BATCH_ROW_MAX.slotValue} at most. Shorten it.` };
    if (isSlotName(key)) slots[key] = text;
    else custom[key] = text;
  }
  return { ok: true, details: { profile: profile as Profile, slots, custom } };
}
