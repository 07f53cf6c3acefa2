/**
 * Shared steps for the page's end-to-end specs: the locators a person would use, and a wait for
 * fresh feedback that relies on the feedback region's data-note-length (not on timing).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The weak note from the issue: LinkedIn's own boilerplate. */
export const WEAK_NOTE = "I'd like to add you to my professional network.";

/** The recipient and sender behind the strong note. */
export const DANA = { name: 'Dana Whitfield', schools: 'University of Michigan', recentWork: 'Her talk “Boring deploys” at KubeCon' };
export const ME = { schools: 'University of Michigan' };

/** A strong rewrite of the weak note: shared school, specific praise, a purpose with content. */
export const STRONG_NOTE =
  'Hi Dana, fellow University of Michigan alum here. Your KubeCon talk on boring deploys changed how my team ships, and I would love to learn how you run on-call.';

/** The note editor. */
export function noteBox(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Your note' });
}

/** The feedback region. */
export function feedback(page: Page): Locator {
  return page.getByTestId('feedback');
}

/** One check's card in the feedback, by its visible name ("Intent"). */
export function card(page: Page, name: string): Locator {
  return feedback(page).getByRole('article', { name, exact: true });
}

/** Replaces the note and waits until the feedback shown belongs to it. */
export async function writeNote(page: Page, text: string): Promise<void> {
  await noteBox(page).fill(text);
  await waitForFeedback(page, text.length);
}

/** Waits until the feedback region shows feedback for a note of `length` characters. */
export async function waitForFeedback(page: Page, length: number): Promise<void> {
  await expect(feedback(page)).toHaveAttribute('data-note-length', String(length), { timeout: 10_000 });
  await expect(feedback(page)).toHaveAttribute('aria-busy', 'false');
}

/** The score shown in the feedback, read the way a screen reader hears it ("Score 72 out of 100"). */
export async function score(page: Page): Promise<number> {
  const text = await feedback(page).getByText(/^Score \d+ out of 100$/).first().textContent();
  return Number(/\d+/.exec(text ?? '')?.[0] ?? NaN);
}

/** Opens a folded section by its summary text (a <details> disclosure) if it is closed. */
export async function openSection(page: Page, title: string): Promise<void> {
  const summary = page.locator('summary', { hasText: title });
  const details = page.locator('details', { has: summary });
  if ((await details.getAttribute('open')) === null) await summary.click();
  await expect(details).toHaveAttribute('open', '');
}

/** Fills the recipient's details and "About you" for the strong note. */
export async function fillDanaAndMe(page: Page): Promise<void> {
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(DANA.name);
  await page.getByRole('textbox', { name: 'Schools', exact: true }).fill(DANA.schools);
  await page.getByRole('textbox', { name: 'A recent post, book or talk of theirs' }).fill(DANA.recentWork);
  await openSection(page, 'About you');
  await page.getByRole('textbox', { name: 'Your schools' }).fill(ME.schools);
}

/**
 * What the clipboard holds, read the way a person checks it: by pasting into the note box. (The
 * page's Permissions-Policy forbids clipboard-read, so navigator.clipboard.readText is blocked.)
 * Leaves the pasted text in the note.
 */
export async function pasteIntoNote(page: Page): Promise<string> {
  const box = noteBox(page);
  await box.fill('');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  return box.inputValue();
}
