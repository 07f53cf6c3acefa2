'use client';
/**
 * The inside of the two detail folds: the recipient's fields (kept with the draft) and "About you"
 * (remembered on this device for every note, with a button to forget it). Loaded only when a fold
 * is first opened (see details-form.tsx).
 */
import { ProfilePasteLauncher } from './profile-paste-launcher';
import { buttonClass } from './ui/button';
import { TextField } from './ui/text-field';
import { FIELD_MAX, type RecipientField, type RecipientForm, type SenderField, type SenderForm } from '@/lib/client/details';

interface FieldSpec<K extends string> {
  key: K;
  label: string;
  hint?: string;
  max: number;
  multiline?: boolean;
  placeholder?: string;
}

const RECIPIENT: FieldSpec<RecipientField>[] = [
  { key: 'name', label: 'Name', max: FIELD_MAX.name, placeholder: 'e.g. Dana Whitfield' },
  { key: 'headline', label: 'Headline', max: FIELD_MAX.headline, placeholder: 'e.g. Staff engineer at Acme · Kubernetes' },
  { key: 'company', label: 'Company', max: FIELD_MAX.company },
  { key: 'industry', label: 'Industry', max: FIELD_MAX.industry },
  { key: 'schools', label: 'Schools', hint: 'Separate several with commas.', max: 1200 },
  { key: 'recentWork', label: 'A recent post, book or talk of theirs', max: FIELD_MAX.recentWork, placeholder: 'e.g. her talk “Boring deploys” at KubeCon' },
  { key: 'mutualConnections', label: 'Mutual connections', hint: 'Names, separated by commas.', max: 2000 },
  { key: 'about', label: 'Their About section', hint: 'Paste it; the coach looks for what you share.', max: FIELD_MAX.about, multiline: true },
];

const SENDER: FieldSpec<SenderField>[] = [
  { key: 'industry', label: 'Your industry', max: FIELD_MAX.industry },
  { key: 'schools', label: 'Your schools', hint: 'Separate several with commas.', max: 1200 },
  { key: 'company', label: 'Your company', max: FIELD_MAX.company },
  { key: 'goal', label: 'Your goal', hint: 'What you hope for, e.g. “move into product design”.', max: FIELD_MAX.goal, multiline: true },
];

/** Props of the recipient's fields. */
export interface RecipientFieldsProps {
  recipient: RecipientForm;
  onRecipientChange: (form: RecipientForm) => void;
  onRecipientClear: () => void;
}

/** The recipient's details. */
export function RecipientFields({ recipient, onRecipientChange, onRecipientClear }: RecipientFieldsProps) {
  return (
    <>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        What you know of the person: the coach checks your note uses it. Kept with your draft in this browser.
      </p>
      <ProfilePasteLauncher target="recipient" form={recipient} onChange={onRecipientChange} />
      <div className="grid gap-3 sm:grid-cols-2">
        {RECIPIENT.map((f) => (
          <div key={f.key} className={f.multiline || f.key === 'recentWork' || f.key === 'headline' ? 'sm:col-span-2' : ''}>
            <TextField
              label={f.label}
              hint={f.hint}
              maxLength={f.max}
              multiline={f.multiline}
              placeholder={f.placeholder}
              value={recipient[f.key] ?? ''}
              onChange={(value) => onRecipientChange({ ...recipient, [f.key]: value })}
            />
          </div>
        ))}
      </div>
      <button type="button" onClick={onRecipientClear} className={`${buttonClass('secondary', 'sm')} mt-3`}>
        Clear recipient’s details
      </button>
    </>
  );
}

/** Props of the "About you" fields. */
export interface SenderFieldsProps {
  sender: SenderForm;
  onSenderChange: (form: SenderForm) => void;
  onSenderClear: () => void;
}

/** The sender's own details. */
export function SenderFields({ sender, onSenderChange, onSenderClear }: SenderFieldsProps) {
  return (
    <>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        Remembered on this device for your next notes, never sent anywhere but to the coach.
      </p>
      <ProfilePasteLauncher target="sender" form={sender} onChange={onSenderChange} />
      <div className="grid gap-3 sm:grid-cols-2">
        {SENDER.map((f) => (
          <div key={f.key} className={f.multiline ? 'sm:col-span-2' : ''}>
            <TextField
              label={f.label}
              hint={f.hint}
              maxLength={f.max}
              multiline={f.multiline}
              value={sender[f.key] ?? ''}
              onChange={(value) => onSenderChange({ ...sender, [f.key]: value })}
            />
          </div>
        ))}
      </div>
      <button type="button" onClick={onSenderClear} className={`${buttonClass('secondary', 'sm')} mt-3`}>
        Forget my details
      </button>
    </>
  );
}
