/**
 * The app shell's header, shared by every view: the navigation between views, then the view's
 * own title and lines. The views are data (`APP_VIEWS`), so a new view is one entry; the current
 * one is marked with aria-current="page" as well as by its look.
 */
import type { ReactNode } from 'react';

/** One view of the app in the navigation. */
export interface AppView {
  href: string;
  label: string;
}

/** The views, in navigation order. */
export const APP_VIEWS: readonly AppView[] = [
  { href: '/', label: 'Coach a note' },
  { href: '/triage', label: 'Triage invitations' },
  { href: '/sent', label: 'Sent notes' },
  { href: '/batch', label: 'Batch' },
];

/** Props of the header. */
export interface AppHeaderProps {
  /** The current view's href. */
  current: string;
  /** The page's one h1. */
  title: string;
  children?: ReactNode;
  views?: readonly AppView[];
}

const linkClass =
  'inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-300';

/** The header with the views' navigation. */
export function AppHeader({ current, title, children, views = APP_VIEWS }: AppHeaderProps) {
  return (
    <header className="mb-6 space-y-2">
      <nav aria-label="Views" className="-mx-1 mb-3">
        <ul className="flex flex-wrap gap-1">
          {views.map((view) => {
            const active = view.href === current;
            return (
              <li key={view.href}>
                <a
                  href={view.href}
                  aria-current={active ? 'page' : undefined}
                  className={`${linkClass} ${
                    active
                      ? 'bg-sky-100 text-sky-950 dark:bg-sky-900/60 dark:text-sky-50'
                      : 'text-sky-800 underline-offset-2 hover:underline dark:text-sky-300'
                  }`}
                >
                  {view.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children}
    </header>
  );
}
