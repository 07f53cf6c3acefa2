'use client';
/**
 * "Copy note": copies the exact note, confirms with "Copied" in a live region, and warns without
 * blocking when the note is over the plan's limit or still holds a placeholder. When copying
 * would go past one of LinkedIn's limits or repeat a note already sent (`warnBefore`), it asks
 * first: "Copy anyway" or "Keep editing".
 */
import { useEffect, useRef, useState } from 'react';
import { buttonClass } from './ui/button';
import { copyText } from '@/lib/client/clipboard';
import { findPlaceholders } from '@/lib/client/text';

/** Props of the button. */
export interface CopyButtonProps {
  note: string;
  limit: number;
  /** Called after a successful copy with the copied text. */
  onCopied: (text: string) => void;
  /** What to say before copying (limits, a repeated note); an empty list copies at once. */
  warnBefore?: (note: string) => string[] | Promise<string[]>;
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
export function CopyButton({ note, limit, onCopied, warnBefore }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [asking, setAsking] = useState<{ text: string; warnings: string[] } | null>(null);
  const askRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // The confirmation (and a question before copying) belongs to its text; editing makes it stale.
  useEffect(() => {
    if (outcome && outcome.text !== note) setOutcome(null);
    if (asking && asking.text !== note) setAsking(null);
  }, [note, outcome, asking]);

  // The question takes focus, so keyboard and screen-reader users meet it first.
  useEffect(() => {
    if (asking) askRef.current?.focus();
  }, [asking]);

  const copy = async () => {
    setAsking(null);
    const ok = await copyText(note);
    const warnings = ok ? copyWarnings(note, limit) : [];
    setOutcome({ text: note, ok, warnings });
    if (ok) onCopied(note);
  };

  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
      <button
        ref={buttonRef}
        type="button"
        onClick={async () => {
          // Still within the click's user activation: the check is a few milliseconds at most.
          const warnings = (await warnBefore?.(note)) ?? [];
          if (warnings.length === 0) void copy();
          else {
            setOutcome(null);
            setAsking({ text: note, warnings });
          }
        }}
        disabled={note.trim() === ''}
        className={buttonClass('primary')}
      >
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
      {asking && (
        <div
          ref={askRef}
          tabIndex={-1}
          role="group"
          aria-labelledby="copy-ask-heading"
          className="basis-full rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p id="copy-ask-heading" className="font-semibold">
            Before you copy
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {asking.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={() => void copy()} className={buttonClass('primary', 'sm')}>
              Copy anyway
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(null);
                buttonRef.current?.focus();
              }}
              className={buttonClass('secondary', 'sm')}
            >
              Keep editing
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
