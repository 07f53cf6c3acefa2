import type { Metadata } from 'next';
import { BatchView } from '@/components/batch/batch-view';
import { ViewPage } from '@/components/view-page';

export const metadata: Metadata = {
  title: 'Batch: one note per recipient — notecoach',
  description: 'Turn a spreadsheet of recipients into one scored, editable LinkedIn connection note per person, each phrased its own way. Private: nothing is stored on the server.',
};

/** The batch page: the shared header around the batch island. */
export default function BatchPage() {
  return (
    <ViewPage current="/batch" title="Batch: one note per recipient" lead="A spreadsheet of people in, one good note for each out, ready to edit and export." privacy="Notes are written and forgotten on the server; your file and edits stay in this browser.">
      <BatchView />
    </ViewPage>
  );
}
