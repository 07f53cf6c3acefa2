'use client';
/**
 * The notes, one row per recipient: who, the note, its score and verdict, and what it still
 * needs. A row opens an editor in place, re-analyzed live as it is typed. The parent pages the
 * rows, so at most a page of them is ever rendered, however long the file.
 */
import { useEffect, useId, useState } from 'react';
import { VERDICT_SHORT } from '../score-badge';
import { buttonClass } from '../ui/button';
import { useLiveAnalysis } from '@/lib/client/use-live-analysis';
import type { Analysis, BatchResult, NoteRequest, Verdict } from '@/lib/schema';

/** One row as the table shows it. */
export interface NoteRow {
  /** Position in the file (0-based). */
  index: number;
  name: string;
  detail: string;
  result: BatchResult;
  edited: boolean;
}

/** Props of the table. */
export interface BatchTableProps {
  rows: readonly NoteRow[];
  /** The request that re-analyzes row `index` with `note`. */
  requestFor: (index: number, note: string) => NoteRequest;
  onEdit: (index: number, note: string) => void;
  onAnalysis: (index: number, analysis: Analysis) => void;
  onUndo: (index: number) => void;
}

const VERDICT_CLASS: Record<Verdict, string> = {
  strong: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  'needs-work': 'bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-50',
  weak: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-50',
};

/** Score and verdict as a compact pill. */
function Verdict({ result }: { result: BatchResult }) {
  if (result.verdict === null || result.score === null) return <span className="text-sm font-medium text-red-800 dark:text-red-200">Not written</span>;
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${VERDICT_CLASS[result.verdict]}`}>
      <span className="tabular-nums">{result.score}</span>
      <span className="sr-only"> out of 100,</span> {VERDICT_SHORT[result.verdict]}
    </span>
  );
}

/** The in-place editor of one note, analyzed live. */
function RowEditor({ row, request, onEdit, onAnalysis, onDone, onUndo }: { row: NoteRow; request: NoteRequest; onEdit: (note: string) => void; onAnalysis: (a: Analysis) => void; onDone: () => void; onUndo: () => void }) {
  const id = useId();
  const live = useLiveAnalysis(request, true);
  useEffect(() => {
    if (live.analysis && live.analyzedNote === request.note) onAnalysis(live.analysis);
    // Reported once per fresh analysis.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live.analysis]);
  const limit = live.analysis?.stats.limit;
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-note`} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        Note to {row.name || `row ${row.index + 1}`}
      </label>
      <textarea
        id={`${id}-note`}
        value={request.note}
        onChange={(e) => onEdit(e.target.value)}
        rows={4}
        // The editor opens on a click of Edit: put the cursor in the note.
        autoFocus
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600/40 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
      />
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {live.problem ??
          (live.pending
            ? 'Checking…'
            : `${request.note.length}${limit ? ` of ${limit}` : ''} characters. ${row.result.advice ?? (row.result.verdict === 'strong' ? 'Ready to send.' : '')}`)}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass('primary', 'sm')} onClick={onDone}>
          Done
        </button>
        <button type="button" className={buttonClass('quiet', 'sm')} onClick={onUndo}>
          Undo my edits
        </button>
      </div>
    </div>
  );
}

/** The table of notes. */
export function BatchTable({ rows, requestFor, onEdit, onAnalysis, onUndo }: BatchTableProps) {
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">One note per recipient, with its score and verdict</caption>
        <thead className="bg-slate-50 text-slate-800 dark:bg-slate-800 dark:text-slate-100">
          <tr>
            <th scope="col" className="hidden px-3 py-2 font-semibold sm:table-cell">
              Recipient
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Note
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.index} className="border-t border-slate-200 align-top dark:border-slate-700">
              <td className="hidden w-44 px-3 py-3 sm:table-cell">
                <span className="block font-medium break-words text-slate-900 dark:text-slate-100">{row.name || `Row ${row.index + 1}`}</span>
                {row.detail && <span className="block text-xs break-words text-slate-600 dark:text-slate-400">{row.detail}</span>}
              </td>
              <td className="px-3 py-3">
                <span className="mb-1 block font-medium text-slate-900 sm:hidden dark:text-slate-100">{row.name || `Row ${row.index + 1}`}</span>
                {editing === row.index ? (
                  <RowEditor
                    row={row}
                    request={requestFor(row.index, row.result.note)}
                    onEdit={(note) => onEdit(row.index, note)}
                    onAnalysis={(a) => onAnalysis(row.index, a)}
                    onDone={() => setEditing(null)}
                    onUndo={() => {
                      onUndo(row.index);
                      setEditing(null);
                    }}
                  />
                ) : row.result.error ? (
                  <p className="text-red-800 dark:text-red-200">{row.result.error}</p>
                ) : (
                  <>
                    <p className="break-words whitespace-pre-wrap text-slate-900 dark:text-slate-100">{row.result.note}</p>
                    {(row.result.missing.length > 0 || row.result.advice) && (
                      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
                        {row.result.missing.length > 0 ? `Still needs: ${row.result.missing.join('; ')}.` : row.result.advice}
                      </p>
                    )}
                    <div className="mt-2 flex flex-wrap items-center gap-2">
                      <button type="button" className={buttonClass('secondary', 'sm')} onClick={() => setEditing(row.index)} aria-label={`Edit the note to ${row.name || `row ${row.index + 1}`}`}>
                        Edit
                      </button>
                      {row.edited && <span className="text-xs font-medium text-sky-800 dark:text-sky-300">Edited by you</span>}
                    </div>
                  </>
                )}
              </td>
              <td className="w-28 px-3 py-3">
                <Verdict result={row.result} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
