/**
 * Spans in UTF-16 code units, what notecoach and a browser textarea count. Harper's core counts
 * Unicode scalar values (Rust `char`s); harper.js 2.10 converts to UTF-16 before it answers, but
 * an upgrade could change that, so every span is checked against the text Harper says it covers
 * and converted from code points when that is what it turns out to be.
 */

/**
 * For every code-point index of `text` (0…count), the UTF-16 offset where it starts. An emoji
 * such as 🚀 is one code point and two code units, so every position after it shifts by one.
 */
export function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let unit = 0;
  for (const ch of text) {
    offsets.push(unit);
    unit += ch.length;
  }
  offsets.push(unit);
  return offsets;
}

/** Converts a code-point span to UTF-16, or null when it lies outside the text or is empty. */
export function toUtf16Span(offsets: readonly number[], start: number, end: number): { start: number; end: number } | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return null;
  const from = offsets[start];
  const to = offsets[end];
  return from === undefined || to === undefined ? null : { start: from, end: to };
}

/**
 * The UTF-16 span of a lint in `text`: Harper's offsets as they are when they cover `problem`,
 * else read as code points; null when neither fits (the finding is then dropped, never misplaced).
 */
export function locate(text: string, offsets: () => readonly number[], start: number, end: number, problem: string): { start: number; end: number } | null {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length && text.slice(start, end) === problem) {
    return { start, end };
  }
  const converted = toUtf16Span(offsets(), start, end);
  return converted && text.slice(converted.start, converted.end) === problem ? converted : null;
}
