/**
 * A finding's message, with the phrases it quotes from the note (“…” in the registry's coach
 * messages) shown as quotes: a <q> element, styled to stand out, that screen readers also know.
 */

const QUOTED = /“([^“”]*)”/gu;

/** Renders a message; each “quoted phrase” becomes a <q> quote. */
export function MessageText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(QUOTED)) {
    if (m.index > at) parts.push(<span key={`t${at}`}>{text.slice(at, m.index)}</span>);
    parts.push(
      <q key={`q${m.index}`} className="font-medium text-slate-900 dark:text-slate-100">
        {m[1]}
      </q>,
    );
    at = m.index + m[0].length;
  }
  if (parts.length === 0) return <>{text}</>;
  if (at < text.length) parts.push(<span key={`t${at}`}>{text.slice(at)}</span>);
  return <>{parts}</>;
}

/** The message as plain text, for tooltips and other places without markup. */
export function plainMessage(text: string): string {
  return text;
}
