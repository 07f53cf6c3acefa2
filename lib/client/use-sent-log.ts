'use client';
/**
 * The sent-notes log, its saved drafts and settings as browser state, for every view that shows
 * or adds to them. On first load after an upgrade, the old "Recent notes" move into the log.
 * Another tab's changes are picked up as they happen (the coach open in one tab, Sent notes in
 * another), so a copy in one never writes back a log older than a status set in the other.
 */
import { useEffect } from 'react';
import { isRecentList } from './recent';
import { readStored, removeStored, STORAGE_KEYS } from './storage';
import { useStoredState } from './use-stored-state';
import type { Plan } from '@/lib/contract';
import { fromRecent, isSavedDrafts, isSentLog, mergeById, type SavedDraft, type SentEntry } from '@/lib/sent/entry';
import { DEFAULT_WEEKLY_CAP, WEEKLY_CAP_MAX } from '@/lib/sent/limits';

/** Settings of the log. */
export interface SentSettings {
  weeklyCap: number;
}

const NO_ENTRIES: SentEntry[] = [];
const NO_DRAFTS: SavedDraft[] = [];
const DEFAULT_SETTINGS: SentSettings = { weeklyCap: DEFAULT_WEEKLY_CAP };
const isPlan = (v: unknown): v is Plan => v === 'free' || v === 'premium';
const isSettings = (v: unknown): v is SentSettings =>
  typeof v === 'object' && v !== null && Number.isInteger((v as SentSettings).weeklyCap) && (v as SentSettings).weeklyCap >= 1 && (v as SentSettings).weeklyCap <= WEEKLY_CAP_MAX;

/** The log, drafts and settings, each with its setter and store. */
export function useSentLog() {
  const [log, setLog, logStore] = useStoredState(STORAGE_KEYS.sentLog, NO_ENTRIES, isSentLog);
  const [drafts, setDrafts, draftsStore] = useStoredState(STORAGE_KEYS.sentDrafts, NO_DRAFTS, isSavedDrafts);
  const [settings, setSettings, settingsStore] = useStoredState(STORAGE_KEYS.sentSettings, DEFAULT_SETTINGS, isSettings);

  // Recent notes from before the log existed join it once, as pending invitations.
  useEffect(() => {
    if (!logStore.hydrated) return;
    const recent = readStored(STORAGE_KEYS.recent, isRecentList);
    if (!recent) return;
    const plan = readStored(STORAGE_KEYS.plan, isPlan) ?? 'free';
    setLog((current) => mergeById(current, fromRecent(recent, plan), (e) => e.sentAt).merged);
    removeStored(STORAGE_KEYS.recent);
  }, [logStore.hydrated, setLog]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== window.localStorage) return;
      // A null key means the other tab cleared everything.
      if (event.key === STORAGE_KEYS.sentLog || event.key === null) setLog(readStored(STORAGE_KEYS.sentLog, isSentLog) ?? NO_ENTRIES);
      if (event.key === STORAGE_KEYS.sentDrafts || event.key === null) setDrafts(readStored(STORAGE_KEYS.sentDrafts, isSavedDrafts) ?? NO_DRAFTS);
      if (event.key === STORAGE_KEYS.sentSettings || event.key === null) setSettings(readStored(STORAGE_KEYS.sentSettings, isSettings) ?? DEFAULT_SETTINGS);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [setLog, setDrafts, setSettings]);

  return { log, setLog, logStore, drafts, setDrafts, draftsStore, settings, setSettings, settingsStore, hydrated: logStore.hydrated };
}
