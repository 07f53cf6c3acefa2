'use client';
/**
 * "Clear data on this device": the one control that forgets everything notecoach keeps in this
 * browser (draft, plan, recipient details, About you, sent notes). Asks once before clearing,
 * since there is no way back, and says when it is done.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from './ui/button';

/** Props of the control. */
export interface ClearDataProps {
  /** Forgets the stored data and resets the page. */
  onClear: () => void;
  /** What this view keeps, when it says more than the coach's list. */
  description?: string;
}

type Step = 'idle' | 'confirm' | 'done';

/** The clear-data section with its confirm step. */
export function ClearData({ onClear, description }: ClearDataProps) {
  const id = useId();
  const [step, setStep] = useState<Step>('idle');
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus follows the step, so keyboard users land on the next thing to decide.
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (step === 'confirm') confirmRef.current?.focus();
    else openRef.current?.focus();
  }, [step]);

  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="font-semibold">
        Data on this device
      </h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {description ?? 'Your draft, plan, recipient details, About you, sent-notes log and triage decisions are kept in this browser only, never on a server.'}
      </p>
      {step === 'confirm' ? (
        <div role="group" aria-labelledby={`${id}-ask`} className="mt-3 space-y-2">
          <p id={`${id}-ask`} className="text-sm font-medium text-slate-900 dark:text-slate-100">
            Remove everything notecoach keeps in this browser? This cannot be undone.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmRef}
              type="button"
              onClick={() => {
                onClear();
                go('done');
              }}
              className={buttonClass('primary', 'sm')}
            >
              Yes, clear everything
            </button>
            <button type="button" onClick={() => go('idle')} className={buttonClass('secondary', 'sm')}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={openRef} type="button" onClick={() => go('confirm')} className={`mt-3 ${buttonClass('secondary', 'sm')}`}>
          Clear data on this device
        </button>
      )}
      <p role="status" className="mt-2 text-sm text-slate-700 empty:hidden dark:text-slate-300">
        {step === 'done' ? 'Cleared: notecoach keeps nothing in this browser now.' : ''}
      </p>
    </section>
  );
}
