/**
 * The coach page driven as a person would, at desktop and phone widths (see playwright.config):
 * live feedback, highlights, plan limits, the invite preview, copying, and nothing lost on reload.
 */
import { expect, test } from '@playwright/test';
import {
  card,
  DANA,
  fillDanaAndMe,
  feedback,
  noteBox,
  score,
  STRONG_NOTE,
  openSection,
  pasteIntoNote,
  waitForFeedback,
  WEAK_NOTE,
  writeNote,
} from './page-helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'notecoach' })).toBeVisible();
});

test('runs under its nonce-based CSP without a single violation', async ({ page, isMobile }) => {
  // Registered before any page script, so violations during hydration are caught too.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.reload();
  await writeNote(page, WEAK_NOTE);
  if (!isMobile) {
    // The hover popover is positioned with a style set from script, which the CSP must allow.
    const highlight = await page.locator('mark').first().boundingBox();
    await page.mouse.move(highlight!.x + 2, highlight!.y + highlight!.height / 2);
    await expect(page.getByRole('group', { name: 'Fixes for this highlight' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Suggest a rewrite' }).click();
  await expect(page.getByRole('list', { name: 'Suggested rewrites' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('explains in one line that nothing is stored on the server', async ({ page }) => {
  await expect(page.getByText(/nothing is stored on the server/i)).toBeVisible();
});

test('a weak note fails intent and shared ground with a red flag; a strong rewrite passes and scores higher', async ({ page }) => {
  await noteBox(page).pressSequentially(WEAK_NOTE, { delay: 5 });
  await waitForFeedback(page, WEAK_NOTE.length);

  for (const name of ['Intent', 'Shared ground']) {
    await expect(card(page, name)).not.toHaveAttribute('data-status', 'pass');
    await expect(card(page, name)).toContainText(/Fail|Needs work/);
  }
  const redFlags = card(page, 'Red flags');
  await expect(redFlags.getByRole('listitem').first()).toBeVisible();
  await expect(redFlags.getByRole('button').first()).toContainText('add you to my professional network');
  const weakScore = await score(page);

  await fillDanaAndMe(page);
  await writeNote(page, STRONG_NOTE);
  for (const name of ['Intent', 'Shared ground']) {
    await expect(card(page, name)).toHaveAttribute('data-status', 'pass');
    await expect(card(page, name)).toContainText('Pass');
  }
  expect(await score(page)).toBeGreaterThan(weakScore);
});

test('each check shows its status in words and an icon, with the why and the fix when it fails', async ({ page }) => {
  await writeNote(page, WEAK_NOTE);
  for (const name of ['Length', 'Intent', 'Shared ground', 'Specific praise', 'Red flags']) {
    const c = card(page, name);
    await expect(c).toBeVisible();
    await expect(c).toContainText(/Pass|Needs work|Fail/);
    if ((await c.getAttribute('data-status')) !== 'pass') {
      await expect(c).toContainText('Why:');
      await expect(c).toContainText('Fix:');
    }
  }
});

test('a finding in a card reveals its place in the note, and the caret in a highlight shows its message', async ({ page }) => {
  await writeNote(page, WEAK_NOTE);
  const finding = card(page, 'Red flags').getByRole('button').first();
  // The coach's message quotes the phrase it is about, shown as a quote (<q>).
  const quoted = (await finding.locator('q').first().textContent()) ?? '';
  expect(quoted).not.toBe('');
  await finding.click();
  const box = noteBox(page);
  await expect(box).toBeFocused();
  const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(quoted);
  // The selection sits inside the highlight, so its message is shown (and read out) under the field.
  await expect(page.getByText(/At the cursor/)).toBeVisible();
  await expect(page.locator('#note-caret-hint')).toContainText('Red flags');
});

test('hovering a highlight shows its message (and its fixes) in a popover', async ({ page, isMobile }) => {
  test.skip(isMobile, 'touch screens have no hover; the caret hint covers them');
  await writeNote(page, WEAK_NOTE);
  // The highlight is painted in an aria-hidden mirror behind the text, so it has no role to find it by.
  const highlight = await page.locator('mark').first().boundingBox();
  expect(highlight).not.toBeNull();
  await page.mouse.move(highlight!.x + highlight!.width / 2, highlight!.y + highlight!.height / 2);
  // LinkedIn's boilerplate can be removed in one click, so the popover holds a button.
  const popover = page.getByRole('group', { name: 'Fixes for this highlight' });
  await expect(popover).toContainText('Red flags:');
  await expect(popover.getByRole('button', { name: /^Remove it: / })).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(popover).toBeHidden();
});

test('a new visitor is on Free (200), which flags a 250-character note; Premium allows 300', async ({ page }) => {
  const long = `Hi Dana, ${'I read your post on deploys and it stuck with me. '.repeat(5)}`.slice(0, 250);
  expect(long).toHaveLength(250);
  await expect(page.getByRole('radio', { name: /Free/ })).toBeChecked();
  // The counter describes the note field, so a screen reader hears it too.
  await expect(noteBox(page)).toHaveAccessibleDescription(/0 \/ 200/);
  await writeNote(page, long);
  await expect(noteBox(page)).toHaveAccessibleDescription(/250 \/ 200 · 50 over the limit/);
  await expect(card(page, 'Length')).toHaveAttribute('data-status', 'fail');
  // The preview shows where LinkedIn cuts the note.
  const preview = page.getByRole('region', { name: 'Invite preview' });
  await expect(preview).toContainText('cut here');
  await expect(preview).toContainText('the last 50 would not be sent');

  await page.getByRole('radio', { name: /Premium/ }).check();
  await expect(noteBox(page)).toHaveAccessibleDescription(/250 \/ 300/);
});

test('the invite preview shows the recipient and the note as sent', async ({ page }) => {
  await fillDanaAndMe(page);
  await noteBox(page).fill(STRONG_NOTE);
  const preview = page.getByRole('region', { name: 'Invite preview' });
  await expect(preview).toContainText('invited Dana Whitfield to connect');
  await expect(preview.getByRole('blockquote')).toHaveText(STRONG_NOTE);
});

test('"Copy note" puts the exact note on the clipboard and says "Copied"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const note = 'Hi Dana — your “Boring deploys” talk 🚀 was great.\nWould love to learn how you run on-call.';
  await noteBox(page).fill(note);
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await pasteIntoNote(page)).toBe(note);
});

test('copying warns, without blocking, about a placeholder and an over-limit note', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('radio', { name: /Free/ }).check();
  const note = `Hi [Name], ${'x'.repeat(200)}`;
  await noteBox(page).fill(note);
  await page.getByRole('button', { name: 'Copy note' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Copied' });
  await expect(status).toContainText('over the 200 limit');
  await expect(status).toContainText('[Name]');
  expect(await pasteIntoNote(page)).toBe(note);
});

test('copying works where the Clipboard API is unavailable', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  const page = await context.newPage();
  await page.goto('/');
  await noteBox(page).fill('Hi Sam, fellow Rice alum here.');
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await pasteIntoNote(page)).toBe('Hi Sam, fellow Rice alum here.');
  await context.close();
});

test('a reload keeps the draft, the plan and the details', async ({ page }) => {
  await fillDanaAndMe(page);
  await page.getByRole('radio', { name: /Premium/ }).check();
  await writeNote(page, STRONG_NOTE);
  await page.reload();
  await expect(noteBox(page)).toHaveValue(STRONG_NOTE);
  await expect(page.getByRole('radio', { name: /Premium/ })).toBeChecked();
  // The restored draft is analyzed straight away.
  await waitForFeedback(page, STRONG_NOTE.length);
  await openSection(page, 'Recipient’s details');
  await openSection(page, 'About you');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(DANA.name);
  await expect(page.getByRole('textbox', { name: 'Your schools' })).toHaveValue('University of Michigan');
});

test('"Forget my details" clears About you from this device', async ({ page }) => {
  await fillDanaAndMe(page);
  await page.getByRole('button', { name: 'Forget my details' }).click();
  await expect(page.getByRole('textbox', { name: 'Your schools' })).toHaveValue('');
  await page.reload();
  await openSection(page, 'About you');
  await expect(page.getByRole('textbox', { name: 'Your schools' })).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('notecoach:sender'))).toBeNull();
});

test('markup in the note renders as text, never as HTML', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await writeNote(page, hostile);
  await expect(noteBox(page)).toHaveValue(hostile);
  await expect(page.getByRole('region', { name: 'Invite preview' }).getByRole('blockquote')).toHaveText(hostile);
  expect(await page.locator('img').count()).toBe(0);
  await page.reload();
  await waitForFeedback(page, hostile.length);
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('copied notes are listed under "Sent notes" and can be reopened', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const recent = page.getByRole('region', { name: 'Sent notes' });
  await expect(recent).toContainText('Notes you copy are logged here');
  // As a person would: copy, see "Copied", move on.
  const copied = page.getByRole('status').filter({ hasText: 'Copied' });
  await noteBox(page).fill('First note, copied.');
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(copied).toBeVisible();
  await noteBox(page).fill('Second note, copied too.');
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(copied).toBeVisible();
  await page.reload();
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expect(recent.getByRole('listitem').first()).toContainText('Second note, copied too.');

  await recent.getByRole('button', { name: 'Reopen', description: 'First note, copied.' }).click();
  await expect(noteBox(page)).toHaveValue('First note, copied.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(noteBox(page)).toHaveValue('Second note, copied too.');
});

test('a 429 shows a calm message and feedback arrives after the wait', async ({ page }) => {
  let refused = false;
  await page.route('**/api/analyze', async (route) => {
    if (!refused) {
      refused = true;
      await route.fulfill({ status: 429, headers: { 'retry-after': '1' }, contentType: 'application/json', body: '{"error":"Too many requests."}' });
    } else await route.continue();
  });
  await noteBox(page).fill(WEAK_NOTE);
  await expect(feedback(page)).toContainText('Feedback will refresh in 1 s');
  await waitForFeedback(page, WEAK_NOTE.length);
  await expect(feedback(page)).not.toContainText('Feedback will refresh');
});

test('works with the keyboard alone, with a visible focus ring', async ({ page }) => {
  await noteBox(page).focus();
  await page.keyboard.type('Hi Dana, I would love to learn how you run on-call.');
  await page.keyboard.press('Tab');
  // Next stop after the note is the plan choice or the copy button, depending on layout order.
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  // Reach "Copy note" by tabbing and press it with Enter.
  for (let i = 0; i < 10; i++) {
    if ((await focused.textContent())?.includes('Copy note')) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: 'Copy note' })).toBeFocused();
  const outline = await page.getByRole('button', { name: 'Copy note' }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
