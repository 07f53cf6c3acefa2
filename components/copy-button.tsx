'use client';
/**
 * "Copy note": copies the exact note, confirms with "Copied" in a live region, and warns without
 * blocking when the note is over the plan's limit or still holds a placeholder.
 */
import { useEffect, useState } from 'react';
import { buttonClass } from './ui/button';
import { copyText } from '@/lib/client/clipboard';
import { findPlaceholders } from '@/lib/client/text';

/** Props of the button. */
export interface CopyButtonProps {
  note: string;
  limit: number;
  /** Called after a successful copy with the copied text. */
  onCopied: (text: string) => void;
}

interface Outcome {
  text: string;
  ok: boolean;
  warnings: string[];
}

/** Lists what is still wrong with a note about to be sent. */
export function copyWarnings(note: string, limit: number): string[] {
  const warnings: string[] = [];
  if (note.length > limit) warnings.push(`it is ${note.length - limit} characters over the ${limit} limit, so LinkedIn will not take all of it`);
  const placeholders = findPlaceholders(note);
  if (placeholders.length > 0) warnings.push(`it still holds ${placeholders.join(', ')} — fill ${placeholders.length === 1 ? 'it' : 'them'} in before sending`);
  return warnings;
}

/** The copy action with its status line. */
export function CopyButton({ note, limit, onCopied }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // The confirmation belongs to the copied text; editing makes it stale.
  useEffect(() => {
    if (outcome && outcome.text !== note) setOutcome(null);
  }, [note, outcome]);

  const copy = async () => {
    const ok = await copyText(note);
    const warnings = ok ? copyWarnings(note, limit) : [];
    setOutcome({ text: note, ok, warnings });
    if (ok) onCopied(note);
  };

  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
      <button type="button" onClick={copy} disabled={note.trim() === ''} className={buttonClass('primary')}>
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
          <rect x="6.5" y="6.5" width="10" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M13.5 4.5v-1a1.5 1.5 0 0 0-1.5-1.5H5A1.5 1.5 0 0 0 3.5 3.5v9A1.5 1.5 0 0 0 5 14h1" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
        Copy note
      </button>
      <p role="status" className="text-sm">
        {outcome?.ok && (
          <>
            <span className="font-semibold text-emerald-800 dark:text-emerald-300">Copied</span>
            {outcome.warnings.length > 0 && (
              <span className="text-amber-900 dark:text-amber-200"> — but {outcome.warnings.join('; and ')}.</span>
            )}
          </>
        )}
        {outcome && !outcome.ok && (
          <span className="text-red-700 dark:text-red-300">This browser blocked copying. Select the note and press Ctrl+C (⌘C on a Mac).</span>
        )}
      </p>
    </div>
  );
}
