/**
 * The details forms as the page holds them (plain strings, as typed) and their conversion to the
 * shared request shapes at the boundary: trimmed, lists split on commas or new lines, empty
 * fields dropped, and everything cut to the schema's maxima so a request is never refused.
 */
import { FIELD_MAX, LIST_MAX, MAX_NOTE_LENGTH, PLAN_LIMITS } from '@/lib/contract';
import type { NoteRequest, Plan, Profile, RuleConfig, Sender } from '@/lib/schema';

/** Fields of the recipient form, in display order. */
export const RECIPIENT_FIELDS = [
  'name',
  'headline',
  'company',
  'industry',
  'schools',
  'recentWork',
  'mutualConnections',
  'about',
] as const;
export type RecipientField = (typeof RECIPIENT_FIELDS)[number];
export type RecipientForm = Partial<Record<RecipientField, string>>;

/** Fields of the "About you" form, in display order. */
export const SENDER_FIELDS = ['industry', 'schools', 'company', 'goal'] as const;
export type SenderField = (typeof SENDER_FIELDS)[number];
export type SenderForm = Partial<Record<SenderField, string>>;

// Limits come from the contract (lib/contract.ts), which holds no zod: the bundle stays small.
export { FIELD_MAX, LIST_MAX, PLAN_LIMITS };
/** The note's maximum accepted for analysis. */
export const NOTE_MAX = MAX_NOTE_LENGTH;

function text(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** Splits "Stanford, MIT" or one-per-line input into a clean list; undefined when empty. */
export function splitList(value: string | undefined, maxItems: number, maxLength: number): string[] | undefined {
  const items = (value ?? '')
    .split(/[,;\n]/)
    .map((item) => item.trim().slice(0, maxLength))
    .filter((item) => item.length > 0)
    .slice(0, maxItems);
  return items.length > 0 ? items : undefined;
}

function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** Converts the recipient form to a Profile; undefined when nothing is filled in. */
export function toProfile(form: RecipientForm): Profile | undefined {
  return compact<Profile>({
    name: text(form.name, FIELD_MAX.name),
    headline: text(form.headline, FIELD_MAX.headline),
    company: text(form.company, FIELD_MAX.company),
    industry: text(form.industry, FIELD_MAX.industry),
    about: text(form.about, FIELD_MAX.about),
    recentWork: text(form.recentWork, FIELD_MAX.recentWork),
    schools: splitList(form.schools, LIST_MAX.schools, FIELD_MAX.schools),
    mutualConnections: splitList(form.mutualConnections, LIST_MAX.mutualConnections, FIELD_MAX.mutualConnections),
  });
}

/** Converts the "About you" form to a Sender; undefined when nothing is filled in. */
export function toSender(form: SenderForm): Sender | undefined {
  return compact<Sender>({
    industry: text(form.industry, FIELD_MAX.industry),
    company: text(form.company, FIELD_MAX.company),
    goal: text(form.goal, FIELD_MAX.goal),
    schools: splitList(form.schools, LIST_MAX.schools, FIELD_MAX.schools),
  });
}

/** Builds the request the API takes, leaving out empty parts. */
export function buildRequest(note: string, plan: Plan, recipient: RecipientForm, sender: SenderForm, config?: RuleConfig): NoteRequest {
  const request: NoteRequest = { note: note.slice(0, NOTE_MAX), plan };
  const profile = toProfile(recipient);
  const me = toSender(sender);
  if (profile) request.profile = profile;
  if (me) request.sender = me;
  if (config) request.config = config;
  return request;
}

/** True when any field of a form holds something other than whitespace. */
export function hasAny(form: Partial<Record<string, string>>): boolean {
  return Object.values(form).some((v) => typeof v === 'string' && v.trim().length > 0);
}
