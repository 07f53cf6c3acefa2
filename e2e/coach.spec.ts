/**
 * The coach as a new user meets it (issue #14): the Free plan by default, one-click fixes that
 * Ctrl+Z undoes, "New note" for the next person, the caret hint after a paste, a notice for a note
 * not in English, "Try an example", and the keyboard shortcuts — each state checked with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { card, feedback, noteBox, openSection, waitForFeedback, writeNote } from './page-helpers';

async function expectAxeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(violations).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a fresh visitor is on Free (200), and a choice of Premium is remembered', async ({ page }) => {
  await expect(page.getByRole('radio', { name: 'Free (200)' })).toBeChecked();
  await expect(noteBox(page)).toHaveAccessibleDescription(/0 \/ 200/);
  await expectAxeClean(page);
  await page.getByRole('radio', { name: 'Premium (300)' }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Premium (300)' })).toBeChecked();
});

test('a one-click fix removes a stock phrase, and Ctrl+Z brings it back', async ({ page }) => {
  const note = 'Hi Sam, I came across your profile and would love to learn how you run on-call.';
  await writeNote(page, note);
  const fix = card(page, 'Red flags').getByRole('button', { name: 'Remove it: “I came across your profile”' });
  await expectAxeClean(page);
  await fix.click();
  await expect(noteBox(page)).toHaveValue('Hi Sam, I would love to learn how you run on-call.');
  await expect(page.getByRole('status').filter({ hasText: 'Removed “I came across your profile”.' })).toBeVisible();
  await waitForFeedback(page, 'Hi Sam, I would love to learn how you run on-call.'.length);
  await expect(card(page, 'Red flags')).toHaveAttribute('data-status', 'pass');
  await expect(noteBox(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(noteBox(page)).toHaveValue(note);
});

test('a vague purpose’s fix inserts a purpose frame with its placeholder selected for typing', async ({ page }) => {
  await writeNote(page, 'Hi Sam, let’s connect!');
  await card(page, 'Intent').getByRole('button', { name: /^Add “learn how you…”/ }).click();
  await expect(noteBox(page)).toHaveValue('Hi Sam, let’s connect! I’d love to learn how you [what you want to learn].');
  const selected = await noteBox(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('[what you want to learn]');
  // Typing replaces the slot.
  await page.keyboard.type('run on-call');
  await expect(noteBox(page)).toHaveValue('Hi Sam, let’s connect! I’d love to learn how you run on-call.');
});

test('"New note" clears the draft and the recipient, keeps About you, and can be undone', async ({ page }) => {
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Whitfield');
  await openSection(page, 'About you');
  await page.getByRole('textbox', { name: 'Your schools' }).fill('University of Michigan');
  await writeNote(page, 'Hi Dana, fellow Michigan alum here.');
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(noteBox(page)).toHaveValue('');
  await expect(noteBox(page)).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Your schools' })).toHaveValue('University of Michigan');
  await expectAxeClean(page);
  // Nothing of the old recipient is left on the device after a reload either.
  await page.reload();
  await expect(noteBox(page)).toHaveValue('');
  await openSection(page, 'Recipient’s details');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
  await openSection(page, 'About you');
  await expect(page.getByRole('textbox', { name: 'Your schools' })).toHaveValue('University of Michigan');
});

test('"Undo" after "New note" brings the draft and the recipient back', async ({ page }) => {
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Whitfield');
  await writeNote(page, 'Hi Dana, fellow Michigan alum here.');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('status').filter({ hasText: 'Started a new note' }).getByRole('button', { name: 'Undo' }).click();
  await expect(noteBox(page)).toHaveValue('Hi Dana, fellow Michigan alum here.');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Dana Whitfield');
});

test('after a paste, the caret hint names the finding under the caret', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const note = 'Sorry to bother you. I loved your KubeCon talk, and I came across your profile';
  await page.evaluate((text) => navigator.clipboard.writeText(text), note);
  const box = noteBox(page);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await waitForFeedback(page, note.length);
  // The caret sits at the end of the paste, at the stock phrase — not on the first finding.
  const hint = page.locator('#note-caret-hint');
  await expect(hint).toContainText('“I came across your profile” is stock text');
  await expect(hint).not.toContainText('Sorry to bother you');
  // Moving the caret without a key or a click (as a script, an IME or an extension does) moves the hint too.
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
  await expect(hint).toContainText('Cut “Sorry to bother you”');
});

test('a Spanish note gets a language notice instead of a score', async ({ page }) => {
  await writeNote(page, 'Hola Ana, me encantó tu charla sobre diseño de productos. Me gustaría conectar contigo para aprender más sobre tu trabajo.');
  await expect(page.getByTestId('language-notice')).toContainText('This note looks like it is in Spanish');
  await expect(page.getByTestId('language-notice')).toContainText('notecoach reads English only');
  await expect(feedback(page).getByText(/^Score \d+ out of 100$/)).toHaveCount(0);
  await expectAxeClean(page);
  // Back in English, the score returns.
  await writeNote(page, 'Hi Ana, I loved your talk on product design and would love to learn how you run research.');
  await expect(page.getByTestId('language-notice')).toHaveCount(0);
  await expect(feedback(page).getByText(/^Score \d+ out of 100$/)).toHaveCount(1);
});

test('"Try an example" fills the editor with a weak or a strong note, and says what the score means', async ({ page }) => {
  await expect(feedback(page)).toContainText('Specific praise: name the post, talk or project you valued.');
  await page.getByRole('group', { name: 'Try an example:' }).getByRole('button', { name: 'A weak one' }).click();
  await expect(noteBox(page)).toHaveValue(/I came across your profile/);
  await expect(feedback(page)).toHaveAttribute('data-note-length', /\d+/);
  await expect(feedback(page)).toContainText('Weak');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('button', { name: 'A strong one' }).click();
  await expect(noteBox(page)).toHaveValue(/^Hi Dana, fellow Michigan alum here/);
  await expect(feedback(page)).toContainText('Strong — ready to send');
  await feedback(page).getByText('What the score means').click();
  await expect(feedback(page)).toContainText('70+ is ready to send');
  await expectAxeClean(page);
});

test('Ctrl+Enter asks for rewrites; Alt+↓ moves to the next finding; both are declared', async ({ page }) => {
  await expect(noteBox(page)).toHaveAttribute('aria-keyshortcuts', /Control\+Enter/);
  // Shown where a keyboard is likely (from 640 px wide); declared on the field everywhere.
  if ((page.viewportSize()?.width ?? 0) >= 640) await expect(page.getByText(/Shortcuts:/)).toBeVisible();
  const note = 'Sorry to bother you. I came across your profile and would love to connect.';
  await writeNote(page, note);
  await noteBox(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+ArrowDown');
  const selected = () => noteBox(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(await selected()).toBe('I came across your profile');
  await page.keyboard.press('Alt+ArrowUp');
  expect(await selected()).toBe('Sorry to bother you');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: /suggestions? below|couldn’t improve|No better version/ })).toBeVisible({ timeout: 15_000 });
  // The note itself is untouched by the shortcut (no new line typed).
  await expect(noteBox(page)).toHaveValue(note);
});

/** The popover a highlight opens in the editor, with its one-click fixes. */
const fixPopover = (page: Page) => page.getByRole('group', { name: 'Fixes for this highlight' });

/** The centre of a highlight in the editor's highlight layer, by the text it covers. */
async function markCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  const rect = await page.locator('mark', { hasText: text }).first().boundingBox();
  if (!rect) throw new Error(`no highlight on “${text}”`);
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

test('a highlight offers its card’s fix: hovered or tapped, the fix removes the phrase and Ctrl+Z brings it back', async ({ page, hasTouch }) => {
  const note = 'Hi Sam, I came across your profile and would love to learn how you run on-call.';
  await writeNote(page, note);
  const at = await markCentre(page, 'I came across your profile');
  // A mouse hovers the highlight; a finger taps it (which puts the caret in it).
  if (hasTouch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.move(at.x, at.y);
  const remove = fixPopover(page).getByRole('button', { name: 'Remove it: “I came across your profile”' });
  await expect(remove).toBeVisible();
  await expect(fixPopover(page)).toContainText('Red flags:');
  await expectAxeClean(page);
  // From the highlight to the button, as a pointer travels: the popover stays to be clicked.
  if (hasTouch) await remove.tap();
  else await remove.click();
  await expect(noteBox(page)).toHaveValue('Hi Sam, I would love to learn how you run on-call.');
  await expect(page.getByRole('status').filter({ hasText: 'Removed “I came across your profile”.' })).toBeVisible();
  await expect(fixPopover(page)).toHaveCount(0);
  await expect(noteBox(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(noteBox(page)).toHaveValue(note);
});

test('by keyboard, a highlight’s fixes are a Tab away: a purpose frame goes in with its placeholder selected', async ({ page }) => {
  await writeNote(page, 'Hi Sam, let’s connect!');
  const box = noteBox(page);
  await box.focus();
  // Arrow keys onto the vague purpose open its popover; the hint says how to reach it.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(fixPopover(page)).toBeVisible();
  await expect(page.locator('#note-caret-hint')).toContainText('Tab to its fixes');
  // Esc closes it; moving the caret again opens it.
  await page.keyboard.press('Escape');
  await expect(fixPopover(page)).toHaveCount(0);
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(fixPopover(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(fixPopover(page).getByRole('button', { name: /^Add “learn how you…”/ })).toBeFocused();
  await expectAxeClean(page);
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Hi Sam, let’s connect! I’d love to learn how you [what you want to learn].');
  await expect(box).toBeFocused();
  const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('[what you want to learn]');
  await page.keyboard.type('run on-call');
  await expect(box).toHaveValue('Hi Sam, let’s connect! I’d love to learn how you run on-call.');
});
