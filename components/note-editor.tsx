'use client';
/**
 * The note editor: a plain textarea over a mirrored, aria-hidden copy of the text that paints the
 * findings behind the words (Hemingway-style highlights without giving up native editing, undo,
 * spellcheck or IME). Hovering a highlight shows its message in a popover; clicking or tapping
 * into one, or moving the caret into it with the arrow keys or Alt+↓/↑, opens that popover at the
 * highlight when the finding has one-click fixes — its buttons are the cards' own, reached with
 * the pointer or with Tab from the note (Esc closes it). The caret's finding is also said in a
 * hint line below (the field's description). The hint is not a live region:
 * screen readers hear a finding once, through a separate polite announcement made only when the
 * caret enters a different highlighted finding, not on every keystroke or caret move.
 */
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CHECK_NAMES } from './check-names';
import { FixButtons } from './fix-buttons';
import { MessageText, plainMessage } from './message-text';
import type { Fix } from '@/lib/client/fixes';
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
  /**
   * Focuses the note and selects a span of it, scrolling it into view. With a finding's `key` the
   * finding is outlined and its fixes' popover opens; with '' the span is only selected.
   */
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
  /** The one-click fixes a highlight offers in its popover (the same as on its card). */
  fixesOf?: (mark: Mark) => Fix[];
  /** Applies a fix chosen in a highlight's popover. */
  onFix?: (mark: Mark, fix: Fix) => void;
}

/** Where a popover sits in the editor's box. */
interface Place {
  left: number;
  top: number;
}

interface Hover extends Place {
  marks: Mark[];
}

const POPOVER_WIDTH = 288;
/** How long a hover popover stays after the pointer leaves its highlight, to be reached. */
const HOVER_GRACE_MS = 300;
/** Keys that move the caret: landing on a highlight this way opens its fixes, as a click does. */
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const NO_FIXES = (): Fix[] => [];

function checkName(mark: Mark): string {
  return mark.checkId === PROOFREAD_MARK ? 'Spelling & grammar' : (CHECK_NAMES[mark.checkId] ?? mark.checkId);
}

function describe(mark: Mark): string {
  return `${checkName(mark)}: ${plainMessage(mark.finding.message)}`;
}

/** A popover's place under a highlight's rectangle, kept inside the box. */
function placeUnder(anchor: DOMRect, box: DOMRect): Place {
  return { left: Math.max(0, Math.min(anchor.left - box.left, box.width - POPOVER_WIDTH)), top: anchor.bottom - box.top + 4 };
}

/** The editor with highlights. */
export const NoteEditor = forwardRef<NoteEditorHandle, NoteEditorProps>(function NoteEditor(
  { id, value, onChange, marks, maxLength, describedBy, children, keyShortcuts, fixesOf = NO_FIXES, onFix },
  ref,
) {
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [active, setActive] = useState<string | null>(null);
  // The caret's popover opens when the caret is put on a highlight on purpose (a click, a tap,
  // the arrow keys, Alt+↓/↑, "Show in note"), not while typing or when fresh feedback arrives.
  const [caretOpen, setCaretOpen] = useState(false);
  const [caretPlace, setCaretPlace] = useState<Place | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const segments = useMemo(() => segmentNote(value, marks), [value, marks]);
  const atCaret = caret === null ? [] : marksAt(marks, caret);
  const hintId = `${id}-caret-hint`;
  const hintText = atCaret.map(describe).join(' · ');
  const focused = caret !== null;
  const caretMarks = caretOpen && atCaret.some((m) => fixesOf(m).length > 0) ? atCaret : [];
  const caretKeys = caretMarks.map((m) => m.key).join(' ');
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

  // The caret's popover sits under the end of its highlight (the mirror has the highlight's boxes).
  useLayoutEffect(() => {
    const first = caretKeys.split(' ')[0];
    const box = boxRef.current?.getBoundingClientRect();
    const elements = first ? (mirrorRef.current?.querySelectorAll<HTMLElement>(`[data-keys~="${CSS.escape(first)}"]`) ?? []) : [];
    const rects = [...elements].flatMap((el) => [...el.getClientRects()]);
    const last = rects.at(-1);
    const next = box && last ? placeUnder(last, box) : null;
    setCaretPlace((was) => (was?.left === next?.left && was?.top === next?.top ? was : next));
  }, [caretKeys, segments]);

  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  const keepHover = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = undefined;
  };
  // A grace period lets the pointer travel from a highlight to its popover's buttons.
  const hideHoverSoon = () => {
    if (hideTimer.current !== undefined) return;
    hideTimer.current = window.setTimeout(() => {
      hideTimer.current = undefined;
      setHover(null);
    }, HOVER_GRACE_MS);
  };

  /** Focus left the editor and its popover: the caret's hint and popover go. */
  const leaveIfOutside = (next: EventTarget | null) => {
    if (next instanceof Node && boxRef.current?.contains(next)) return;
    setCaret(null);
    setCaretOpen(false);
  };

  const closePopovers = () => {
    keepHover();
    setHover(null);
    setCaretOpen(false);
  };

  useImperativeHandle(ref, () => ({
    reveal(start, end, key) {
      const area = areaRef.current;
      if (!area) return;
      area.focus({ preventScroll: true });
      area.setSelectionRange(start, end);
      setCaret(start);
      setActive(key === '' ? null : key);
      setCaretOpen(key !== '');
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
      if (hover) hideHoverSoon();
      return;
    }
    keepHover();
    const { left, top } = placeUnder(anchor, box);
    if (!hover || hover.left !== left || hover.top !== top) setHover({ marks: found, left, top });
  };

  // The mouse's highlight first; else the caret's, once it is placed.
  const popover: Hover | null = hover ?? (caretMarks.length > 0 && caretPlace ? { marks: caretMarks, ...caretPlace } : null);
  const popoverFixes = popover?.marks.map((m) => fixesOf(m)) ?? [];
  const clickable = popoverFixes.some((f) => f.length > 0);
  // The popover shows the caret's findings (a tap both hovers and places the caret: same marks).
  const caretPopoverShown = caretKeys !== '' && popover?.marks.map((m) => m.key).join(' ') === caretKeys;

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
            setCaretOpen(false);
          }}
          onSelect={(e) => trackCaret(e.currentTarget)}
          onPointerUp={() => setCaretOpen(true)}
          onKeyUp={(e) => {
            if (CARET_KEYS.has(e.key) && !e.shiftKey) setCaretOpen(true);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && popover) {
              e.preventDefault();
              closePopovers();
            }
          }}
          onScroll={syncScroll}
          onMouseMove={onMouseMove}
          onMouseLeave={hideHoverSoon}
          onBlur={(e) => leaveIfOutside(e.relatedTarget)}
          className={`${TEXT_BOX} relative block min-h-36 w-full resize-y rounded-xl bg-transparent text-slate-900 caret-slate-900 [field-sizing:content] placeholder:text-slate-500 focus:outline-none dark:text-slate-100 dark:caret-slate-100 dark:placeholder:text-slate-400`}
        />
        {popover && (
          // Right after the field in the tab order, so Tab from the note reaches its fixes. A press
          // on it keeps the note focused (and its selection) while the click applies the fix.
          <div
            ref={popoverRef}
            role={clickable ? 'group' : 'tooltip'}
            aria-label={clickable ? 'Fixes for this highlight' : undefined}
            data-testid={`${id}-popover`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={keepHover}
            onMouseLeave={hideHoverSoon}
            onBlur={(e) => leaveIfOutside(e.relatedTarget)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault();
              e.stopPropagation();
              closePopovers();
              areaRef.current?.focus();
            }}
            className={`absolute z-10 w-72 max-w-full space-y-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${
              clickable ? '' : 'pointer-events-none'
            }`}
            style={{ left: popover.left, top: popover.top }}
          >
            {popover.marks.map((m, i) => (
              <div key={m.key} className={i > 0 ? 'border-t border-slate-200 pt-2 dark:border-slate-700' : ''}>
                <p>
                  <span className="font-semibold">{checkName(m)}: </span>
                  <MessageText text={m.finding.message} />
                </p>
                {(popoverFixes[i]?.length ?? 0) > 0 && (
                  <div className="mt-2 flex flex-wrap gap-2">
                    <FixButtons
                      actual={m.finding.actual}
                      fixes={popoverFixes[i]!}
                      onFix={(fix) => {
                        closePopovers();
                        onFix?.(m, fix);
                      }}
                    />
                  </div>
                )}
              </div>
            ))}
          </div>
        )}
      </div>
      <div className="mt-2 flex items-start justify-between gap-3">
        <p id={hintId} className="min-h-5 text-sm text-slate-700 dark:text-slate-300">
          {atCaret.length > 0 && (
            <>
              {/* While the popover shows the same words at the highlight, the line keeps them for screen readers only. */}
              <span className={caretPopoverShown ? 'sr-only' : undefined}>
                <span className="font-semibold">At the cursor — </span>
                {hintText}
              </span>
              {caretPopoverShown && clickable && <span className="max-sm:sr-only"> Tab to its fixes, Esc to close.</span>}
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
