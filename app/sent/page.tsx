import type { Metadata } from 'next';
import { AppHeader } from '@/components/app-header';
import { SentView } from '@/components/sent/sent-view';

export const metadata: Metadata = {
  title: 'Sent notes — notecoach',
  description: 'The notes you copied, what got accepted, and LinkedIn’s monthly and weekly limits. Kept in this browser only.',
};

/** The sent-notes page: the shared header around the log's island. */
export default function SentPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-12 sm:px-6 lg:pt-10">
      <AppHeader current="/sent" title="Sent notes">
        <p className="text-lg text-slate-800 dark:text-slate-200">See what gets accepted, stay within LinkedIn’s limits, and never send the same note twice.</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">Every note you copy is logged in this browser only; nothing is stored on a server.</p>
      </AppHeader>
      <main>
        <SentView />
      </main>
    </div>
  );
}
