/**
 * What screen readers hear, and forgetting the device's data: the caret hint is a description,
 * not a live region; the score status changes only with the score or verdict (never blanked while
 * a newer analysis is awaited, never under aria-busy); "Clear data on this device" forgets the
 * draft, plan, details and sent notes.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { card, fillDanaAndMe, noteBox, openSection, score, STRONG_NOTE, waitForFeedback, WEAK_NOTE, writeNote } from './page-helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'notecoach' })).toBeVisible();
});

/** Starts recording every text `target` takes from now on; read them back with `recorded`. */
async function recordTexts(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { __texts: string[] }).__texts = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
}

async function recorded(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);
}

test('the caret hint describes the field without being a live region; a finding is announced once on entering it', async ({ page }) => {
  await writeNote(page, WEAK_NOTE);
  const hint = page.locator('#note-caret-hint');
  await expect(noteBox(page)).toHaveAttribute('aria-describedby', /\bnote-caret-hint\b/);
  // Neither the hint nor anything around it is live: it changes as the caret moves.
  expect(await hint.evaluate((el) => el.closest('[aria-live], [role=status], [role=log], [role=alert]') === null)).toBe(true);

  const announcement = page.getByTestId('note-caret-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toBeEmpty();
  await card(page, 'Red flags').getByRole('button').first().click();
  await expect(hint).toContainText('Red flags');
  await expect(announcement).toContainText('Red flags');
  const first = await announcement.textContent();

  // Moving about inside the same finding announces nothing new; entering a different one does.
  // The stock phrase starts the note and "I'd like to " carries only the red flag.
  const box = noteBox(page);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd)).toBe(0);
  await recordTexts(announcement);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd)).toBe(2);
  await expect(hint).toContainText('Red flags');
  expect(await recorded(page)).toEqual([]);
  await expect(announcement).toHaveText(first ?? '');

  for (let i = 2; i < WEAK_NOTE.indexOf('add you') + 1; i++) await page.keyboard.press('ArrowRight');
  await expect(hint).toContainText('Intent');
  await expect(announcement).toContainText('Intent');
  expect((await recorded(page)).filter((t) => t !== '')).toHaveLength(1);
});

test('the score status sits outside aria-busy, stays while checking and changes only with the score', async ({ page }) => {
  const status = page.getByTestId('score-status');
  await expect(status).toHaveRole('status');
  await writeNote(page, WEAK_NOTE);
  const before = await score(page);
  await expect(status).toHaveText(new RegExp(`^Score ${before} out of 100, `));
  expect(await status.evaluate((el) => el.closest('[aria-busy]') === null)).toBe(true);
  const text = await status.textContent();

  // A trailing space changes the note but not its score: nothing new to hear, and no blank while pending.
  await recordTexts(status);
  await noteBox(page).press('End');
  await page.keyboard.type(' ');
  await waitForFeedback(page, WEAK_NOTE.length + 1);
  expect(await score(page)).toBe(before);
  await expect(status).toHaveText(text ?? '');
  expect(await recorded(page)).toEqual([]);

  // A better note changes the score, and the status says so.
  await fillDanaAndMe(page);
  await writeNote(page, STRONG_NOTE);
  const after = await score(page);
  expect(after).not.toBe(before);
  await expect(status).toHaveText(new RegExp(`^Score ${after} out of 100, `));
});

test('"Clear data on this device" forgets the draft, plan, details and sent notes, after a confirm', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillDanaAndMe(page);
  await page.getByRole('radio', { name: /Premium/ }).check();
  await writeNote(page, 'Hi Dana, your KubeCon talk was great.');
  await page.getByRole('button', { name: 'Copy note' }).click();
  const recent = page.getByRole('region', { name: 'Sent notes' });
  await expect(recent.getByRole('listitem')).toHaveCount(1);

  // Cancelling keeps everything.
  const clear = page.getByRole('button', { name: 'Clear data on this device' });
  await clear.click();
  await expect(page.getByRole('button', { name: 'Yes, clear everything' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(clear).toBeFocused();
  await expect(noteBox(page)).toHaveValue('Hi Dana, your KubeCon talk was great.');

  await clear.click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cleared' })).toBeVisible();
  await expect(noteBox(page)).toHaveValue('');
  await expect(page.getByRole('radio', { name: /Free/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Your schools' })).toHaveValue('');
  await expect(recent.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByTestId('feedback')).not.toHaveAttribute('data-note-length');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('notecoach:')))).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'notecoach' })).toBeVisible();
  await expect(noteBox(page)).toHaveValue('');
  await expect(page.getByRole('radio', { name: /Free/ })).toBeChecked();
  await openSection(page, 'Recipient’s details');
  await openSection(page, 'About you');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Your schools' })).toHaveValue('');
  await expect(recent).toContainText('Notes you copy are logged here');
});
