'use client';
/**
 * The optional details: the recipient's (kept with the draft) and "About you" (remembered on this
 * device for every note, with a button to forget it). Both fold away; each summary says how many
 * fields are filled. The fields are loaded the first time a fold is opened (fetched ahead when a
 * pointer or the keyboard comes near), so their code and hydration stay off the first load.
 */
import { lazy, Suspense } from 'react';
import type { RecipientFieldsProps, SenderFieldsProps } from './details-fields';
import { Disclosure } from './ui/disclosure';
import { useFirstOpen } from '@/lib/client/use-first-open';

const loadFields = () => import('./details-fields');
const RecipientFields = lazy(() => loadFields().then((module) => ({ default: module.RecipientFields })));
const SenderFields = lazy(() => loadFields().then((module) => ({ default: module.SenderFields })));

function filled(form: Partial<Record<string, string>>): string | undefined {
  const n = Object.values(form).filter((v) => v && v.trim() !== '').length;
  return n === 0 ? 'optional' : `${n} filled`;
}

const loading = <p className="text-sm text-slate-700 dark:text-slate-300">Loading the fields…</p>;

/** Props of the details forms. */
export type DetailsFormProps = RecipientFieldsProps & SenderFieldsProps;

/** Recipient details and "About you", side by side on wide screens. */
export function DetailsForm({ recipient, onRecipientChange, onRecipientClear, sender, onSenderChange, onSenderClear }: DetailsFormProps) {
  const recipientFold = useFirstOpen();
  const senderFold = useFirstOpen();
  const preload = () => void loadFields();
  return (
    <div className="space-y-3">
      <Disclosure ref={recipientFold.ref} title="Recipient’s details" hint={filled(recipient)} onToggle={recipientFold.onToggle} onIntent={preload}>
        {recipientFold.opened && (
          <Suspense fallback={loading}>
            <RecipientFields recipient={recipient} onRecipientChange={onRecipientChange} onRecipientClear={onRecipientClear} />
          </Suspense>
        )}
      </Disclosure>
      <Disclosure ref={senderFold.ref} title="About you" hint={filled(sender)} onToggle={senderFold.onToggle} onIntent={preload}>
        {senderFold.opened && (
          <Suspense fallback={loading}>
            <SenderFields sender={sender} onSenderChange={onSenderChange} onSenderClear={onSenderClear} />
          </Suspense>
        )}
      </Disclosure>
    </div>
  );
}
