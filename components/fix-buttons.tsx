/**
 * A finding's one-click fixes as buttons: the same buttons on its card, on the "Spelling &
 * grammar" card and in its highlight's popover in the editor, so each fix is offered — and named
 * for screen readers ("Remove it: “I came across your profile”") — the same way everywhere.
 */
import { buttonClass } from './ui/button';
import type { Fix } from '@/lib/client/fixes';

/** Props of the buttons. */
export interface FixButtonsProps {
  /** The text the fixes change (named in each button's accessible name). */
  actual: string;
  fixes: readonly Fix[];
  onFix: (fix: Fix) => void;
}

/** The buttons (a fragment: the caller lays them out). */
export function FixButtons({ actual, fixes, onFix }: FixButtonsProps) {
  return (
    <>
      {fixes.map((fix) => (
        <button
          key={`${fix.kind}:${fix.label}`}
          type="button"
          onClick={() => onFix(fix)}
          aria-label={fix.spoken ?? `${fix.label}: “${actual}”`}
          className={buttonClass('secondary', 'sm')}
        >
          {fix.label}
        </button>
      ))}
    </>
  );
}
