'use client';
/**
 * Export and import of the log: JSON (everything, to move to another browser or keep a backup)
 * and CSV (for a spreadsheet). Import reads either, keeps the good rows of a file with bad ones,
 * and says which rows were left out and why. The reader (with zod) loads when a file is chosen.
 */
import { useId, useRef, useState } from 'react';
import { buttonClass } from '../ui/button';
import { download } from '@/lib/client/download';
import { mergeById, type SavedDraft, type SentEntry } from '@/lib/sent/entry';
import { logToCsv, logToJson } from '@/lib/sent/export';
import type { ImportProblem } from '@/lib/sent/import';

/** Props of the panel. */
export interface TransferPanelProps {
  log: readonly SentEntry[];
  drafts: readonly SavedDraft[];
  weeklyCap: number;
  onImport: (log: SentEntry[], drafts: SavedDraft[], weeklyCap?: number) => void;
}

interface Report {
  ok: boolean;
  text: string;
  problems: ImportProblem[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The export buttons and the import control with its report. */
export function TransferPanel({ log, drafts, weeklyCap, onImport }: TransferPanelProps) {
  const id = useId();
  const [report, setReport] = useState<Report | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const stamp = () => new Date().toISOString().slice(0, 10);

  const read = async (file: File) => {
    const { IMPORT_MAX_BYTES, readImport } = await import('@/lib/sent/import');
    if (file.size > IMPORT_MAX_BYTES) {
      setReport({ ok: false, text: 'This file is too big to be a sent-notes export (over 8 MB).', problems: [] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReport({ ok: false, text: 'This browser could not read the file. Try choosing it again.', problems: [] });
      return;
    }
    const result = readImport(text);
    if (!result.ok) {
      setReport({ ok: false, text: result.error, problems: [] });
      return;
    }
    const entries = mergeById(log, result.entries, (e) => e.sentAt);
    const saved = mergeById(drafts, result.drafts, (d) => d.savedAt);
    onImport(entries.merged, saved.merged, result.weeklyCap);
    const parts = [`Imported ${plural(entries.added, 'note')}`];
    if (saved.added > 0) parts.push(plural(saved.added, 'saved draft'));
    let text2 = parts.join(' and ');
    const skipped = entries.skipped + saved.skipped;
    if (skipped > 0) text2 += `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already in your log`;
    if (result.problems.length > 0) text2 += `. ${plural(result.problems.length, 'row')} could not be read and ${result.problems.length === 1 ? 'was' : 'were'} left out`;
    setReport({ ok: true, text: `${text2}.`, problems: result.problems });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={log.length === 0 && drafts.length === 0} onClick={() => download(`notecoach-sent-notes-${stamp()}.json`, 'application/json', logToJson(log, drafts, weeklyCap, Date.now()))} className={buttonClass('secondary', 'sm')}>
          Export JSON
        </button>
        <button type="button" disabled={log.length === 0} onClick={() => download(`notecoach-sent-notes-${stamp()}.csv`, 'text/csv;charset=utf-8', logToCsv(log))} className={buttonClass('secondary', 'sm')}>
          Export CSV
        </button>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">JSON keeps everything, to move to another browser. CSV opens in a spreadsheet; cells that look like formulas start with &apos; so they stay text.</p>
      <div>
        <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Import a JSON or CSV file
        </label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file).finally(() => input.current && (input.current.value = ''));
          }}
          className="mt-1 block w-full max-w-full text-sm text-slate-800 file:mr-3 file:min-h-9 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:text-sm file:font-medium file:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
        />
        <p id={`${id}-file-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Adds the file’s notes to your log; notes already in it stay as they are.
        </p>
      </div>
      <div role="status" className="text-sm empty:hidden">
        {report && (
          <>
            <p className={report.ok ? 'text-slate-800 dark:text-slate-200' : 'text-red-700 dark:text-red-300'}>{report.text}</p>
            {report.problems.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
                {report.problems.slice(0, 20).map((p) => (
                  <li key={`${p.row}-${p.message}`}>
                    Row {p.row}: {p.message}
                  </li>
                ))}
                {report.problems.length > 20 && <li>… and {report.problems.length - 20} more</li>}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
