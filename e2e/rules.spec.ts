/**
 * "Your rules" (issue #9): a person switches a rule off in the panel, sees its card change, and
 * finds the setting still there after a reload; the card's "Turn off this rule" does the same in
 * one click; axe stays clean with the panel open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { card, feedback, openSection, score, writeNote } from './page-helpers';

const EMOJI_NOTE = 'Hi Sam, I’d love to hear how your team scaled support to 24/7 🚀🚀🔥';

test('turn a rule off in the panel: the card changes, and a reload keeps it', async ({ page }) => {
  await page.goto('/');
  await writeNote(page, EMOJI_NOTE);
  await expect(card(page, 'Red flags')).toContainText('a run of emoji');
  const before = await score(page);

  await openSection(page, 'Your rules');
  const setting = page.getByRole('combobox', { name: 'A run of emoji' });
  await setting.selectOption('off');
  await expect(card(page, 'Red flags')).not.toContainText('a run of emoji');
  await expect(card(page, 'Red flags')).toHaveAttribute('data-status', 'pass');
  await expect.poll(() => score(page)).toBeGreaterThan(before);

  await page.reload();
  await expect(feedback(page)).toHaveAttribute('aria-busy', 'false');
  await expect(card(page, 'Red flags')).toHaveAttribute('data-status', 'pass');
  await openSection(page, 'Your rules');
  await expect(page.getByRole('combobox', { name: 'A run of emoji' })).toHaveValue('off');
  await expect(page.locator('summary', { hasText: 'Your rules' })).toContainText('1 changed');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations).toEqual([]);
});

test('“Turn off this rule” on a finding, and your own phrase flagged', async ({ page }) => {
  await page.goto('/');
  await writeNote(page, 'Hi Sam, as a growth guru I’d love to hear how you priced your API. Sorry to bother you.');
  const flags = card(page, 'Red flags');
  await expect(flags).toContainText('a self-awarded title');
  await flags.getByRole('listitem').filter({ hasText: 'guru' }).getByRole('button', { name: 'Turn off this rule' }).click();
  await expect(flags).not.toContainText('a self-awarded title');
  await expect(flags).toContainText('an apology or hedge');

  await openSection(page, 'Your rules');
  await expect(page.getByRole('combobox', { name: 'A self-awarded title' })).toHaveValue('off');
  await page.getByRole('combobox', { name: 'Your own phrases to flag as' }).selectOption('sales-pitch');
  await page.getByRole('textbox', { name: 'Phrases to flag (one per line)', exact: true }).fill('priced your API');
  await expect(flags).toContainText('a sales pitch');
});
