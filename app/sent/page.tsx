import type { Metadata } from 'next';
import { SentView } from '@/components/sent/sent-view';
import { ViewPage } from '@/components/view-page';

export const metadata: Metadata = {
  title: 'Sent notes — notecoach',
  description: 'The notes you copied, what got accepted, and LinkedIn’s monthly and weekly limits. Kept in this browser only.',
};

/** The sent-notes page: the shared header around the log's island. */
export default function SentPage() {
  return (
    <ViewPage current="/sent" title="Sent notes" lead="See what gets accepted, stay within LinkedIn’s limits, and never send the same note twice." privacy="Every note you copy is logged in this browser only; nothing is stored on a server.">
      <SentView />
    </ViewPage>
  );
}
