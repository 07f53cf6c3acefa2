'use client';
/**
 * The "Paste their profile" (or "Paste your profile") button of a details panel, and the undo
 * that follows "Use these". The box itself, with the parser, loads when the button is first
 * pressed (fetched ahead when a pointer or the keyboard comes near), so the details panel stays
 * light.
 */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { FormValues, ProfileTarget } from './profile-paste';
import { buttonClass } from './ui/button';

const loadBox = () => import('./profile-paste');
const ProfilePaste = lazy(() => loadBox().then((module) => ({ default: module.ProfilePaste })));

function sameValues(a: FormValues, b: FormValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

/** Props of the launcher: which form it fills, that form's values and how to change them. */
export interface ProfilePasteLauncherProps<Form extends FormValues> {
  target: ProfileTarget;
  form: Form;
  onChange: (form: Form) => void;
}

/** The button, the box when open, and "Undo" after the profile's details were used. */
export function ProfilePasteLauncher<Form extends FormValues>({ target, form, onChange }: ProfilePasteLauncherProps<Form>) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [undo, setUndo] = useState<{ previous: Form; applied: Form; count: number } | null>(null);
  const [restored, setRestored] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const label = target === 'recipient' ? 'Paste their profile' : 'Paste your profile';

  const use = (values: FormValues) => {
    const applied = { ...form, ...values };
    setUndo({ previous: form, applied, count: Object.keys(values).length });
    setRestored(false);
    onChange(applied);
    setOpen(false);
    button.current?.focus();
  };

  const cancel = () => {
    setOpen(false);
    button.current?.focus();
  };

  const undoUse = () => {
    if (!undo) return;
    onChange(undo.previous);
    setUndo(null);
    setRestored(true);
    button.current?.focus();
  };

  return (
    <div className="mb-3">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-box` : undefined}
        onClick={() => setOpen((value) => !value)}
        onPointerEnter={() => void loadBox()}
        onFocus={() => void loadBox()}
        className={buttonClass('secondary', 'sm')}
      >
        {label}
      </button>
      <div role="status" className="text-sm">
        {/* Undo belongs to the fill it follows: once the fields are edited or cleared it would undo that instead. */}
        {undo && sameValues(undo.applied, form) && (
          <p className="mt-2 flex flex-wrap items-center gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sky-950 dark:bg-sky-950/50 dark:text-sky-100">
            Filled {undo.count} {undo.count === 1 ? 'field' : 'fields'} from {target === 'recipient' ? 'their' : 'your'} profile.
            <button type="button" onClick={undoUse} className={buttonClass('quiet', 'sm')}>
              Undo
            </button>
          </p>
        )}
        {restored && <p className="mt-2 text-slate-700 dark:text-slate-300">Your earlier details are back.</p>}
      </div>
      {open && (
        <div id={`${id}-box`}>
          <Suspense fallback={<p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Opening the box…</p>}>
            <ProfilePaste target={target} current={form} onUse={use} onCancel={cancel} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
