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
 * Replaces the characters [start, end) of a textarea the way typing over a selection would, so
 * Ctrl+Z restores them. Returns false (changing nothing) where `insertText` is unsupported;
 * callers then set the value through React state.
 */
export function replaceTextareaRange(area: HTMLTextAreaElement, start: number, end: number, text: string): boolean {
  const expected = area.value.slice(0, start) + text + area.value.slice(end);
  try {
    area.focus();
    area.setSelectionRange(start, end);
    const done = text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
    return done && area.value === expected;
  } catch {
    return false;
  }
}
