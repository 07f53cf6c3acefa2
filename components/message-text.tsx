/**
 * A finding's message, with the `backticked` phrases of the analyzer's message grammar
 * ("Unexpected `X`, use `Y`") shown as quoted phrases rather than raw backticks.
 */

/** Renders a message; text between backticks becomes a <q> quote. */
export function MessageText({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: keep it as text.
  if (parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <q key={index} className="font-medium text-slate-900 dark:text-slate-100">
            {part}
          </q>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}

/** The message without backticks, for tooltips and other plain-text places. */
export function plainMessage(text: string): string {
  return text.replace(/`([^`]*)`/g, '“$1”');
}
