import type { Metadata } from 'next';
import { AppHeader } from '@/components/app-header';
import { BatchView } from '@/components/batch/batch-view';

export const metadata: Metadata = {
  title: 'Batch: one note per recipient — notecoach',
  description: 'Turn a spreadsheet of recipients into one scored, editable LinkedIn connection note per person, each phrased its own way. Private: nothing is stored on the server.',
};

/** The batch page: the shared header around the batch island. */
export default function BatchPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-12 sm:px-6 lg:pt-10">
      <AppHeader current="/batch" title="Batch: one note per recipient">
        <p className="text-lg text-slate-800 dark:text-slate-200">A spreadsheet of people in, one good note for each out, ready to edit and export.</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">Notes are written and forgotten on the server; your file and edits stay in this browser.</p>
      </AppHeader>
      <main>
        <BatchView />
      </main>
    </div>
  );
}
