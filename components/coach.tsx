'use client';
/**
 * The coach: the page's one client island. It owns the draft, plan, details and recent notes
 * (all kept in this browser), keeps live feedback fresh, and wires the editor, feedback cards,
 * invite preview, copy, rewrite and template parts together.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { CharacterCounter } from './character-counter';
import { ClearData } from './clear-data';
import { CopyButton } from './copy-button';
import { DetailsForm } from './details-form';
import { FeedbackPanel } from './feedback-panel';
import { InvitePreview } from './invite-preview';
import { NoteEditor, type NoteEditorHandle } from './note-editor';
import { PlanChoice } from './plan-choice';
import { ProofreadCard } from './proofread-card';
import { RecentNotes } from './recent-notes';
import { RewriteButton, RewriteResults, useRewrite } from './rewrite-panel';
import { VERDICT_SHORT } from './score-badge';
import { TemplatePicker } from './template-picker';
import { buttonClass } from './ui/button';
import {
  buildRequest,
  NOTE_MAX,
  PLAN_LIMITS,
  RECIPIENT_FIELDS,
  type RecipientForm,
  SENDER_FIELDS,
  type SenderForm,
} from '@/lib/client/details';
import { type Mark, markKey, PROOFREAD_MARK, rebaseMarks } from '@/lib/client/highlight';
import { addRecent, isRecentList, type RecentNote } from '@/lib/client/recent';
import { replaceTextareaRange, replaceTextareaValue } from '@/lib/client/replace-text';
import { clearAllStored, isStringRecord, STORAGE_KEYS } from '@/lib/client/storage';
import { useLiveAnalysis } from '@/lib/client/use-live-analysis';
import { useProofread } from '@/lib/client/use-proofread';
import { useStoredState } from '@/lib/client/use-stored-state';
import type { Finding, Plan } from '@/lib/schema';

const isString = (v: unknown): v is string => typeof v === 'string';
const isPlan = (v: unknown): v is Plan => v === 'free' || v === 'premium';
const isRecipientForm = isStringRecord(RECIPIENT_FIELDS);
const isSenderForm = isStringRecord(SENDER_FIELDS);
const EMPTY_RECIPIENT: RecipientForm = {};
const EMPTY_SENDER: SenderForm = {};
const NO_RECENT: RecentNote[] = [];

const NOTE_ID = 'note';
const COUNTER_ID = 'note-counter';

/** Props of the coach: what the server knows that the first paint needs. */
export interface CoachProps {
  /** How many scenario templates there are (their code loads only when the section opens). */
  templateCount: number;
}

/** The interactive coach. */
export function Coach({ templateCount }: CoachProps) {
  const [note, setNote, { hydrated, clear: clearNote }] = useStoredState(STORAGE_KEYS.draft, '', isString);
  const [plan, setPlan, planStore] = useStoredState<Plan>(STORAGE_KEYS.plan, 'premium', isPlan);
  const [recipient, setRecipient, recipientStore] = useStoredState(STORAGE_KEYS.recipient, EMPTY_RECIPIENT, isRecipientForm);
  const [sender, setSender, senderStore] = useStoredState(STORAGE_KEYS.sender, EMPTY_SENDER, isSenderForm);
  const [recent, setRecent, recentStore] = useStoredState(STORAGE_KEYS.recent, NO_RECENT, isRecentList);
  const [undo, setUndo] = useState<{ previous: string; label: string } | null>(null);
  const editor = useRef<NoteEditorHandle>(null);

  const limit = PLAN_LIMITS[plan];
  const request = useMemo(() => buildRequest(note, plan, recipient, sender), [note, plan, recipient, sender]);
  const live = useLiveAnalysis(request, hydrated);
  const rewrite = useRewrite(request);
  const current = live.analysis !== null && live.analyzedNote === note;

  // Findings are placed on the analyzed text; shift them onto what the user has typed since.
  const marks = useMemo<Mark[]>(() => {
    if (!live.analysis) return [];
    const placed = live.analysis.checks.flatMap((check) =>
      check.findings.map((finding) => ({ checkId: check.id, status: check.status, finding, key: markKey(check.id, finding) })),
    );
    return rebaseMarks(live.analyzedNote, note, placed);
  }, [live.analysis, live.analyzedNote, note]);

  // Proofreading arrives on its own request, so the analysis never waits for it.
  const proof = useProofread(request, hydrated);
  const proofMarks = useMemo<Mark[]>(() => {
    if (!proof.findings) return [];
    const placed = proof.findings.map((finding): Mark => ({ checkId: PROOFREAD_MARK, status: 'warn' as const, finding, key: markKey(PROOFREAD_MARK, finding) }));
    return rebaseMarks(proof.proofreadNote, note, placed);
  }, [proof.findings, proof.proofreadNote, note]);
  const allMarks = useMemo(() => [...marks, ...proofMarks], [marks, proofMarks]);

  /** Puts a suggestion in place of a slip, as typing over it would (Ctrl+Z undoes it). */
  const applyFix = useCallback(
    (mark: Mark, replacement: string) => {
      const { start, end } = mark.finding.span;
      if (note.slice(start, end) !== mark.finding.actual) return;
      const area = editor.current?.textarea();
      if (!area || !replaceTextareaRange(area, start, end, replacement)) setNote(note.slice(0, start) + replacement + note.slice(end));
    },
    [note, setNote],
  );

  /** Puts new text in the editor through the browser's editing, so Ctrl+Z also undoes it. */
  const replaceNote = useCallback(
    (text: string, label: string) => {
      const previous = note;
      const area = editor.current?.textarea();
      if (!area || !replaceTextareaValue(area, text)) setNote(text);
      setUndo({ previous, label });
    },
    [note, setNote],
  );

  const undoReplace = () => {
    if (!undo) return;
    const area = editor.current?.textarea();
    if (!area || !replaceTextareaValue(area, undo.previous)) setNote(undo.previous);
    setUndo(null);
  };

  /** "Clear data on this device": forgets every stored value and puts the page back to its first state. */
  const clearEverything = () => {
    clearNote();
    planStore.clear();
    recipientStore.clear();
    senderStore.clear();
    recentStore.clear();
    clearAllStored();
    setUndo(null);
    rewrite.reset();
  };

  const reveal = useCallback((finding: Finding, key: string) => editor.current?.reveal(finding.span.start, finding.span.end, key), []);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:grid-rows-[auto_auto_1fr] lg:gap-x-8">
      <div className="space-y-3 lg:col-start-1 lg:row-start-1">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 className="text-lg font-semibold">
            <label htmlFor={NOTE_ID}>Your note</label>
          </h2>
          <PlanChoice value={plan} onChange={setPlan} />
        </div>
        <NoteEditor ref={editor} id={NOTE_ID} value={note} onChange={setNote} marks={allMarks} maxLength={NOTE_MAX} describedBy={COUNTER_ID}>
          <div className="flex shrink-0 items-center gap-3">
            {live.analysis && (
              // On one-column screens the cards sit below the rewrite and details: a jump link to them.
              <a href="#feedback-heading" className="text-sm font-medium text-sky-800 underline-offset-2 hover:underline lg:hidden dark:text-sky-300">
                Score {live.analysis.score} · {VERDICT_SHORT[live.analysis.verdict]}
              </a>
            )}
            <CharacterCounter id={COUNTER_ID} length={note.length} limit={limit} />
          </div>
        </NoteEditor>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <CopyButton note={note} limit={limit} onCopied={(text) => setRecent((list) => addRecent(list, text, Date.now()))} />
          <RewriteButton state={rewrite.state} disabled={note.trim() === ''} onClick={rewrite.suggest} />
        </div>
        {undo && (
          <p role="status" className="flex flex-wrap items-center gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100">
            Your draft was replaced with “{undo.label}”.
            <button type="button" onClick={undoReplace} className={buttonClass('quiet', 'sm')}>
              Undo
            </button>
          </p>
        )}
        <RewriteResults state={rewrite.state} note={note} draftScore={current ? (live.analysis?.score ?? null) : null} onUse={replaceNote} />
      </div>

      <div className="lg:col-start-2 lg:row-span-3 lg:row-start-1">
        <FeedbackPanel analysis={live.analysis} analyzedNote={live.analyzedNote} current={current} pending={live.pending} problem={live.problem} onReveal={reveal} />
        <ProofreadCard state={proof} marks={proofMarks} noteLength={note.length} onApply={applyFix} onReveal={(mark) => reveal(mark.finding, mark.key)} />
      </div>

      {/* After the feedback on phones; under the editor, next to the feedback, on wide screens. */}
      <div className="lg:col-start-1 lg:row-start-2">
        <InvitePreview note={note} limit={limit} recipientName={recipient.name} />
      </div>

      <div className="space-y-3 lg:col-start-1 lg:row-start-3">
        <DetailsForm
          recipient={recipient}
          onRecipientChange={setRecipient}
          onRecipientClear={recipientStore.clear}
          sender={sender}
          onSenderChange={setSender}
          onSenderClear={senderStore.clear}
        />
        <TemplatePicker templateCount={templateCount} profile={request.profile} sender={request.sender} plan={plan} onUse={replaceNote} />
        <RecentNotes notes={recent} onReopen={(text) => replaceNote(text, 'a recent note')} onClear={recentStore.clear} />
        <ClearData onClear={clearEverything} />
      </div>
    </div>
  );
}
