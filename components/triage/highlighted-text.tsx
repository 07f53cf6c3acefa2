/**
 * Text with its evidence marked: each span becomes a <mark>, the rest stays plain text (user text
 * is rendered as text, never as HTML).
 */
import type { Span } from '@/lib/schema';

/** Props: the text and the spans to mark (any order; overlaps merge). */
export interface HighlightedTextProps {
  text: string;
  spans: readonly Span[];
}

/** Renders `text` with `spans` marked. */
export function HighlightedText({ text, spans }: HighlightedTextProps) {
  const sorted = [...spans].filter((s) => s.end > s.start && s.start < text.length).sort((a, b) => a.start - b.start);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <>
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-950 dark:bg-amber-400/30 dark:text-amber-50">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
