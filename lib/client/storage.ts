/**
 * localStorage access that never throws: storage can be disabled, full, or hold data written by
 * an older version of the page. Everything read is checked by a guard before it is trusted.
 */

/** Every key the page writes, in one place so "Clear data on this device" cannot miss one. */
export const STORAGE_KEYS = {
  draft: 'notecoach:draft',
  recipient: 'notecoach:recipient',
  sender: 'notecoach:sender',
  plan: 'notecoach:plan',
  /** The old "Recent notes" list: read once to move it into the sent-notes log. */
  recent: 'notecoach:recent',
  sentLog: 'notecoach:sent-log',
  sentDrafts: 'notecoach:sent-drafts',
  sentSettings: 'notecoach:sent-settings',
  /** The scenario template the current draft started from. */
  draftScenario: 'notecoach:draft-scenario',
  rules: 'notecoach:rules',
  triageInvitations: 'notecoach:triage-invitations',
  triageCriteria: 'notecoach:triage-criteria',
  triageDecisions: 'notecoach:triage-decisions',
  batch: 'notecoach:batch',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** A type guard for data read back from storage. */
export type Guard<T> = (value: unknown) => value is T;

function store(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Some browsers throw on mere access when storage is blocked.
    return undefined;
  }
}

/** Reads and checks a stored value; undefined when absent, unreadable or of the wrong shape. */
export function readStored<T>(key: StorageKey, guard: Guard<T>): T | undefined {
  try {
    const raw = store()?.getItem(key);
    if (raw == null) return undefined;
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a value as JSON; returns false when the browser refused (quota, privacy mode). */
export function writeStored(key: StorageKey, value: unknown): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes a stored value. */
export function removeStored(key: StorageKey): void {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: a store we cannot reach holds nothing of ours.
  }
}

/** The prefix of every key above; clearing also sweeps keys an older version of the page left. */
export const STORAGE_PREFIX = 'notecoach:';

/**
 * Forgets everything notecoach keeps in this browser: every listed key, and any other key under
 * its prefix. Keys of other sites or apps on the same origin are left alone.
 */
export function clearAllStored(): void {
  for (const key of Object.values(STORAGE_KEYS)) removeStored(key);
  try {
    const s = store();
    if (!s) return;
    const ours: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) ours.push(key);
    }
    for (const key of ours) s.removeItem(key);
  } catch {
    // Nothing to do: a store we cannot reach holds nothing of ours.
  }
}

/** Guard for a plain object whose listed keys, when present, are strings. */
export function isStringRecord<K extends string>(keys: readonly K[]): Guard<Partial<Record<K, string>>> {
  return (value: unknown): value is Partial<Record<K, string>> =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    keys.every((k) => {
      const v = (value as Record<string, unknown>)[k];
      return v === undefined || typeof v === 'string';
    });
}
