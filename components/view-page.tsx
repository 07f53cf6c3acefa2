import type { ReactNode } from 'react';
import { AppHeader, type AppView } from '@/components/app-header';

/** Props of a view's page: where it is in the header, its title, its two lines of lead, its island. */
export interface ViewPageProps {
  current: AppView['href'];
  title: string;
  /** What the view is for, in one sentence. */
  lead: string;
  /** Where the view keeps what you give it (privacy), in one sentence. */
  privacy: string;
  children: ReactNode;
}

/** The layout every view but the coach shares: the header with its lead, then the view's island. */
export function ViewPage({ current, title, lead, privacy, children }: ViewPageProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-12 sm:px-6 lg:pt-10">
      <AppHeader current={current} title={title}>
        <p className="text-lg text-slate-800 dark:text-slate-200">{lead}</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">{privacy}</p>
      </AppHeader>
      <main>{children}</main>
    </div>
  );
}
