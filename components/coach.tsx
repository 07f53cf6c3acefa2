'use client';
/**
 * The coach: the page's one client island. It owns the draft, plan and details (all kept in this
 * browser), logs every copied note in the sent-notes log, keeps live feedback fresh, and wires the
 * editor, feedback cards, invite preview, copy, rewrite and template parts together.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CharacterCounter } from './character-counter';
import { ClearData } from './clear-data';
import { CopyButton } from './copy-button';
import { DetailsForm } from './details-form';
import { FeedbackPanel } from './feedback-panel';
import { InvitePreview } from './invite-preview';
import { NoteEditor, type NoteEditorHandle } from './note-editor';
import { PlanChoice } from './plan-choice';
import { ProofreadCard } from './proofread-card';
import { RulesPanel } from './rules-panel';
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
import { type Mark, type MarkFinding, markKey, PROOFREAD_MARK, rebaseMarks } from '@/lib/client/highlight';
import { EMPTY_RULES, isRulesForm, toConfig, withSetting } from '@/lib/client/rules';
import { editTextareaValue, replaceTextareaValue } from '@/lib/client/replace-text';
import { applyFix, type Fix, markFixes } from '@/lib/client/fixes';
import { useOtherLanguage } from '@/lib/client/language';
import { nextFinding, SHORTCUTS } from '@/lib/client/shortcuts';
import { clearAllStored, isStringRecord, STORAGE_KEYS } from '@/lib/client/storage';
import { useLiveAnalysis } from '@/lib/client/use-live-analysis';
import { useProofread } from '@/lib/client/use-proofread';
import { useStoredState } from '@/lib/client/use-stored-state';
import { formatDay } from '@/lib/client/format-date';
import { useSentLog } from '@/lib/client/use-sent-log';
import { entryFor, logCopy, newId, saveDraft, type SavedDraft, type SentEntry } from '@/lib/sent/entry';
import { limitStatus } from '@/lib/sent/limits';
import type { Analysis, Finding, Plan } from '@/lib/schema';

const isString = (v: unknown): v is string => typeof v === 'string';
const isPlan = (v: unknown): v is Plan => v === 'free' || v === 'premium';
const isRecipientForm = isStringRecord(RECIPIENT_FIELDS);
const isSenderForm = isStringRecord(SENDER_FIELDS);
const EMPTY_RECIPIENT: RecipientForm = {};
const EMPTY_SENDER: SenderForm = {};


/** The sent-notes summary sits below the fold and reads only this device's log: it loads after the editor. */
const SentSummary = lazy(() => import('./sent/sent-summary').then((module) => ({ default: module.SentSummary })));
/** A draft with the recipient it was written for and the scenario it started from. */
interface DraftState {
  note: string;
  recipient: RecipientForm;
  scenario: string;
}

/** What the log keeps of an analysis: score, verdict, and whether shared ground and praise passed. */
function loggedAnalysis(analysis: Analysis) {
  const passed = (id: string) => analysis.checks.find((c) => c.id === id)?.status === 'pass';
  return { score: analysis.score, verdict: analysis.verdict, sharedGround: passed('shared-ground'), specificPraise: passed('specific-praise') };
}

/** The recipient's filled fields only, as a saved draft keeps them. */
const filledFields = (form: RecipientForm): Record<string, string> => Object.fromEntries(Object.entries(form).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));

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
  const [plan, setPlan, planStore] = useStoredState<Plan>(STORAGE_KEYS.plan, 'free', isPlan);
  const [recipient, setRecipient, recipientStore] = useStoredState(STORAGE_KEYS.recipient, EMPTY_RECIPIENT, isRecipientForm);
  const [sender, setSender, senderStore] = useStoredState(STORAGE_KEYS.sender, EMPTY_SENDER, isSenderForm);
  const [scenario, setScenario, scenarioStore] = useStoredState(STORAGE_KEYS.draftScenario, '', isString);
  const sent = useSentLog();
  const { setDrafts } = sent;
  const [rules, setRules, rulesStore] = useStoredState(STORAGE_KEYS.rules, EMPTY_RULES, isRulesForm);
  const [undo, setUndo] = useState<{ previous: string; label: string; scenario: string } | null>(null);
  const editor = useRef<NoteEditorHandle>(null);
  // What the last one-click fix or "New note" did, said in a status line (with Undo for "New note").
  const [done, setDone] = useState<{ text: string; restore?: DraftState & { draftId?: string } } | null>(null);
  const language = useOtherLanguage(note);

  const limit = PLAN_LIMITS[plan];
  const request = useMemo(() => buildRequest(note, plan, recipient, sender, toConfig(rules)), [note, plan, recipient, sender, rules]);
  const live = useLiveAnalysis(request, hydrated);
  const rewrite = useRewrite(request);
  const current = live.analysis !== null && live.analyzedNote === note;

  // Findings are placed on the analyzed text; shift them onto what the user has typed since.
  const marks = useMemo<Mark[]>(() => {
    if (!live.analysis) return [];
    const placed = live.analysis.checks.flatMap((check) =>
      check.findings.map((finding) => ({ checkId: check.id, status: check.status, finding, key: markKey(check.id, finding) })),
    );
    return language ? [] : rebaseMarks(live.analyzedNote, note, placed);
  }, [live.analysis, live.analyzedNote, note, language]);

  // Proofreading arrives on its own request, so the analysis never waits for it.
  const proof = useProofread(request, hydrated);
  const proofMarks = useMemo<Mark[]>(() => {
    if (!proof.findings) return [];
    const placed = proof.findings.map((finding): Mark => ({ checkId: PROOFREAD_MARK, status: 'warn' as const, finding, key: markKey(PROOFREAD_MARK, finding) }));
    return rebaseMarks(proof.proofreadNote, note, placed);
  }, [proof.findings, proof.proofreadNote, note]);
  const allMarks = useMemo(() => [...marks, ...proofMarks], [marks, proofMarks]);

  /** Puts new text in the editor through the browser's editing, so Ctrl+Z also undoes it. */
  const replaceNote = useCallback(
    (text: string, label: string, nextScenario?: string) => {
      const previous = note;
      const area = editor.current?.textarea();
      if (!area || !replaceTextareaValue(area, text)) setNote(text);
      setUndo({ previous, label, scenario });
      if (nextScenario !== undefined) setScenario(nextScenario);
    },
    [note, setNote, scenario, setScenario],
  );

  /** "Use this" on a suggestion: the new text, with its first bracket selected so typing fills it. */
  const takeVariant = useCallback(
    (text: string, label: string) => {
      replaceNote(text, label);
      const at = text.indexOf('[');
      const end = at >= 0 ? text.indexOf(']', at) : -1;
      if (end > at) {
        requestAnimationFrame(() => {
          const area = editor.current?.textarea();
          if (!area) return;
          area.focus();
          area.setSelectionRange(at, end + 1);
        });
      }
    },
    [replaceNote],
  );

  const undoReplace = () => {
    if (!undo) return;
    const area = editor.current?.textarea();
    if (!area || !replaceTextareaValue(area, undo.previous)) setNote(undo.previous);
    setScenario(undo.scenario);
    setUndo(null);
  };

  /** "Clear data on this device": forgets every stored value and puts the page back to its first state. */
  const clearEverything = () => {
    clearNote();
    planStore.clear();
    recipientStore.clear();
    senderStore.clear();
    scenarioStore.clear();
    sent.logStore.clear();
    sent.draftsStore.clear();
    sent.settingsStore.clear();
    rulesStore.clear();
    clearAllStored();
    setUndo(null);
    rewrite.reset();
  };

  /**
   * A one-click fix — from a card, a slip's suggestion or a highlight's popover — as one undoable
   * edit (Ctrl+Z brings the words back), its slot selected.
   */
  const fix = (finding: Pick<MarkFinding, 'span' | 'actual'>, chosen: Fix) => {
    const result = applyFix(note, finding, chosen);
    if (!result) return;
    const area = editor.current?.textarea();
    if (!area || !editTextareaValue(area, result.text, result.selection)) setNote(result.text);
    else editor.current?.reveal(result.selection.start, result.selection.end, '');
    setUndo(null);
    setDone({ text: `${result.summary} Ctrl+Z (⌘+Z) brings it back.` });
  };

  /**
   * Puts another draft in the editor ("New note", or a note reopened from the log). The draft it
   * replaces is never lost: one that was not copied is saved under Sent notes, and Undo brings it
   * back either way.
   */
  const switchDraft = (next: DraftState, said: string) => {
    const now = Date.now();
    const setAside = note.trim() !== '' && note !== next.note && !sent.log.some((e) => e.text === note);
    const draftId = setAside ? newId(now) : undefined;
    if (draftId) setDrafts((list) => saveDraft(list, { id: draftId, text: note, savedAt: now, recipient: filledFields(recipient), ...(scenario ? { scenario } : {}) }));
    const hadSomething = note !== '' || Object.values(recipient).some(Boolean);
    const text = setAside ? `${said} Your last draft was not copied, so it is saved under Sent notes.` : said;
    setDone(hadSomething ? { text, restore: { note, recipient, scenario, draftId } } : next.note ? { text } : null);
    if (next.note === '') clearNote();
    else setNote(next.note);
    if (Object.values(next.recipient).some(Boolean)) setRecipient(next.recipient);
    else recipientStore.clear();
    if (next.scenario) setScenario(next.scenario);
    else scenarioStore.clear();
    setUndo(null);
    rewrite.reset();
    editor.current?.textarea()?.focus();
  };

  /** "New note": a note for someone else — the draft and the recipient go (About you stays). */
  const startNewNote = () => switchDraft({ note: '', recipient: EMPTY_RECIPIENT, scenario: '' }, 'Started a new note. About you is kept.');

  const reopenEntry = (entry: SentEntry) =>
    switchDraft({ note: entry.text, recipient: { ...(entry.recipient.name ? { name: entry.recipient.name } : {}), ...(entry.recipient.headline ? { headline: entry.recipient.headline } : {}) }, scenario: entry.scenario ?? '' }, entry.recipient.name ? `Reopened your note to ${entry.recipient.name}.` : 'Reopened a sent note.');
  const reopenDraft = (draft: SavedDraft) => switchDraft({ note: draft.text, recipient: draft.recipient, scenario: draft.scenario ?? '' }, 'Reopened your saved draft.');

  const restoreNote = (restore: DraftState & { draftId?: string }) => {
    setNote(restore.note);
    setRecipient(restore.recipient);
    setScenario(restore.scenario);
    // Back in the editor: the copy set aside under Sent notes is no longer needed.
    if (restore.draftId) setDrafts((list) => list.filter((d) => d.id !== restore.draftId));
    setDone(null);
  };

  // "Reopen in the coach" on the Sent notes view links here with ?reopen=ID (or ?draft=ID).
  const opened = useRef(false);
  useEffect(() => {
    if (!hydrated || !sent.hydrated || opened.current) return;
    opened.current = true;
    const params = new URLSearchParams(window.location.search);
    const entry = sent.log.find((e) => e.id === params.get('reopen'));
    const draft = sent.drafts.find((d) => d.id === params.get('draft'));
    if (entry) reopenEntry(entry);
    else if (draft) reopenDraft(draft);
    if (params.has('reopen') || params.has('draft')) window.history.replaceState(null, '', window.location.pathname);
    // Runs once, when both stores have loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, sent.hydrated]);

  const limits = useMemo(() => limitStatus(sent.log, Date.now(), plan, sent.settings.weeklyCap), [sent.log, plan, sent.settings.weeklyCap]);

  // What to say before a copy is needed at copy time only: it loads once there is a note, not with the page.
  const hasNote = note !== '';
  useEffect(() => {
    if (hasNote) void import('@/lib/sent/warnings');
  }, [hasNote]);

  /** What to say before a copy: a note already sent to someone else, and LinkedIn's limits. */
  const warnBeforeCopy = async (text: string): Promise<string[]> => {
    if (sent.log.length === 0) return [];
    const { copyWarnings } = await import('@/lib/sent/warnings');
    return copyWarnings(sent.log, text, recipient.name, limitStatus(sent.log, Date.now(), plan, sent.settings.weeklyCap), formatDay);
  };

  /** Logs a copied note with what the coach knows of it (the analysis only when it is of this text). */
  const logCopied = (text: string) => {
    const analysis = live.analysis && live.analyzedNote === text && !language ? loggedAnalysis(live.analysis) : undefined;
    const entry = entryFor({ text, recipient: { name: recipient.name, headline: recipient.headline }, scenario: scenario || undefined, plan, analysis }, Date.now());
    sent.setLog((log) => logCopy(log, entry));
    setDrafts((list) => (list.some((d) => d.text === text) ? list.filter((d) => d.text !== text) : list));
  };

  /** Ctrl/Cmd+Enter asks for a rewrite; Alt+↓/↑ moves through the findings (anywhere in the coach). */
  const onShortcut = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      if (note.trim() === '' || rewrite.state.kind === 'loading') return;
      event.preventDefault();
      void rewrite.suggest();
      return;
    }
    // Alt+↓ opens a <select>'s list: leave it to the browser there.
    if (event.target instanceof HTMLSelectElement) return;
    if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const area = editor.current?.textarea();
      const from = area && document.activeElement === area ? area.selectionStart : -1;
      const next = nextFinding(marks, from, event.key === 'ArrowDown' ? 1 : -1);
      if (!next) return;
      event.preventDefault();
      editor.current?.reveal(next.finding.span.start, next.finding.span.end, next.key);
    }
  };

  const reveal = useCallback((finding: Pick<Finding, 'span'>, key: string) => editor.current?.reveal(finding.span.start, finding.span.end, key), []);

  return (
    <div onKeyDown={onShortcut} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:grid-rows-[auto_auto_1fr] lg:gap-x-8">
      <div className="space-y-3 lg:col-start-1 lg:row-start-1">
        <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
          <h2 className="text-lg font-semibold">
            <label htmlFor={NOTE_ID}>Your note</label>
          </h2>
          {/* Beside the heading on phones (the plan takes the next row), beside the plan on wide screens. */}
          <button type="button" onClick={startNewNote} className={`${buttonClass('quiet', 'sm')} ml-auto`}>
            New note
          </button>
          <div className="max-sm:basis-full">
            <PlanChoice value={plan} onChange={setPlan} />
          </div>
        </div>
        <NoteEditor
          ref={editor}
          id={NOTE_ID}
          value={note}
          onChange={(text) => {
            setNote(text);
            setDone(null);
          }}
          marks={allMarks}
          fixesOf={(mark) => markFixes(mark, current)}
          onFix={(mark, chosen) => fix(mark.finding, chosen)}
          maxLength={NOTE_MAX}
          describedBy={COUNTER_ID}
          keyShortcuts={SHORTCUTS.aria}
        >
          <div className="flex shrink-0 items-center gap-3">
            {live.analysis && !language && (
              // On one-column screens the cards sit below the rewrite and details: a jump link to them.
              <a href="#feedback-heading" className="text-sm font-medium text-sky-800 underline-offset-2 hover:underline lg:hidden dark:text-sky-300">
                Score {live.analysis.score} · {VERDICT_SHORT[live.analysis.verdict]}
              </a>
            )}
            <CharacterCounter id={COUNTER_ID} length={note.length} limit={limit} />
          </div>
        </NoteEditor>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <CopyButton note={note} limit={limit} onCopied={logCopied} warnBefore={warnBeforeCopy} />
          <RewriteButton state={rewrite.state} disabled={note.trim() === ''} onClick={rewrite.suggest} />
        </div>
        {/* Phones rarely have a keyboard: the line shows from tablet width (the shortcuts work everywhere). */}
        <p className="hidden text-xs text-slate-600 sm:block dark:text-slate-400">
          Shortcuts: <kbd className="font-sans font-semibold">Ctrl</kbd>+<kbd className="font-sans font-semibold">Enter</kbd> (⌘+Enter on a Mac) suggests a
          rewrite · <kbd className="font-sans font-semibold">Alt</kbd>+<kbd className="font-sans font-semibold">↓</kbd>/<kbd className="font-sans font-semibold">↑</kbd> moves
          through the findings
        </p>
        {done && (
          <p role="status" className="flex flex-wrap items-center gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100">
            {done.text}
            {done.restore && (
              <button type="button" onClick={() => done.restore && restoreNote(done.restore)} className={buttonClass('quiet', 'sm')}>
                Undo
              </button>
            )}
          </p>
        )}
        {undo && (
          <p role="status" className="flex flex-wrap items-center gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100">
            Your draft was replaced with “{undo.label}”.
            <button type="button" onClick={undoReplace} className={buttonClass('quiet', 'sm')}>
              Undo
            </button>
          </p>
        )}
        <RewriteResults state={rewrite.state} note={note} draftScore={current ? (live.analysis?.score ?? null) : null} onUse={takeVariant} />
      </div>

      <div className="lg:col-start-2 lg:row-span-3 lg:row-start-1">
        <FeedbackPanel
          analysis={live.analysis}
          analyzedNote={live.analyzedNote}
          current={current}
          pending={live.pending}
          problem={live.problem}
          onReveal={reveal}
          onTurnOff={(id) => setRules((r) => withSetting(r, id, 'off'))}
          onFix={fix}
          language={language}
          onExample={(example) => replaceNote(example.note, example.summary, '')}
        />
        <ProofreadCard state={proof} marks={proofMarks} noteLength={note.length} onFix={(mark, chosen) => fix(mark.finding, chosen)} onReveal={(mark) => reveal(mark.finding, mark.key)} />
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
        <TemplatePicker templateCount={templateCount} profile={request.profile} sender={request.sender} plan={plan} onUse={(text, label) => replaceNote(text, label, label)} />
        <RulesPanel rules={rules} onChange={setRules} />
        <Suspense fallback={null}>
          <SentSummary log={sent.log} drafts={sent.drafts} status={limits} onReopen={reopenEntry} onReopenDraft={reopenDraft} />
        </Suspense>
        <ClearData onClear={clearEverything} />
      </div>
    </div>
  );
}
