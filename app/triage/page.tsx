import type { Metadata } from 'next';
import { AppHeader } from '@/components/app-header';
import { TriageView } from '@/components/triage/triage-view';

export const metadata: Metadata = {
  title: 'Triage invitations — notecoach',
  description: 'Decide which LinkedIn invitations to accept, review or ignore by your own criteria, with a reply for each accept. Private: nothing is stored on the server.',
};

/** The triage page: the shared header around the triage island. */
export default function TriagePage() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-12 sm:px-6 lg:pt-10">
      <AppHeader current="/triage" title="Triage invitations">
        <p className="text-lg text-slate-800 dark:text-slate-200">Should you accept this invitation? Decide by your own standard.</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">Invitations are checked and forgotten on the server; your criteria and decisions stay in this browser.</p>
      </AppHeader>
      <main>
        <TriageView />
      </main>
    </div>
  );
}
