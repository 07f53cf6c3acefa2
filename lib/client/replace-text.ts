/**
 * Replaces a textarea's whole content the way typing would, so the browser's own undo (Ctrl+Z)
 * can bring the old draft back. Falls back to false where `insertText` is unsupported; callers
 * then set the value through React state.
 */
export function replaceTextareaValue(area: HTMLTextAreaElement, text: string): boolean {
  try {
    area.focus();
    area.select();
    const done = text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
    return done && area.value === text;
  } catch {
    return false;
  }
}

/**
 * Turns the textarea's text into `next` by replacing only the part that differs (found from the
 * common prefix and suffix), the way typing would — one undo step, and the rest of the draft and
 * the browser's undo history untouched — then selects `selection`. False where `insertText` is
 * unsupported; callers then set the value through React state.
 */
export function editTextareaValue(area: HTMLTextAreaElement, next: string, selection: { start: number; end: number }): boolean {
  const before = area.value;
  if (before === next) {
    area.focus();
    area.setSelectionRange(selection.start, selection.end);
    return true;
  }
  let prefix = 0;
  const maxPrefix = Math.min(before.length, next.length);
  while (prefix < maxPrefix && before.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < maxPrefix - prefix && before.charCodeAt(before.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  const inserted = next.slice(prefix, next.length - suffix);
  try {
    area.focus();
    area.setSelectionRange(prefix, before.length - suffix);
    const done = inserted === '' ? document.execCommand('delete') : document.execCommand('insertText', false, inserted);
    if (!done || area.value !== next) return false;
    area.setSelectionRange(selection.start, selection.end);
    return true;
  } catch {
    return false;
  }
}
