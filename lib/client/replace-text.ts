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
