'use client';
/**
 * The batch view: a spreadsheet of recipients in, one scored note per row out. The file is read
 * and its columns matched in the browser; the notes are written on the server (POST /api/batch,
 * 250 rows a call, with a progress bar, waiting out the rate limit when asked to); a note can be
 * edited in place with live analysis; the table pages 50 rows at a time and exports as CSV. The
 * file, the choices and the edits stay in this browser.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ClearData } from '../clear-data';
import { buttonClass } from '../ui/button';
import { BatchTable, type NoteRow } from './batch-table';
import { ColumnMapping } from './column-mapping';
import { SourceInput } from './source-input';
import { CUSTOM, TemplateField } from './template-field';
import type { CsvRead } from '@/lib/batch/csv';
import { batchToCsv } from '@/lib/batch/export';
import { type FieldMapping, guessMapping, RECIPIENT_FIELDS, rowDetails, toBatchRow } from '@/lib/batch/fields';
import { adviceOf, flagsOf } from '@/lib/batch/flags';
import { joinResults, rowsToRun, summarize } from '@/lib/batch/table';
import { readTemplate } from '@/lib/batch/template';
import { fetchBatch } from '@/lib/client/api';
import { SENDER_FIELDS, type SenderForm, toSender } from '@/lib/client/details';
import { download } from '@/lib/client/download';
import { clearAllStored, isStringRecord, STORAGE_KEYS } from '@/lib/client/storage';
import { useStoredState } from '@/lib/client/use-stored-state';
import { placeholderSpans } from '@/lib/placeholders';
import type { Analysis, BatchResult, NoteRequest, Plan } from '@/lib/schema';

/** Rows per call to the API (its limit is 1,000): small enough for a progress bar that moves. */
const PART_ROWS = 250;
/** Rows per page of the table. */
const PAGE_ROWS = 50;
/** Longest file kept in this browser between visits (localStorage holds about 5 MB). */
const MAX_STORED_CSV = 1_000_000;

/** What the view keeps in this browser. */
interface StoredBatch {
  fileName: string;
  csv: string;
  mapping: FieldMapping;
  /** A scenario id, or CUSTOM. */
  choice: string;
  custom: string;
  /** The user's own wording of a note, by row position. */
  edits: Record<string, string>;
}

const EMPTY: StoredBatch = { fileName: '', csv: '', mapping: {}, choice: 'alumni', custom: '', edits: {} };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringMap = (v: unknown): v is Record<string, string> => isObject(v) && Object.values(v).every((x) => typeof x === 'string');
const isStoredBatch = (v: unknown): v is StoredBatch =>
  isObject(v) && typeof v.fileName === 'string' && typeof v.csv === 'string' && isStringMap(v.mapping) && typeof v.choice === 'string' && typeof v.custom === 'string' && isStringMap(v.edits);
const isSenderForm = isStringRecord(SENDER_FIELDS);
const isPlan = (v: unknown): v is Plan => v === 'free' || v === 'premium';
const EMPTY_SENDER: SenderForm = {};

/** Waits `ms`, or less if `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The interactive batch view. */
export function BatchView() {
  const [stored, setStored, store] = useStoredState<StoredBatch>(STORAGE_KEYS.batch, EMPTY, isStoredBatch);
  const [senderForm, , senderStore] = useStoredState(STORAGE_KEYS.sender, EMPTY_SENDER, isSenderForm);
  const [plan] = useStoredState<Plan>(STORAGE_KEYS.plan, 'free', isPlan);
  // A file too large to keep in this browser lives in memory only.
  const [memoryCsv, setMemoryCsv] = useState<string | null>(null);
  const csv = memoryCsv ?? stored.csv;
  const [written, setWritten] = useState<{ key: string; results: BatchResult[] } | null>(null);
  const [analyses, setAnalyses] = useState<Record<number, Analysis>>({});
  const [progress, setProgress] = useState<{ done: number; total: number; waiting: number } | null>(null);
  const [problem, setProblem] = useState('');
  const [onlyWeak, setOnlyWeak] = useState(false);
  const [page, setPage] = useState(0);
  const controller = useRef<AbortController | null>(null);
  // Bumped by every new file, so notes written from an earlier one read as out of date.
  const [fileVersion, setFileVersion] = useState(0);

  // The CSV reader (papaparse) loads when there is a file to read, not with the page.
  const [read, setRead] = useState<CsvRead | null>(null);
  // The text `read` came from: a file just chosen is read once, by `takeText`.
  const readFrom = useRef('');
  useEffect(() => {
    let live = true;
    if (!csv) setRead(null);
    else if (readFrom.current !== csv)
      void import('@/lib/batch/csv').then(({ readCsv }) => {
        if (!live) return;
        readFrom.current = csv;
        setRead(readCsv(csv));
      });
    return () => {
      live = false;
    };
  }, [csv]);
  const sender = useMemo(() => toSender(senderForm), [senderForm]);
  const template = stored.choice === CUSTOM ? stored.custom : stored.choice;
  const templateRead = useMemo(() => readTemplate(template), [template]);
  const headers = read?.ok ? read.headers : [];
  const records = useMemo(() => (read?.ok ? read.records : []), [read]);
  // What the shown notes were written from; a change means they are out of date.
  const key = JSON.stringify([fileVersion, stored.mapping, template, sender, plan]);

  useEffect(() => () => controller.current?.abort(), []);

  const takeText = async (text: string, fileName: string) => {
    controller.current?.abort();
    const { readCsv } = await import('@/lib/batch/csv');
    const next = readCsv(text);
    readFrom.current = text;
    setRead(next);
    const fits = text.length <= MAX_STORED_CSV;
    setMemoryCsv(fits ? null : text);
    setStored((s) => ({ ...s, fileName, csv: fits ? text : '', mapping: next.ok ? guessMapping(next.headers) : {}, edits: {} }));
    setFileVersion((v) => v + 1);
    setWritten(null);
    setAnalyses({});
    setProblem('');
    setProgress(null);
    setPage(0);
  };

  const write = async () => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    const { rows, at } = rowsToRun(records, stored.mapping);
    const runKey = key;
    const out: BatchResult[] = [];
    setProblem('');
    setProgress({ done: 0, total: rows.length, waiting: 0 });
    for (let start = 0; start < rows.length; start += PART_ROWS) {
      const part = rows.slice(start, start + PART_ROWS);
      for (;;) {
        const answer = await fetchBatch({ rows: part, template, sender, plan }, ac.signal);
        if (ac.signal.aborted || (!answer.ok && answer.kind === 'aborted')) return;
        if (answer.ok) {
          out.push(...answer.data.results);
          break;
        }
        if (answer.kind === 'rate-limited') {
          // The server counts rows: wait as long as it asks, then send this part again.
          setProgress({ done: out.length, total: rows.length, waiting: answer.retryAfterSeconds });
          await sleep(answer.retryAfterSeconds * 1000, ac.signal);
          if (ac.signal.aborted) return;
          setProgress({ done: out.length, total: rows.length, waiting: 0 });
          continue;
        }
        setProblem(`${answer.message} ${out.length > 0 ? `The first ${count(out.length, 'note')} were written; try again to write the rest.` : ''}`.trim());
        setProgress(null);
        if (out.length > 0) setWritten({ key: runKey, results: joinResults(records, at.slice(0, out.length), out) });
        return;
      }
      setProgress({ done: out.length, total: rows.length, waiting: 0 });
    }
    setWritten({ key: runKey, results: joinResults(records, at, out) });
    setAnalyses({});
    setProgress(null);
    setPage(0);
  };

  /** A row's result with the user's edit (and its fresh analysis) applied. */
  const resultAt = (index: number): BatchResult | undefined => {
    const base = written?.results[index];
    const edit = stored.edits[String(index)];
    if (!base || edit === undefined) return base;
    const analysis = analyses[index];
    const advice = analysis ? adviceOf(analysis) : base.advice;
    return {
      note: edit,
      score: analysis?.score ?? base.score,
      verdict: analysis?.verdict ?? base.verdict,
      flags: analysis ? flagsOf(analysis) : base.flags,
      missing: placeholderSpans(edit).length > 0 ? base.missing : [],
      ...(advice ? { advice } : {}),
    };
  };

  const allRows: NoteRow[] = written
    ? records.map((record, index) => {
        const cell = (field: (typeof RECIPIENT_FIELDS)[number]) => {
          const header = stored.mapping[field];
          return header ? (record.cells[header] ?? '').trim() : '';
        };
        return {
          index,
          name: cell('name'),
          detail: [cell('headline'), cell('company')].filter(Boolean).join(' · '),
          result: resultAt(index) ?? written.results[index]!,
          edited: stored.edits[String(index)] !== undefined,
        };
      })
    : [];
  const shown = onlyWeak ? allRows.filter((r) => r.result.verdict !== 'strong') : allRows;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
  const current = Math.min(page, pages - 1);
  const pageRows = shown.slice(current * PAGE_ROWS, (current + 1) * PAGE_ROWS);
  const summary = summarize(allRows.map((r) => r.result));

  const requestFor = (index: number, note: string): NoteRequest => {
    const record = records[index];
    const details = record ? rowDetails(toBatchRow(record.cells, stored.mapping)) : null;
    return { note, plan, profile: details?.ok ? details.details.profile : undefined, sender };
  };

  const exportCsv = () =>
    download(
      `${stored.fileName && stored.fileName !== 'pasted' ? stored.fileName.replace(/\.csv$/iu, '') : 'recipients'}-notes.csv`,
      'text/csv;charset=utf-8',
      batchToCsv(headers, allRows.map((r) => ({ cells: records[r.index]?.cells ?? {}, result: r.result }))),
    );

  const clearEverything = () => {
    controller.current?.abort();
    store.clear();
    senderStore.clear();
    clearAllStored();
    setMemoryCsv(null);
    setWritten(null);
    setAnalyses({});
    setProgress(null);
    setProblem('');
  };

  const stale = written !== null && written.key !== key && progress === null;
  const canWrite = records.length > 0 && templateRead.ok && progress === null;
  const senderSummary = sender ? [sender.industry, sender.company, ...(sender.schools ?? []), sender.goal].filter(Boolean).join(' · ') : '';

  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <SourceInput fileName={stored.fileName} onText={(text, name) => void takeText(text, name)} />
        <TemplateField
          choice={stored.choice}
          custom={stored.custom}
          onChoice={(choice, custom) => setStored((s) => ({ ...s, choice, custom }))}
          onCustom={(custom) => setStored((s) => ({ ...s, custom }))}
        />
      </div>
      {read && !read.ok && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {read.error}
        </p>
      )}
      {read?.ok && <ColumnMapping headers={headers} mapping={stored.mapping} onChange={(mapping) => setStored((s) => ({ ...s, mapping }))} />}
      <section aria-labelledby="notes-heading" aria-busy={progress !== null} className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="notes-heading" className="text-lg font-semibold">
            4. Your notes
          </h2>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonClass('primary')} disabled={!canWrite} onClick={() => void write()}>
              {records.length > 0 ? `Write ${count(records.length, 'note')}` : 'Write the notes'}
            </button>
            {written && (
              <button type="button" className={buttonClass('secondary')} onClick={exportCsv} disabled={progress !== null}>
                Export CSV
              </button>
            )}
          </div>
        </div>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {senderSummary ? `Written as you: ${senderSummary}. ` : 'Add your schools, company and goal in About you so notes can name what you share. '}
          <a href="/" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
            Edit About you in the coach
          </a>
        </p>
        {progress && (
          <div className="space-y-1">
            <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Notes written" className="h-2 w-full accent-sky-700" />
          </div>
        )}
        <p role="status" className="text-sm text-slate-800 dark:text-slate-200">
          {problem ? (
            <span className="text-red-700 dark:text-red-300">{problem}</span>
          ) : progress ? (
            progress.waiting > 0 ? (
              `Wrote ${count(progress.done, 'note')} of ${progress.total.toLocaleString('en-US')}; the server asks for a pause, going on in ${progress.waiting} s…`
            ) : (
              `Writing notes: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}…`
            )
          ) : written ? (
            `${count(allRows.length, 'note')}: ${summary.strong.toLocaleString('en-US')} strong, ${summary.needsWork.toLocaleString('en-US')} need work, ${summary.weak.toLocaleString('en-US')} weak${summary.errors > 0 ? `, ${count(summary.errors, 'row')} not written` : ''}.`
          ) : records.length > 0 ? (
            templateRead.ok ? `${count(records.length, 'recipient')} ready: check the columns and the template, then write the notes.` : 'Fix the template to write the notes.'
          ) : (
            'Choose or paste a CSV of recipients to start.'
          )}
        </p>
        {stale && <p className="text-sm text-amber-800 dark:text-amber-200">The file, columns, template or your details changed since these notes were written: write them again to use the changes.</p>}
        {written && (
          <>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800 dark:text-slate-200">
                <input
                  type="checkbox"
                  checked={onlyWeak}
                  onChange={(e) => {
                    setOnlyWeak(e.target.checked);
                    setPage(0);
                  }}
                  className="size-5 accent-sky-700"
                />
                Show only notes that are not strong
              </label>
              {pages > 1 && (
                <nav aria-label="Pages of notes" className="flex items-center gap-2 text-sm">
                  <button type="button" className={buttonClass('secondary', 'sm')} disabled={current === 0} onClick={() => setPage(current - 1)}>
                    Previous
                  </button>
                  <span className="tabular-nums">
                    Page {current + 1} of {pages}
                  </span>
                  <button type="button" className={buttonClass('secondary', 'sm')} disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                    Next
                  </button>
                </nav>
              )}
            </div>
            {shown.length === 0 ? (
              <p className="text-sm text-slate-700 dark:text-slate-300">Every note is strong.</p>
            ) : (
              <BatchTable
                rows={pageRows}
                requestFor={requestFor}
                onEdit={(index, note) => setStored((s) => ({ ...s, edits: { ...s.edits, [String(index)]: note } }))}
                onAnalysis={(index, analysis) => setAnalyses((a) => ({ ...a, [index]: analysis }))}
                onUndo={(index) => {
                  setStored((s) => {
                    const edits = { ...s.edits };
                    delete edits[String(index)];
                    return { ...s, edits };
                  });
                  setAnalyses((a) => {
                    const next = { ...a };
                    delete next[index];
                    return next;
                  });
                }}
              />
            )}
          </>
        )}
      </section>
      <ClearData
        onClear={clearEverything}
        description="Your file, column choices, template and edits — and everything the coach keeps — are stored in this browser only. The server writes the notes and forgets them."
      />
    </div>
  );
}
