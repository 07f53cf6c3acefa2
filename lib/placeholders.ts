/**
 * Unfilled template slots as people and mail-merge tools leave them: `[Name]`, `{company}`,
 * `{{first_name}}`, `<first name>`, `%FIRST_NAME%`, `____`. One scanner for the analyzer (which
 * flags them and never counts them as content) and the page (which warns before copying). A scan,
 * not a regular expression: linear on any input. Light enough for the client bundle.
 */
import type { Span } from './schema';

const MAX_SLOT = 60;
const MAX_ANGLE = 40;

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** Where a bracketed slot opened at `at` closes, or -1: 1–60 characters, no line break, no nesting. */
function closeOf(text: string, at: number, open: string, close: string, max: number): number {
  for (let i = at + 1; i < text.length && i - at <= max + 1; i++) {
    const ch = text[i];
    if (ch === close) return i - at > 1 ? i : -1;
    if (ch === open || ch === '\n' || (open === '[' && ch === ']')) return -1;
  }
  return -1;
}

/** Every placeholder in the text, in order, as UTF-16 spans. */
export function placeholderSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    let end = -1;
    if (ch === '[') {
      const close = closeOf(text, i, '[', ']', MAX_SLOT);
      end = close === -1 ? -1 : close + 1;
    } else if (ch === '{') {
      const double = text[i + 1] === '{';
      const close = closeOf(text, double ? i + 1 : i, '{', '}', MAX_SLOT);
      if (close !== -1) end = double && text[close + 1] === '}' ? close + 2 : close + 1;
    } else if (ch === '<' && isLetter(text[i + 1])) {
      let j = i + 2;
      while (j < text.length && j - i <= MAX_ANGLE + 1 && /[\p{L} _-]/u.test(text[j] as string)) j++;
      if (text[j] === '>') end = j + 1;
    } else if (ch === '%' && /[A-Z]/.test(text[i + 1] ?? '')) {
      let j = i + 2;
      while (j < text.length && j - i <= 32 && /[A-Z_]/.test(text[j] as string)) j++;
      if (text[j] === '%' && j - i >= 3) end = j + 1;
    } else if (ch === '_') {
      let j = i;
      while (text[j] === '_') j++;
      if (j - i >= 3) end = j;
      else i = j - 1;
    }
    if (end > i) {
      spans.push({ start: i, end });
      i = end;
    } else {
      i++;
    }
  }
  return spans;
}
