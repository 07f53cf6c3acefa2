/**
 * Where the user stands against LinkedIn's limits: notes this month on Free (about 5) and
 * invitations in the last 7 days against their weekly cap. Numbers in words, the bar as decoration.
 */
import type { LimitStatus } from '@/lib/sent/limits';

/** Props of the meters. */
export interface LimitMetersProps {
  status: LimitStatus;
}

function Meter({ label, used, limit, detail }: { label: string; used: number; limit: number; detail: string }) {
  const share = Math.min(1, used / limit);
  const over = used >= limit;
  return (
    <div className="text-sm">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-medium text-slate-800 dark:text-slate-200">{label}</span>
        <span className={over ? 'font-semibold text-amber-900 dark:text-amber-200' : 'text-slate-700 dark:text-slate-300'}>
          {used} of {limit}
          {over ? ' — at the limit' : ''}
        </span>
      </p>
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" className="mt-1 block h-2.5 w-full">
        <rect width="100" height="6" rx="1.5" className="fill-slate-200 dark:fill-slate-700" />
        {share > 0 && <rect width={(share * 100).toFixed(1)} height="6" rx="1.5" className={over ? 'fill-amber-600 dark:fill-amber-400' : 'fill-sky-700 dark:fill-sky-300'} />}
      </svg>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{detail}</p>
    </div>
  );
}

/** The two meters (the monthly one only on Free). */
export function LimitMeters({ status }: LimitMetersProps) {
  return (
    <div className="space-y-4">
      {status.month ? (
        <Meter
          label="Notes this month (Free plan)"
          used={status.month.used}
          limit={status.month.limit}
          detail="LinkedIn's Free plan attaches a note to about 5 invitations a calendar month; past that, invitations go without your note."
        />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">On Premium, LinkedIn sets no monthly limit on notes.</p>
      )}
      <Meter
        label="Invitations in the last 7 days"
        used={status.week.used}
        limit={status.week.limit}
        detail="Accounts that send more than about 100 invitations a week get restricted. Counts every note you copied, whatever became of it."
      />
    </div>
  );
}
