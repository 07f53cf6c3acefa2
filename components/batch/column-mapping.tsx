'use client';
/**
 * Which column feeds each of the recipient's fields: guessed from the header names, changed with
 * one select per field. Columns left over are listed as the `{slots}` the template can use.
 */
import { useId } from 'react';
import { FIELD_LABELS, type FieldMapping, RECIPIENT_FIELDS, type RecipientField, slotKeyOf } from '@/lib/batch/fields';

/** Props of the mapping. */
export interface ColumnMappingProps {
  headers: readonly string[];
  mapping: FieldMapping;
  onChange: (mapping: FieldMapping) => void;
}

const selectClass =
  'mt-1 block w-full min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';

/** One select per field. */
export function ColumnMapping({ headers, mapping, onChange }: ColumnMappingProps) {
  const id = useId();
  const used = new Set(Object.values(mapping));
  const slots = headers.filter((h) => !used.has(h)).map(slotKeyOf).filter(Boolean);
  const set = (field: RecipientField, header: string) => {
    const next: FieldMapping = { ...mapping };
    // A column feeds one field: taking it here frees it elsewhere.
    for (const f of RECIPIENT_FIELDS) if (next[f] === header) delete next[f];
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        3. Match your columns
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">Guessed from your header row; change any that are wrong.</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {RECIPIENT_FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
              {FIELD_LABELS[field]}
            </label>
            <select id={`${id}-${field}`} value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)} className={selectClass}>
              <option value="">No column</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {slots.length > 0 ? (
          <>
            Other columns you can use in a template:{' '}
            {slots.map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{`{${s}}`}</code>
              </span>
            ))}
            .
          </>
        ) : (
          'Every column feeds a field.'
        )}
      </p>
    </section>
  );
}
