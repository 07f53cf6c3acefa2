/**
 * Issue 4's page parts: "Suggest a rewrite" with its variants and "Use this", and "Start from a
 * template". They need the real analyzer and rewrite engine behind the API.
 */
import { expect, test } from '@playwright/test';
import { card, noteBox, openSection, pasteIntoNote, score, waitForFeedback, WEAK_NOTE, writeNote } from './page-helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a weak draft → "Suggest a rewrite" → "Use this": the score rises and "Copy note" copies the new text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Whitfield');
  await page.getByRole('textbox', { name: 'Industry', exact: true }).fill('Developer tools');
  await openSection(page, 'About you');
  await page.getByRole('textbox', { name: 'Your industry' }).fill('Developer tools');
  await writeNote(page, WEAK_NOTE);
  const before = await score(page);

  await page.getByRole('button', { name: 'Suggest a rewrite' }).click();
  const suggestions = page.getByRole('list', { name: 'Suggested rewrites' });
  const first = suggestions.getByRole('article').first();
  await expect(first).toBeVisible();
  // What the recipient would read comes first; what changed, and why, is one toggle away.
  await expect(first.locator('ins')).toHaveCount(0);
  await first.getByRole('button', { name: 'Show changes' }).click();
  await expect(first.getByRole('button', { name: 'Hide changes' })).toHaveAttribute('aria-expanded', 'true');
  await expect(first.locator('ins').first()).toBeVisible();
  await expect(first.getByRole('listitem').first()).toBeVisible();

  await first.getByRole('button', { name: 'Use this' }).click();
  const rewritten = await noteBox(page).inputValue();
  expect(rewritten).not.toBe(WEAK_NOTE);
  await waitForFeedback(page, rewritten.length);
  expect(await score(page)).toBeGreaterThan(before);

  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  // The replacement can be undone, with the browser's own undo as with the Undo button.
  await noteBox(page).press('ControlOrMeta+Z');
  await expect(noteBox(page)).toHaveValue(WEAK_NOTE);
  await noteBox(page).press('ControlOrMeta+Shift+Z');
  await expect(noteBox(page)).toHaveValue(rewritten);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(noteBox(page)).toHaveValue(WEAK_NOTE);
  expect(await pasteIntoNote(page)).toBe(rewritten);
});

test('a weak draft → a variant with a bracket → "Use this" selects the bracket → typing fills it and the score reaches the promised figure', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Whitfield');
  await writeNote(page, 'Hi Dana, I came across your profile and would love to connect.');
  const before = await score(page);

  await page.getByRole('button', { name: 'Suggest a rewrite' }).click();
  const suggestions = page.getByRole('list', { name: 'Suggested rewrites' });
  const withBracket = suggestions.getByRole('article').filter({ has: page.locator('mark') }).first();
  await expect(withBracket).toBeVisible();
  const promise = (await withBracket.getByTestId('variant-scores').textContent()) ?? '';
  const [, written, filled] = /Scores (\d+) as written · (\d+) once you fill in/.exec(promise) ?? [];
  expect(Number(filled)).toBeGreaterThan(before);
  expect(Number(filled)).toBeGreaterThan(Number(written));
  const bracket = (await withBracket.locator('mark').first().textContent()) ?? '';
  expect(bracket).toMatch(/^\[.+\]$/);

  // Its own Copy copies the clean text.
  await withBracket.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(withBracket.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();

  await withBracket.getByRole('button', { name: 'Use this' }).click();
  const selected = () => noteBox(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  await expect.poll(selected).toBe(bracket);
  await expect(noteBox(page)).toBeFocused();
  await expect(page.getByText('You edited the draft since')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Using “/ })).toBeVisible();

  await page.keyboard.type('how your team runs design reviews');
  const note = await noteBox(page).inputValue();
  expect(note).not.toContain('[');
  await waitForFeedback(page, note.length);
  expect(await score(page)).toBe(Number(filled));
  await expect(page.getByText('You edited the draft since')).toHaveCount(0);
});

test('the alumni template with a school filled in gives a note that passes Shared ground', async ({ page }) => {
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Tim Okafor');
  await page.getByRole('textbox', { name: 'Schools', exact: true }).fill('University of Michigan');
  await openSection(page, 'About you');
  await page.getByRole('textbox', { name: 'Your schools' }).fill('University of Michigan');

  await openSection(page, 'Start from a template');
  await page.getByRole('radio', { name: 'Fellow alum' }).check();
  const preview = page.getByText(/fellow University of Michigan alum/);
  await expect(preview).toBeVisible();
  await expect(page.getByText('Ready: every detail it needs is filled in.')).toBeVisible();

  await page.getByRole('button', { name: 'Use this template' }).click();
  const note = await noteBox(page).inputValue();
  expect(note).toContain('Tim');
  expect(note).toContain('University of Michigan');
  await waitForFeedback(page, note.length);
  await expect(card(page, 'Shared ground')).toHaveAttribute('data-status', 'pass');
});

test('a template lists the details it still needs and fills them from the gaps', async ({ page }) => {
  await openSection(page, 'Start from a template');
  await page.getByRole('radio', { name: 'Met at an event' }).check();
  await expect(page.getByText(/Still needs: .*The event where you met/)).toBeVisible();
  await page.getByRole('textbox', { name: 'The event where you met' }).fill('RenderConf 2026');
  await expect(page.getByText(/at RenderConf 2026/)).toBeVisible();
});

test('writing a note after suggestions marks them as out of date', async ({ page }) => {
  await writeNote(page, WEAK_NOTE);
  await page.getByRole('button', { name: 'Suggest a rewrite' }).click();
  await expect(page.getByRole('status').filter({ hasText: /suggestion|No better version/ })).toBeVisible();
  await noteBox(page).press('End');
  await noteBox(page).pressSequentially(' Thanks!');
  await expect(page.getByText('You edited the draft since')).toBeVisible();
});
