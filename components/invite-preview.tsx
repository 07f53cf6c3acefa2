/**
 * How the invitation reaches the recipient: a card in LinkedIn's manner with the note as sent,
 * cut where LinkedIn's box stops taking text. The part that would be lost stays visible, struck
 * through and labelled, so the user sees exactly what to trim.
 */
import { cutAtLimit } from '@/lib/client/text';

/** Props of the preview. */
export interface InvitePreviewProps {
  note: string;
  limit: number;
  recipientName?: string;
  senderLabel?: string;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '');
  return letters.toUpperCase() || '?';
}

/** The invite as the recipient would see it. */
export function InvitePreview({ note, limit, recipientName, senderLabel = 'You' }: InvitePreviewProps) {
  const { sent, cut } = cutAtLimit(note, limit);
  const to = recipientName?.trim() || 'the recipient';
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-lg font-semibold">
        Invite preview
      </h2>
      <figure className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
        <figcaption className="flex items-center gap-3">
          <span aria-hidden="true" className="flex size-11 items-center justify-center rounded-full bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-100">
            {initials(senderLabel)}
          </span>
          <span className="text-sm">
            <span className="font-semibold">{senderLabel}</span> invited <span className="font-semibold">{to}</span> to connect
          </span>
        </figcaption>
        {note.trim() === '' ? (
          <p className="mt-3 text-sm text-slate-700 italic dark:text-slate-300">No note: most invitations arrive like this, and most are ignored.</p>
        ) : (
          <blockquote className="mt-3 rounded-lg bg-slate-100 p-3 text-sm leading-6 break-words whitespace-pre-wrap text-slate-900 dark:bg-slate-800 dark:text-slate-100">
            {sent}
            {cut && (
              <>
                <span className="mx-1 rounded bg-red-700 px-1 text-xs font-semibold text-white not-italic dark:bg-red-300 dark:text-red-950">
                  cut here
                </span>
                <del className="text-slate-600 dark:text-slate-400">{cut}</del>
              </>
            )}
          </blockquote>
        )}
        {cut && (
          <p className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
            LinkedIn stops at {limit} characters: the last {cut.length} would not be sent.
          </p>
        )}
        <div aria-hidden="true" className="mt-3 flex justify-end gap-2 text-sm font-semibold">
          <span className="rounded-full px-3 py-1 text-slate-700 dark:text-slate-300">Ignore</span>
          <span className="rounded-full border border-sky-700 px-3 py-1 text-sky-800 dark:border-sky-300 dark:text-sky-200">Accept</span>
        </div>
      </figure>
    </section>
  );
}
