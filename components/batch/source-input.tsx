'use client';
/**
 * Where the recipients come from: a CSV file chosen from the device, or CSV pasted into a box.
 * The file is read in the browser; nothing is uploaded until notes are written.
 */
import { useId, useState } from 'react';
import { buttonClass } from '../ui/button';

/** Props of the input. */
export interface SourceInputProps {
  /** The current file's name ("pasted" for a paste), or '' before any. */
  fileName: string;
  /** Takes new CSV text and where it came from. */
  onText: (text: string, fileName: string) => void;
}

/** Largest file read (a 10,000-row CSV with long headlines is a few MB). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const EXAMPLE = `name,company,headline,schools
Ana Li,Northwind,Data Engineer,University of Michigan
Bo Chen,Globex,"Head of Sales, EMEA",Rice University; MIT`;

/** File picker and paste box. */
export function SourceInput({ fileName, onText }: SourceInputProps) {
  const id = useId();
  const [paste, setPaste] = useState('');
  const [message, setMessage] = useState('');

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage(`${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; the page reads files up to 20 MB. Split it into smaller files.`);
      return;
    }
    try {
      onText(await file.text(), file.name);
      setMessage('');
    } catch {
      setMessage(`${file.name} could not be read. Save it again as CSV (UTF-8) and choose it again.`);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        1. Your recipients
      </h2>
      <div>
        <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Choose a CSV file
        </label>
        <p id={`${id}-file-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          One row per person with a header row. Columns such as name, headline, company, industry, schools, recentWork and mutualConnections (lists separated by “;”); any
          other column can be used in the template.
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => void readFile(e.target.files?.[0])}
          className="mt-2 block w-full text-sm text-slate-800 file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:text-sm file:font-medium file:text-slate-900 hover:file:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
        />
      </div>
      <div>
        <label htmlFor={`${id}-paste`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Or paste CSV
        </label>
        <textarea
          id={`${id}-paste`}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
          rows={4}
          placeholder={EXAMPLE}
          spellCheck={false}
          className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 placeholder:text-slate-500 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button type="button" className={`${buttonClass('secondary', 'sm')} mt-2`} disabled={paste.trim() === ''} onClick={() => onText(paste, 'pasted')}>
          Use the pasted rows
        </button>
      </div>
      {(message || fileName) && (
        <p role="status" className="text-sm text-slate-800 dark:text-slate-200">
          {message ? <span className="text-red-700 dark:text-red-300">{message}</span> : fileName === 'pasted' ? 'Using the pasted rows.' : `Using ${fileName}.`}
        </p>
      )}
    </section>
  );
}
