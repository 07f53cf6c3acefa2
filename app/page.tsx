import { AppHeader } from '@/components/app-header';
import { Coach } from '@/components/coach';
import { TEMPLATES } from '@/lib/templates';

/** The coach page: a server-rendered shell around the one interactive island. */
export default function Home() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-12 sm:px-6 lg:pt-10">
      <AppHeader current="/" title="notecoach">
        <p className="text-lg text-slate-800 dark:text-slate-200">Write a LinkedIn connection note that gets accepted.</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <svg viewBox="0 0 20 20" aria-hidden="true" className="mr-1 inline size-4 align-[-3px]">
            <path d="M5 9V6.5a5 5 0 0 1 10 0V9M4 9h12v9H4z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          </svg>
          Nothing is stored on the server: your note is checked and forgotten, and your details stay in this browser.
        </p>
      </AppHeader>
      <main>
        <Coach templateCount={TEMPLATES.length} />
      </main>
    </div>
  );
}
