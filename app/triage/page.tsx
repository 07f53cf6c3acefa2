import type { Metadata } from 'next';
import { TriageView } from '@/components/triage/triage-view';
import { ViewPage } from '@/components/view-page';

export const metadata: Metadata = {
  title: 'Triage invitations — notecoach',
  description: 'Decide which LinkedIn invitations to accept, review or ignore by your own criteria, with a reply for each accept. Private: nothing is stored on the server.',
};

/** The triage page: the shared header around the triage island. */
export default function TriagePage() {
  return (
    <ViewPage current="/triage" title="Triage invitations" lead="Should you accept this invitation? Decide by your own standard." privacy="Invitations are checked and forgotten on the server; your criteria and decisions stay in this browser.">
      <TriageView />
    </ViewPage>
  );
}
