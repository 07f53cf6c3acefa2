'use client';
/**
 * "Suggest a rewrite": asks the server for variants of the draft and shows each beside it, with
 * what changed (words added and removed), why, its score, and "Use this" to put it in the editor.
 * Split into a hook, the button and the results so the button can sit in the editor's action row;
 * the variant cards themselves are in rewrite-variants.tsx, loaded with the first request.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from './ui/button';
import { fetchRewrite } from '@/lib/client/api';
import type { NoteRequest, Variant } from '@/lib/schema';

// The variant cards (with the word diff) are code only a click on "Suggest a rewrite" needs: they
// load with the first request, alongside it, instead of with the page.
const loadVariants = () => import('./rewrite-variants');
const RewriteVariants = lazy(() => loadVariants().then((module) => ({ default: module.RewriteVariants })));

/** What "Suggest a rewrite" is doing. */
export type RewriteState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; forNote: string; variants: Variant[] }
  | { kind: 'error'; message: string };

/** The rewrite request's state and the action that starts it (a newer request aborts an older one). */
export function useRewrite(request: NoteRequest): { state: RewriteState; suggest: () => Promise<void>; reset: () => void } {
  const [state, setState] = useState<RewriteState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const suggest = async () => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ kind: 'loading' });
    void loadVariants();
    const result = await fetchRewrite(request, own.signal);
    if (own.signal.aborted) return;
    if (result.ok) setState({ kind: 'done', forNote: request.note, variants: result.data.variants });
    else if (result.kind !== 'aborted') setState({ kind: 'error', message: result.message });
  };
  /** Drops any suggestions (and a request in flight), back to the first state. */
  const reset = () => {
    controller.current?.abort();
    controller.current = null;
    setState({ kind: 'idle' });
  };
  return { state, suggest, reset };
}

/** The "Suggest a rewrite" button. */
export function RewriteButton({ state, disabled, onClick }: { state: RewriteState; disabled: boolean; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} disabled={disabled || state.kind === 'loading'} className={buttonClass('secondary')}>
      <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4">
        <path d="M10 2l1.8 4.6L16.5 8l-4.7 1.5L10 14l-1.8-4.5L3.5 8l4.7-1.4zM15.5 13l.8 2 2 .8-2 .7-.8 2-.8-2-2-.7 2-.8z" fill="currentColor" />
      </svg>
      Suggest a rewrite
    </button>
  );
}

/** Props of the results. */
export interface RewriteResultsProps {
  state: RewriteState;
  /** The draft as it is now (suggestions for an older draft are marked as such). */
  note: string;
  /** Score of the draft as last analyzed, to say how much a variant gains. */
  draftScore: number | null;
  onUse: (text: string, label: string) => void;
}

/** The suggestions, each beside the draft with its changes marked. */
export function RewriteResults({ state, note, draftScore, onUse }: RewriteResultsProps) {
  const id = useId();
  // The draft's score when the suggestions were made: after "Use this" the live score is the variant's.
  const [baseline, setBaseline] = useState<{ note: string; score: number } | null>(null);
  const forNote = state.kind === 'done' ? state.forNote : null;
  useEffect(() => {
    if (forNote !== null && forNote === note && draftScore !== null) setBaseline({ note: forNote, score: draftScore });
  }, [forNote, note, draftScore]);
  const score = baseline && baseline.note === forNote ? baseline.score : forNote === note ? draftScore : null;
  // A suggestion put in the editor with "Use this" (and perhaps filled in since) is not an edit of the draft.
  const used = state.kind === 'done' && note !== state.forNote ? state.variants.find((v) => v.text === note || sameOutsideBrackets(v.text, note)) : undefined;
  const stale = state.kind === 'done' && state.forNote !== note && !used;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="sr-only">
        Suggested rewrites
      </h2>
      <div>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {state.kind === 'loading' && 'Writing suggestions…'}
          {state.kind === 'done' && !stale && !used && (state.variants.length === 0 ? (score !== null && score >= 70 /* the analyzer's "strong" verdict */ ? 'No better version found: your note already does what a rewrite would.' : 'We couldn’t improve this without more details: add your goal under “About you” or their recent work under “Recipient’s details”.') : `${state.variants.length} ${state.variants.length === 1 ? 'suggestion' : 'suggestions'} below${score !== null ? ` (your draft scores ${score})` : ''}.`)}
          {used && (used.placeholders.length > 0 && /\[[^[\]]{1,60}\]/.test(note) ? `Using “${used.label}”: type over each bracket to fill it in.` : `Using “${used.label}”.`)}
          {stale && 'You edited the draft since: suggest again for fresh ones.'}
        </p>
      </div>
      {state.kind === 'error' && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && state.variants.length > 0 && (
        <Suspense fallback={null}>
          <RewriteVariants variants={state.variants} draft={state.forNote} draftScore={score} onUse={onUse} />
        </Suspense>
      )}
    </section>
  );
}

/** Whether `note` is `variant` with its brackets filled in: the same text around them. */
function sameOutsideBrackets(variant: string, note: string): boolean {
  const parts = variant.split(/\[[^[\]]{1,60}\]/);
  if (parts.length < 2) return false;
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const found = i === 0 ? (note.startsWith(part) ? 0 : -1) : note.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return note.endsWith(parts[parts.length - 1] ?? '');
}
