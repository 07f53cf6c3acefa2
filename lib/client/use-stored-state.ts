'use client';
/**
 * React state mirrored to localStorage. The first render uses the fallback (the server cannot see
 * storage, and hydration must match), then the stored value is loaded once and every later change
 * is written back. A value equal to the fallback is removed rather than stored, so clearing a
 * form leaves nothing behind on the device.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Guard, type StorageKey, readStored, removeStored, writeStored } from './storage';

/** Returns [value, setValue, { hydrated, clear }]; `clear` resets to the fallback and forgets the key. */
export function useStoredState<T>(
  key: StorageKey,
  fallback: T,
  guard: Guard<T>,
): [T, React.Dispatch<React.SetStateAction<T>>, { hydrated: boolean; clear: () => void }] {
  const [value, setValue] = useState<T>(fallback);
  const [hydrated, setHydrated] = useState(false);
  // JSON of what storage holds as far as we know: writing it again would be redundant, and at
  // hydration it could even undo a change another tab made between our read and our write.
  const known = useRef<string | null>(null);

  useEffect(() => {
    const stored = readStored(key, guard);
    if (stored !== undefined) setValue(stored);
    known.current = JSON.stringify(stored ?? fallback);
    setHydrated(true);
    // Loaded once per key; callers pass module-level guards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Written during the commit, before the browser paints: once a change is on screen (a note
  // typed, "Copied" shown) it is already stored, so a reload right after cannot lose it.
  useLayoutEffect(() => {
    // Before hydration the value is the fallback and would overwrite what is stored.
    if (!hydrated) return;
    const json = JSON.stringify(value);
    if (json === known.current) return;
    known.current = json;
    if (json === JSON.stringify(fallback)) removeStored(key);
    else writeStored(key, value);
    // The fallback is a constant per caller; comparing its JSON keeps object literals safe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, value, hydrated]);

  const clear = useCallback(() => {
    setValue(fallback);
    removeStored(key);
    known.current = JSON.stringify(fallback);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return [value, setValue, { hydrated, clear }];
}
