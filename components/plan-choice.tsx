/**
 * Free or Premium: which LinkedIn plan the note is for, since the plan sets the limit.
 */
import type { Plan } from '@/lib/schema';
import { PLAN_LIMITS } from '@/lib/client/details';

/** Props of the plan choice. */
export interface PlanChoiceProps {
  value: Plan;
  onChange: (plan: Plan) => void;
}

const OPTIONS: { plan: Plan; label: string }[] = [
  { plan: 'free', label: 'Free' },
  { plan: 'premium', label: 'Premium' },
];

/** A pair of radio buttons styled as a segmented control. */
export function PlanChoice({ value, onChange }: PlanChoiceProps) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">Your LinkedIn plan</legend>
      <span aria-hidden="true" className="text-sm text-slate-700 dark:text-slate-300">
        Plan
      </span>
      <div className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-600">
        {OPTIONS.map(({ plan, label }) => (
          <label
            key={plan}
            className="relative cursor-pointer rounded-md px-3 py-1.5 text-sm has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-sky-600 dark:has-checked:bg-sky-300 dark:has-checked:text-slate-950"
          >
            <input
              type="radio"
              name="plan"
              value={plan}
              checked={value === plan}
              onChange={() => onChange(plan)}
              // Transparent but covering the label: pointer and keyboard reach the real radio.
              className="absolute inset-0 z-10 cursor-pointer appearance-none opacity-0"
            />
            {label} <span className="tabular-nums">({PLAN_LIMITS[plan]})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
