/**
 * A rewrite shown against the draft: added words underlined on green, removed words struck on
 * red, each also announced in words to screen readers (marking is never colour alone).
 */
import { useMemo } from 'react';
import { diffWords } from '@/lib/client/diff';

/** Props of the diff. */
export interface DiffTextProps {
  before: string;
  after: string;
}

/** The rewrite with its changes marked inline. */
export function DiffText({ before, after }: DiffTextProps) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <p className="text-sm leading-6 break-words whitespace-pre-wrap text-slate-900 dark:text-slate-100">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-2 dark:bg-emerald-400/20 dark:text-emerald-100 dark:decoration-emerald-300">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          // A removed run without trailing space would otherwise touch the next word.
          <del key={index} className={`${/\s$/.test(part.text) ? '' : 'me-1'} rounded-sm bg-red-100 text-red-900 line-through decoration-red-700 dark:bg-red-400/20 dark:text-red-100 dark:decoration-red-300`}>
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}
