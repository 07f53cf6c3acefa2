/**
 * A labelled text input or textarea with an optional hint, wired with aria-describedby.
 */
import { useId } from 'react';

/** Props of a TextField. */
export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  maxLength?: number;
  multiline?: boolean;
  placeholder?: string;
  autoComplete?: string;
}

const inputClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 ' +
  'placeholder:text-slate-500 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 ' +
  'dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400';

/** One labelled field. Text is 16 px so phones do not zoom in on focus. */
export function TextField({ label, value, onChange, hint, maxLength, multiline, placeholder, autoComplete = 'off' }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    maxLength,
    placeholder,
    autoComplete,
    'aria-describedby': hint ? hintId : undefined,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
    </div>
  );
}
