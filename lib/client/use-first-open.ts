'use client';
/**
 * Whether a folded section (<details>) has ever been opened, so what is inside it can be loaded
 * and rendered only then. Also catches a fold opened before the page was hydrated, for which no
 * toggle event ever reaches React.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Returns the ref and toggle handler to give the <details>, and whether it has been opened. */
export function useFirstOpen(): { ref: React.RefObject<HTMLDetailsElement | null>; opened: boolean; onToggle: (open: boolean) => void } {
  const ref = useRef<HTMLDetailsElement>(null);
  // Once opened, the content stays mounted, so what the user chose or typed survives folding.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  const onToggle = useCallback((open: boolean) => {
    if (open) setOpened(true);
  }, []);
  return { ref, opened, onToggle };
}
