'use client';
/**
 * Entering invitations: paste many at once (blocks separated by a blank line, or CSV with a
 * header), or fill in one.
 */
import { useId, useState } from 'react';
import { buttonClass } from '../ui/button';
import { TextField } from '../ui/text-field';
import { type PastedInvitation, parseInvitations } from '@/lib/triage/paste';

/** Props of the input. */
export interface InvitationInputProps {
  /** Replaces the list with pasted invitations. */
  onPaste: (list: PastedInvitation[]) => void;
  /** Adds one invitation to the list. */
  onAdd: (invitation: PastedInvitation) => void;
}

const EXAMPLE = `Sam Ortiz
Data Engineer at Northwind
4 mutual connections
Hi Dana, I loved your talk on data contracts and would love to compare notes on schema evolution.

Max Growth
Thought Leader | 30K followers`;

/** The paste box and the one-invitation form. */
export function InvitationInput({ onPaste, onAdd }: InvitationInputProps) {
  const id = useId();
  const [paste, setPaste] = useState('');
  const [message, setMessage] = useState('');
  const [one, setOne] = useState({ name: '', headline: '', mutuals: '', note: '' });

  const triagePaste = () => {
    const { invitations, skipped, dropped } = parseInvitations(paste);
    if (invitations.length === 0) {
      setMessage('No invitations found. Put each on its own lines — name first — with a blank line between them.');
      return;
    }
    onPaste(invitations);
    const extra = [skipped > 0 ? `${skipped} without a name skipped` : '', dropped > 0 ? `${dropped} beyond the first 200 left out` : ''].filter(Boolean).join('; ');
    setMessage(`Read ${invitations.length} invitation${invitations.length === 1 ? '' : 's'}${extra ? ` (${extra})` : ''}.`);
  };

  const addOne = (event: React.FormEvent) => {
    event.preventDefault();
    const name = one.name.trim();
    if (!name) {
      setMessage('Add at least their name.');
      return;
    }
    const mutuals = Number(one.mutuals);
    const inv: PastedInvitation = { name: name.slice(0, 100) };
    if (one.headline.trim()) inv.headline = one.headline.trim().slice(0, 220);
    if (one.note.trim()) inv.note = one.note.trim().slice(0, 2000);
    if (one.mutuals.trim() && Number.isInteger(mutuals) && mutuals >= 0) inv.mutualConnections = Math.min(mutuals, 100_000);
    onAdd(inv);
    setOne({ name: '', headline: '', mutuals: '', note: '' });
    setMessage(`Added ${inv.name}.`);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Invitations you received
      </h2>
      <div>
        <label htmlFor={`${id}-paste`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Paste invitations
        </label>
        <p id={`${id}-paste-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          One block per person, separated by a blank line: name, headline, “N mutual connections”, then their note. Or CSV with a header (name, headline, note,
          mutualConnections).
        </p>
        <textarea
          id={`${id}-paste`}
          aria-describedby={`${id}-paste-hint`}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
          rows={7}
          maxLength={400_000}
          placeholder={EXAMPLE}
          className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button type="button" onClick={triagePaste} disabled={paste.trim() === ''} className={`mt-2 ${buttonClass('primary')}`}>
          Triage these
        </button>
      </div>
      <form onSubmit={addOne} aria-labelledby={`${id}-one`} className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-700">
        <h3 id={`${id}-one`} className="font-semibold">
          Or add one
        </h3>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="Name" value={one.name} maxLength={100} onChange={(name) => setOne({ ...one, name })} />
          <TextField label="Headline" value={one.headline} maxLength={220} onChange={(headline) => setOne({ ...one, headline })} />
          <TextField label="Mutual connections" hint="How many, if LinkedIn shows it" value={one.mutuals} maxLength={6} onChange={(mutuals) => setOne({ ...one, mutuals })} />
        </div>
        <TextField label="Their note" multiline value={one.note} maxLength={2000} onChange={(note) => setOne({ ...one, note })} />
        <button type="submit" className={buttonClass('secondary')}>
          Add invitation
        </button>
      </form>
      <p role="status" className="text-sm text-slate-700 empty:hidden dark:text-slate-300">
        {message}
      </p>
    </section>
  );
}
