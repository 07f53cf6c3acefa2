/**
 * The sent-notes log kept in this browser: one entry per copied note, with who it was for, how
 * it was written and scored, and what became of the invitation. Pure data and helpers, no zod
 * (the log is read on every page; the import's schema lives in lib/schema.ts and loads on use).
 */
import { FIELD_MAX, MAX_NOTE_LENGTH, type Plan, PLANS } from '../contract';

/** What became of an invitation, in the order the page offers them. */
export const SENT_STATUSES = ['pending', 'accepted', 'no-answer', 'declined', 'withdrawn'] as const;
export type SentStatus = (typeof SENT_STATUSES)[number];

/** How each status reads on the page. */
export const STATUS_LABELS: Readonly<Record<SentStatus, string>> = {
  pending: 'Pending',
  accepted: 'Accepted',
  'no-answer': 'No answer',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** The analyzer's verdicts, as stored with an entry. */
export const SENT_VERDICTS = ['strong', 'needs-work', 'weak'] as const;
export type SentVerdict = (typeof SENT_VERDICTS)[number];

/** Most entries a log holds (a few MB of localStorage; far past what anyone sends by hand). */
export const SENT_LOG_MAX = 5000;
/** Longest recipient name and headline kept with an entry. */
export const SENT_FIELD_MAX = { name: FIELD_MAX.name, headline: FIELD_MAX.headline, scenario: 120 } as const;

/** One copied note. Optional fields are absent when they were not known at copy time. */
export interface SentEntry {
  id: string;
  text: string;
  /** When it was copied, in milliseconds since the epoch. */
  sentAt: number;
  status: SentStatus;
  /** When the status was last changed. */
  statusAt?: number;
  recipient: { name?: string; headline?: string };
  /** The scenario template the note started from; absent for a note in the user's own words. */
  scenario?: string;
  plan: Plan;
  score?: number;
  verdict?: SentVerdict;
  /** Whether the analysis found shared ground / specific praise (the checks passed). */
  sharedGround?: boolean;
  specificPraise?: boolean;
}

/** Who an entry went to, as the page names them: "Dana Whitfield" or "someone (no name given)". */
export function recipientLabel(entry: Pick<SentEntry, 'recipient'>): string {
  return entry.recipient.name ?? 'someone (no name given)';
}

/** A draft put aside by "New note" before it was copied, so nothing typed is lost. */
export interface SavedDraft {
  id: string;
  text: string;
  savedAt: number;
  /** The recipient's details the draft was written with (the coach's form, as typed). */
  recipient: Record<string, string>;
  scenario?: string;
}

/** What the coach knows when a note is copied. */
export interface CopiedNote {
  text: string;
  recipient?: { name?: string; headline?: string };
  scenario?: string;
  plan: Plan;
  analysis?: { score: number; verdict: SentVerdict; sharedGround: boolean; specificPraise: boolean };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown, test: (x: unknown) => boolean) => v === undefined || test(v);
const isText = (max: number) => (v: unknown) => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBool = (v: unknown) => typeof v === 'boolean';
const statusSet: ReadonlySet<unknown> = new Set(SENT_STATUSES);
const verdictSet: ReadonlySet<unknown> = new Set(SENT_VERDICTS);
const planSet: ReadonlySet<unknown> = new Set(PLANS);

/**
 * Guard for one stored entry. The same rules as `sentEntrySchema` (lib/schema.ts), which a test
 * holds them to; this one stays zod-free for the page bundle.
 */
export function isSentEntry(v: unknown): v is SentEntry {
  if (!isObject(v)) return false;
  const r = v.recipient;
  return (
    isText(80)(v.id) &&
    (v.id as string).length > 0 &&
    isText(MAX_NOTE_LENGTH)(v.text) &&
    isTime(v.sentAt) &&
    statusSet.has(v.status) &&
    optional(v.statusAt, isTime) &&
    isObject(r) &&
    optional(r.name, isText(SENT_FIELD_MAX.name)) &&
    optional(r.headline, isText(SENT_FIELD_MAX.headline)) &&
    Object.keys(r).every((k) => k === 'name' || k === 'headline') &&
    optional(v.scenario, isText(SENT_FIELD_MAX.scenario)) &&
    planSet.has(v.plan) &&
    optional(v.score, (s) => Number.isInteger(s) && (s as number) >= 0 && (s as number) <= 100) &&
    optional(v.verdict, (x) => verdictSet.has(x)) &&
    optional(v.sharedGround, isBool) &&
    optional(v.specificPraise, isBool) &&
    Object.keys(v).every((k) => ENTRY_KEYS.has(k))
  );
}

const ENTRY_KEYS: ReadonlySet<string> = new Set([
  'id', 'text', 'sentAt', 'status', 'statusAt', 'recipient', 'scenario', 'plan', 'score', 'verdict', 'sharedGround', 'specificPraise',
]);

/** Guard for the stored log. */
export function isSentLog(v: unknown): v is SentEntry[] {
  return Array.isArray(v) && v.length <= SENT_LOG_MAX && v.every(isSentEntry);
}

/** Guard for the stored drafts. */
export function isSavedDrafts(v: unknown): v is SavedDraft[] {
  return (
    Array.isArray(v) &&
    v.every(
      (d) =>
        isObject(d) &&
        isText(80)(d.id) &&
        isText(MAX_NOTE_LENGTH)(d.text) &&
        isTime(d.savedAt) &&
        isObject(d.recipient) &&
        Object.values(d.recipient).every((x) => typeof x === 'string') &&
        optional(d.scenario, isText(SENT_FIELD_MAX.scenario)),
    )
  );
}

/** A short id, unique enough for one person's log (no crypto.randomUUID: it needs a secure context). */
export function newId(at: number, random: () => number = Math.random): string {
  return `${at.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

const trimmed = (value: string | undefined, max: number): string | undefined => {
  const t = value?.trim().slice(0, max);
  return t ? t : undefined;
};

/** The log entry for a note just copied: pending, with what the coach knew. */
export function entryFor(copied: CopiedNote, at: number, id = newId(at)): SentEntry {
  const recipient: SentEntry['recipient'] = {};
  const name = trimmed(copied.recipient?.name, SENT_FIELD_MAX.name);
  const headline = trimmed(copied.recipient?.headline, SENT_FIELD_MAX.headline);
  if (name) recipient.name = name;
  if (headline) recipient.headline = headline;
  const entry: SentEntry = { id, text: copied.text.slice(0, MAX_NOTE_LENGTH), sentAt: at, status: 'pending', recipient, plan: copied.plan };
  const scenario = trimmed(copied.scenario, SENT_FIELD_MAX.scenario);
  if (scenario) entry.scenario = scenario;
  if (copied.analysis) {
    entry.score = Math.round(copied.analysis.score);
    entry.verdict = copied.analysis.verdict;
    entry.sharedGround = copied.analysis.sharedGround;
    entry.specificPraise = copied.analysis.specificPraise;
  }
  return entry;
}

const sameName = (a?: string, b?: string) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * Logs a copy, newest first. Copying the same text for the same person again (a second try at
 * pasting) moves their entry to the top with the new time instead of logging a second invitation.
 */
export function logCopy(log: readonly SentEntry[], entry: SentEntry): SentEntry[] {
  const again = log.find((e) => e.text === entry.text && sameName(e.recipient.name, entry.recipient.name) && e.status === 'pending');
  const rest = log.filter((e) => e !== again);
  const next = again ? { ...entry, id: again.id } : entry;
  return [next, ...rest].slice(0, SENT_LOG_MAX);
}

/** Sets an entry's status (and when). */
export function setStatus(log: readonly SentEntry[], id: string, status: SentStatus, at: number): SentEntry[] {
  return log.map((e) => (e.id === id ? { ...e, status, statusAt: at } : e));
}

/** The editable parts of an entry. */
export interface EntryEdit {
  text: string;
  name: string;
  headline: string;
}

/** Applies an edit; an emptied name or headline is removed. */
export function editEntry(log: readonly SentEntry[], id: string, edit: EntryEdit): SentEntry[] {
  return log.map((e) => {
    if (e.id !== id) return e;
    const recipient: SentEntry['recipient'] = {};
    const name = trimmed(edit.name, SENT_FIELD_MAX.name);
    const headline = trimmed(edit.headline, SENT_FIELD_MAX.headline);
    if (name) recipient.name = name;
    if (headline) recipient.headline = headline;
    return { ...e, text: edit.text.slice(0, MAX_NOTE_LENGTH), recipient };
  });
}

/** Puts a draft aside; the same text saved again replaces the older copy. */
export function saveDraft(drafts: readonly SavedDraft[], draft: SavedDraft): SavedDraft[] {
  return [draft, ...drafts.filter((d) => d.text !== draft.text)].slice(0, SENT_LOG_MAX);
}

/**
 * Turns the old "Recent notes" list (text and time only) into log entries, so an upgrade keeps
 * them. Their plan and recipient were never recorded.
 */
export function fromRecent(recent: readonly { text: string; copiedAt: number }[], plan: Plan): SentEntry[] {
  return recent.map((n, i) => ({ id: newId(n.copiedAt, () => i / 36 ** 6), text: n.text, sentAt: n.copiedAt, status: 'pending' as const, recipient: {}, plan }));
}

/** Adds imported rows to a list, newest first; an id already in the list keeps the list's version. */
export function mergeById<T extends { id: string }>(current: readonly T[], imported: readonly T[], timeOf: (t: T) => number): { merged: T[]; added: number; skipped: number } {
  const ids = new Set(current.map((e) => e.id));
  const fresh = imported.filter((e) => !ids.has(e.id));
  const merged = [...current, ...fresh].sort((a, b) => timeOf(b) - timeOf(a)).slice(0, SENT_LOG_MAX);
  return { merged, added: fresh.length, skipped: imported.length - fresh.length };
}
