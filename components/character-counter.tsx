/**
 * The live "N / 300" counter. Near the limit it turns amber and says so; past it, red with how
 * many characters to cut. Words carry the state, not only colour.
 */
import { limitState } from '@/lib/client/text';

const TONE = {
  ok: 'text-slate-700 dark:text-slate-300',
  near: 'text-amber-800 dark:text-amber-300',
  over: 'text-red-700 dark:text-red-300',
} as const;

/** Props of the counter. */
export interface CharacterCounterProps {
  id: string;
  length: number;
  limit: number;
}

/** Characters used against the plan's limit. Not a live region: it changes on every keystroke. */
export function CharacterCounter({ id, length, limit }: CharacterCounterProps) {
  const state = limitState(length, limit);
  return (
    <p id={id} data-state={state} className={`shrink-0 text-right text-sm font-medium tabular-nums ${TONE[state]}`}>
      <span>
        {length} / {limit}
      </span>
      {state === 'near' && <span> · {limit - length} left</span>}
      {state === 'over' && <span> · {length - limit} over the limit</span>}
      <span className="sr-only"> characters</span>
    </p>
  );
}
