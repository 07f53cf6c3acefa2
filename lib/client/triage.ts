/**
 * The triage view's data in the browser: the call to POST /api/triage, a light check of its
 * answer, the criteria and decisions kept in localStorage, and the key that recognises a person
 * who invites again. Types only from the schema, so zod stays on the server.
 */
import type { Criteria, Decision, Effect, PresetId } from '@/lib/triage/criteria';
import type { PastedInvitation } from '@/lib/triage/paste';
import type { Sender, TriageResponse } from '@/lib/schema';

export type { Criteria };

/** The criteria as the page keeps them. */
export interface StoredCriteria {
  preset: PresetId;
  rules: Record<string, Effect>;
  keywords: { accept: string; ignore: string };
}

export const DEFAULT_CRITERIA: StoredCriteria = { preset: 'curated', rules: {}, keywords: { accept: '', ignore: '' } };

/** The invitations last triaged, and when they were entered. */
export interface StoredInvitations {
  list: PastedInvitation[];
  /** Epoch ms when this list was entered; earlier decisions are those made before it. */
  enteredAt: number;
  /** What was decided about these people before they were entered, by person key. */
  earlier?: DecisionMemory;
}

export const NO_INVITATIONS: StoredInvitations = { list: [], enteredAt: 0 };

/** A remembered decision about one person. */
export interface RememberedDecision {
  name: string;
  decision: Decision;
  /** The deciding reason, in the coach's words, or "Your choice". */
  reason: string;
  /** Epoch ms. */
  date: number;
  /** True when the user chose it over the suggestion. */
  override: boolean;
}

export type DecisionMemory = Record<string, RememberedDecision>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DECISION_SET = new Set(['accept', 'review', 'ignore']);
const EFFECT_SET = new Set(['off', 'accept', 'review', 'ignore']);

/** Guard for stored criteria. */
export function isStoredCriteria(v: unknown): v is StoredCriteria {
  return (
    isObject(v) &&
    (v.preset === 'open' || v.preset === 'curated' || v.preset === 'strict') &&
    isObject(v.rules) &&
    Object.values(v.rules).every((e) => typeof e === 'string' && EFFECT_SET.has(e)) &&
    isObject(v.keywords) &&
    typeof v.keywords.accept === 'string' &&
    typeof v.keywords.ignore === 'string'
  );
}

/** Guard for stored invitations. */
export function isStoredInvitations(v: unknown): v is StoredInvitations {
  return (
    isObject(v) &&
    typeof v.enteredAt === 'number' &&
    (v.earlier === undefined || isDecisionMemory(v.earlier)) &&
    Array.isArray(v.list) &&
    v.list.length <= 200 &&
    v.list.every(
      (i) =>
        isObject(i) &&
        typeof i.name === 'string' &&
        (i.note === undefined || typeof i.note === 'string') &&
        (i.headline === undefined || typeof i.headline === 'string') &&
        (i.mutualConnections === undefined || (typeof i.mutualConnections === 'number' && Number.isInteger(i.mutualConnections) && i.mutualConnections >= 0)) &&
        (i.mutualNames === undefined || (Array.isArray(i.mutualNames) && i.mutualNames.every((n) => typeof n === 'string'))),
    )
  );
}

/** Guard for the decision memory. */
export function isDecisionMemory(v: unknown): v is DecisionMemory {
  return (
    isObject(v) &&
    Object.values(v).every(
      (d) => isObject(d) && typeof d.name === 'string' && typeof d.decision === 'string' && DECISION_SET.has(d.decision) && typeof d.reason === 'string' && typeof d.date === 'number' && Number.isFinite(d.date) && typeof d.override === 'boolean',
    )
  );
}

/** The key a person is remembered by: their name, folded (case, accents, spacing). */
export function personKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Most people remembered; the oldest are forgotten first. */
export const MAX_REMEMBERED = 2000;

/** Remembers decisions, keeping the newest `MAX_REMEMBERED`. */
export function remember(memory: DecisionMemory, entries: readonly RememberedDecision[]): DecisionMemory {
  const next: DecisionMemory = { ...memory };
  for (const e of entries) next[personKey(e.name)] = e;
  const keys = Object.keys(next);
  if (keys.length <= MAX_REMEMBERED) return next;
  const keep = keys.sort((a, b) => (next[b] as RememberedDecision).date - (next[a] as RememberedDecision).date).slice(0, MAX_REMEMBERED);
  return Object.fromEntries(keep.map((k) => [k, next[k] as RememberedDecision]));
}

/** Splits a keyword field ("rust, data; forex") into a clean list. */
export function splitKeywords(value: string): string[] {
  return value
    .split(/[,;\n]/u)
    .map((k) => k.trim().slice(0, 60))
    .filter(Boolean)
    .slice(0, 50);
}

/** The request's criteria from what the page keeps. */
export function toCriteria(stored: StoredCriteria): Criteria {
  const accept = splitKeywords(stored.keywords.accept);
  const ignore = splitKeywords(stored.keywords.ignore);
  const criteria: Criteria = { preset: stored.preset };
  if (Object.keys(stored.rules).length > 0) criteria.rules = stored.rules as Criteria['rules'];
  if (accept.length > 0 || ignore.length > 0) criteria.keywords = { ...(accept.length ? { accept } : {}), ...(ignore.length ? { ignore } : {}) };
  return criteria;
}

/** A light check of a triage response. */
export function isTriageResponse(v: unknown): v is TriageResponse {
  return (
    isObject(v) &&
    isObject(v.summary) &&
    Array.isArray(v.results) &&
    v.results.every(
      (r) =>
        isObject(r) &&
        typeof r.decision === 'string' &&
        DECISION_SET.has(r.decision) &&
        typeof r.score === 'number' &&
        Array.isArray(r.reasons) &&
        r.reasons.every((x) => isObject(x) && typeof x.criterion === 'string' && typeof x.message === 'string') &&
        (r.reply === undefined || typeof r.reply === 'string'),
    )
  );
}

/** The outcome of a triage call. */
export type TriageCall = { ok: true; data: TriageResponse } | { ok: false; aborted?: boolean; message: string };

/** Triages invitations on the server. */
export async function fetchTriage(
  body: { invitations: PastedInvitation[]; me?: Sender; criteria: Criteria },
  signal?: AbortSignal,
): Promise<TriageCall> {
  let response: Response;
  try {
    response = await fetch('/api/triage', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
  } catch {
    if (signal?.aborted) return { ok: false, aborted: true, message: '' };
    return { ok: false, message: 'The coach could not be reached. Check your connection and try again.' };
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    if (signal?.aborted) return { ok: false, aborted: true, message: '' };
  }
  if (response.status === 429) return { ok: false, message: 'Lots of checks in a short time. Wait a few seconds and change anything to try again.' };
  if (!response.ok) {
    const error = isObject(payload) && typeof payload.error === 'string' ? payload.error : `The coach answered with an error (${response.status}).`;
    return { ok: false, message: error };
  }
  if (!isTriageResponse(payload)) return { ok: false, message: 'The coach sent an answer this page does not understand. Reload the page to update it.' };
  return { ok: true, data: payload };
}
