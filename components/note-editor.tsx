'use client';
/**
 * The note editor: a plain textarea over a mirrored, aria-hidden copy of the text that paints the
 * findings behind the words (Hemingway-style highlights without giving up native editing, undo,
 * spellcheck or IME). Hovering a highlight shows its message in a tooltip; moving the caret into
 * one shows it in a hint line below (the field's description). The hint is not a live region:
 * screen readers hear a finding once, through a separate polite announcement made only when the
 * caret enters a different highlighted finding, not on every keystroke or caret move.
 */
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { CHECK_NAMES } from './check-names';
import { plainMessage } from './message-text';
import { type Mark, marksAt, PROOFREAD_MARK, segmentNote, worstStatus } from '@/lib/client/highlight';
import type { Status } from '@/lib/schema';

/** Highlight look per status: tint plus underline style, so severity is not carried by colour alone. */
const MARK_CLASS: Record<Status, string> = {
  fail: 'bg-red-200/70 decoration-red-700 decoration-wavy dark:bg-red-500/35 dark:decoration-red-300',
  warn: 'bg-amber-200/70 decoration-amber-700 decoration-dashed dark:bg-amber-400/30 dark:decoration-amber-300',
  pass: 'bg-emerald-100/80 decoration-emerald-700 decoration-solid dark:bg-emerald-400/20 dark:decoration-emerald-300',
};

/** Proofreading slips: a dotted violet underline on a faint violet tint, unlike any check's highlight. */
const PROOFREAD_CLASS = 'bg-violet-100/70 decoration-violet-700 decoration-dotted dark:bg-violet-400/20 dark:decoration-violet-300';

/** The look of a run of text: the worst check's highlight, else proofreading's own underline. */
function markClass(marks: readonly Mark[]): string {
  const checks = marks.filter((m) => m.checkId !== PROOFREAD_MARK);
  return checks.length > 0 ? MARK_CLASS[worstStatus(checks)] : PROOFREAD_CLASS;
}

/** Shared metrics of the textarea and its mirror; they must match to the pixel. */
const TEXT_BOX = 'px-4 py-3 text-base leading-7 whitespace-pre-wrap break-words [overflow-wrap:anywhere] font-sans';

/** What the parent can do with the editor. */
export interface NoteEditorHandle {
  /** Focuses the note and selects a span of it, scrolling it into view. */
  reveal: (start: number, end: number, key: string) => void;
  /** The underlying textarea (for replacing its text with native undo). */
  textarea: () => HTMLTextAreaElement | null;
}

/** Props of the editor. */
export interface NoteEditorProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Findings placed on the current text. */
  marks: Mark[];
  maxLength: number;
  /** Ids of elements describing the field (the counter). */
  describedBy: string;
  /** Shown at the end of the line under the field (the counter). */
  children?: React.ReactNode;
  /** The field's keyboard shortcuts, for `aria-keyshortcuts`. */
  keyShortcuts?: string;
}

interface Hover {
  marks: Mark[];
  left: number;
  top: number;
}

function describe(mark: Mark): string {
  const name = mark.checkId === PROOFREAD_MARK ? 'Spelling & grammar' : (CHECK_NAMES[mark.checkId] ?? mark.checkId);
  return `${name}: ${plainMessage(mark.finding.message)}`;
}

/** The editor with highlights. */
export const NoteEditor = forwardRef<NoteEditorHandle, NoteEditorProps>(function NoteEditor(
  { id, value, onChange, marks, maxLength, describedBy, children, keyShortcuts },
  ref,
) {
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const segments = useMemo(() => segmentNote(value, marks), [value, marks]);
  const atCaret = caret === null ? [] : marksAt(marks, caret);
  const hintId = `${id}-caret-hint`;
  const hintText = atCaret.map(describe).join(' · ');
  const focused = caret !== null;
  // The finding(s) last announced while the field has focus, by message: a re-analysis that only
  // moves a span, or typing at a highlight's edge (which steps out of it and back in), is not news.
  const lastAnnounced = useRef('');
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    if (!focused) lastAnnounced.current = '';
    if (!focused || hintText === '') {
      // Leaving clears the text silently (removals are not read out).
      setAnnounced('');
      return;
    }
    if (hintText === lastAnnounced.current) return;
    lastAnnounced.current = hintText;
    setAnnounced(hintText);
  }, [hintText, focused]);

  // The caret hint follows the caret however it moves — typing, paste, clicks, arrow keys, undo:
  // the document's selectionchange covers what React's synthetic onSelect can miss after a paste.
  useEffect(() => {
    const follow = () => {
      const area = areaRef.current;
      if (area && document.activeElement === area) setCaret(area.selectionStart);
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, []);

  useImperativeHandle(ref, () => ({
    reveal(start, end, key) {
      const area = areaRef.current;
      if (!area) return;
      area.focus({ preventScroll: true });
      area.setSelectionRange(start, end);
      setCaret(start);
      setActive(key);
      const mark = mirrorRef.current?.querySelector<HTMLElement>(`[data-keys~="${CSS.escape(key)}"]`);
      (mark ?? area).scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    textarea: () => areaRef.current,
  }));

  const syncScroll = () => {
    if (mirrorRef.current && areaRef.current) mirrorRef.current.scrollTop = areaRef.current.scrollTop;
  };

  const trackCaret = (area: HTMLTextAreaElement) => {
    setCaret(area.selectionStart);
    // A revealed finding stays outlined while it is selected; a plain click lets it go.
    if (active && area.selectionStart === area.selectionEnd) setActive(null);
  };

  // The textarea sits on top and takes the pointer, so hovering is hit-tested against the
  // mirror's mark rectangles instead of using :hover on them.
  const onMouseMove = (event: React.MouseEvent) => {
    const box = boxRef.current?.getBoundingClientRect();
    const found: Mark[] = [];
    let anchor: DOMRect | undefined;
    for (const el of mirrorRef.current?.querySelectorAll<HTMLElement>('mark') ?? []) {
      for (const rect of el.getClientRects()) {
        if (event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom) {
          const segment = segments[Number(el.dataset.segment)];
          if (segment) found.push(...segment.marks);
          anchor = rect;
        }
      }
    }
    if (!box || !anchor || found.length === 0) {
      if (hover) setHover(null);
      return;
    }
    const left = Math.max(0, Math.min(anchor.left - box.left, box.width - 288));
    const top = anchor.bottom - box.top + 6;
    if (!hover || hover.left !== left || hover.top !== top) setHover({ marks: found, left, top });
  };

  return (
    <div>
      <div
        ref={boxRef}
        className="relative rounded-xl border border-slate-300 bg-white shadow-sm focus-within:border-sky-600 focus-within:ring-2 focus-within:ring-sky-600/40 dark:border-slate-600 dark:bg-slate-950 dark:focus-within:border-sky-300 dark:focus-within:ring-sky-300/40"
      >
        <div ref={mirrorRef} aria-hidden="true" className={`${TEXT_BOX} pointer-events-none absolute inset-0 overflow-hidden text-transparent select-none`}>
          {segments.map((segment, index) =>
            segment.marks.length === 0 ? (
              <span key={`${segment.start}`}>{segment.text}</span>
            ) : (
              <mark
                key={`${segment.start}`}
                data-segment={index}
                data-keys={segment.marks.map((m) => m.key).join(' ')}
                data-proofread={segment.marks.some((m) => m.checkId === PROOFREAD_MARK) ? '' : undefined}
                className={`rounded-sm text-transparent underline decoration-2 underline-offset-4 ${markClass(segment.marks)} ${
                  segment.marks.some((m) => m.key === active) ? 'outline-2 outline-sky-600 dark:outline-sky-300' : ''
                }`}
              >
                {segment.text}
              </mark>
            ),
          )}
          {/* A trailing newline needs a character after it to take up its line, as in the textarea. */}
          {value.endsWith('\n') && ' '}
        </div>
        <textarea
          ref={areaRef}
          id={id}
          value={value}
          maxLength={maxLength}
          spellCheck
          autoComplete="off"
          aria-describedby={`${describedBy} ${hintId}`}
          aria-keyshortcuts={keyShortcuts}
          placeholder="Hi Dana, I loved your talk on… I'm also… and would like to…"
          onChange={(e) => {
            onChange(e.target.value);
            setCaret(e.target.selectionStart);
            setActive(null);
          }}
          onSelect={(e) => trackCaret(e.currentTarget)}
          onScroll={syncScroll}
          onMouseMove={onMouseMove}
          onMouseLeave={() => setHover(null)}
          onBlur={() => setCaret(null)}
          className={`${TEXT_BOX} relative block min-h-36 w-full resize-y rounded-xl bg-transparent text-slate-900 caret-slate-900 [field-sizing:content] placeholder:text-slate-500 focus:outline-none dark:text-slate-100 dark:caret-slate-100 dark:placeholder:text-slate-400`}
        />
        {hover && (
          <div
            role="tooltip"
            className="pointer-events-none absolute z-10 w-72 rounded-lg bg-slate-900 px-3 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
            style={{ left: hover.left, top: hover.top }}
          >
            {hover.marks.map((m) => (
              <p key={m.key}>{describe(m)}</p>
            ))}
          </div>
        )}
      </div>
      <div className="mt-2 flex items-start justify-between gap-3">
        <p id={hintId} className="min-h-5 text-sm text-slate-700 dark:text-slate-300">
          {atCaret.length > 0 && (
            <>
              <span className="font-semibold">At the cursor — </span>
              {hintText}
            </>
          )}
        </p>
        <p aria-live="polite" data-testid={`${id}-caret-announcement`} className="sr-only">
          {announced}
        </p>
        {children}
      </div>
    </div>
  );
});
