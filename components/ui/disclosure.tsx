/**
 * A collapsible section built on native <details>/<summary>: keyboard and screen-reader support
 * come from the browser, and it works before JavaScript loads.
 */
import type { ReactNode, Ref } from 'react';

/** Props of a Disclosure: the always-visible summary line and the folded content. */
export interface DisclosureProps {
  title: string;
  /** Short extra text after the title, e.g. "3 filled". */
  hint?: string;
  open?: boolean;
  /** Called with the new state whenever the user opens or closes it (once hydrated). */
  onToggle?: (open: boolean) => void;
  /** Called when a pointer or the keyboard focus comes near: a hint it may be opened soon. */
  onIntent?: () => void;
  ref?: Ref<HTMLDetailsElement>;
  children: ReactNode;
}

/** A titled, collapsible panel. */
export function Disclosure({ title, hint, open, onToggle, onIntent, ref, children }: DisclosureProps) {
  return (
    <details
      ref={ref}
      open={open}
      onToggle={onToggle && ((event) => onToggle(event.currentTarget.open))}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      className="group rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <summary className="flex min-h-12 cursor-pointer list-none items-center gap-3 rounded-xl px-4 py-3 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-300 [&::-webkit-details-marker]:hidden">
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4 shrink-0 transition-transform group-open:rotate-90">
          <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>{title}</span>
        {hint && <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{hint}</span>}
      </summary>
      <div className="border-t border-slate-200 px-4 pt-3 pb-4 dark:border-slate-700">{children}</div>
    </details>
  );
}
