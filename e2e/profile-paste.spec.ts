/**
 * "Paste their profile": a person copies a LinkedIn profile page, pastes it into the recipient's
 * details, reviews what was found, uses it — and a note that names the school they share now
 * passes Shared ground. Then Undo puts the earlier details back; "Paste your profile" fills About
 * you. Nothing is sent to the server while the profile is read. Axe-clean in light and dark, at
 * desktop and phone widths (the two projects).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { card, openSection, writeNote } from './page-helpers';

const FIXTURES = join(__dirname, '..', 'tests', 'fixtures', 'profiles');
const OLGA = readFileSync(join(FIXTURES, 'web-career-switcher.txt'), 'utf8');
const MARCUS_PDF = readFileSync(join(FIXTURES, 'pdf-executive.txt'), 'utf8');
/** Names her school without "fellow … alum", so only the details can make it shared ground. */
const NOTE = 'Hi Olga, Carnegie Mellon University grad here. I would love to learn how you moved from teaching into data science.';

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Pastes text into the box the way a person does: through the clipboard, with the keyboard. */
async function pasteIntoBox(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label });
  await box.focus();
  await expect(box).toBeFocused();
  // The page's Permissions-Policy allows clipboard-write: put the text there from the page itself.
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(text);
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('paste their profile → review → use: the fields fill and a note naming their school passes shared ground', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') sent.push(request.postData() ?? '');
  });
  await page.goto('/');
  await writeNote(page, NOTE);
  await expect(card(page, 'Shared ground')).not.toHaveAttribute('data-status', 'pass');

  await openSection(page, 'Recipient’s details');
  await field(page, 'Name').fill('Olga');
  await page.getByRole('button', { name: 'Paste their profile' }).click();
  await pasteIntoBox(page, 'Their profile, as copied', OLGA);

  // Review: what was found, with what it replaces, and what was not.
  await expect(page.getByRole('status').filter({ hasText: 'Found 7 of 8 details' })).toBeVisible();
  const found = page.getByRole('group', { name: 'Found on their profile' });
  await expect(found.getByRole('checkbox', { name: 'Name' })).toBeChecked();
  await expect(found).toContainText('Olga Petrova');
  await expect(found).toContainText('Replaces “Olga”.');
  await expect(found).toContainText('Carnegie Mellon University, Moscow State University');
  await expect(page.getByText('Industry: LinkedIn seldom shows it')).toBeVisible();
  // Untick one: it is left as it was.
  await found.getByRole('checkbox', { name: 'Mutual connections' }).uncheck();
  await page.getByRole('button', { name: 'Use these' }).click();

  await expect(page.getByText('Filled 6 fields from their profile.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Paste their profile' })).toBeFocused();
  await expect(field(page, 'Name')).toHaveValue('Olga Petrova');
  await expect(field(page, 'Headline')).toHaveValue(/^Data Scientist at Northwind Health/);
  await expect(field(page, 'Company')).toHaveValue('Northwind Health');
  await expect(field(page, 'Schools')).toHaveValue('Carnegie Mellon University, Moscow State University');
  await expect(field(page, 'A recent post, book or talk of theirs')).toHaveValue('What eight years of teaching taught me about explaining models to clinicians');
  await expect(field(page, 'Mutual connections')).toHaveValue('');
  await expect(field(page, 'Industry')).toHaveValue('');

  // The analysis now knows her school.
  await expect(card(page, 'Shared ground')).toHaveAttribute('data-status', 'pass', { timeout: 10_000 });
  // The profile was read in the browser: no request carried it.
  expect(sent.some((body) => body.includes('Allderdice High School'))).toBe(false);

  // Undo restores the details as they were.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, 'Name')).toHaveValue('Olga');
  await expect(field(page, 'Schools')).toHaveValue('');
  await expect(page.getByText('Your earlier details are back.')).toBeVisible();
  await expect(card(page, 'Shared ground')).not.toHaveAttribute('data-status', 'pass', { timeout: 10_000 });
});

test('paste your profile (its PDF text) fills About you', async ({ page }) => {
  await page.goto('/');
  await openSection(page, 'About you');
  await page.getByRole('button', { name: 'Paste your profile' }).click();
  await pasteIntoBox(page, 'Your profile, as copied', MARCUS_PDF);
  await expect(page.getByRole('status').filter({ hasText: 'Found 2 of 3 details' })).toBeVisible();
  await page.getByRole('button', { name: 'Use these' }).click();
  await expect(field(page, 'Your company')).toHaveValue('Harbor Freight Logistics');
  await expect(field(page, 'Your schools')).toHaveValue('The Wharton School, University of Maryland');
  await expect(field(page, 'Your industry')).toHaveValue('');
});

test('text that is not a profile finds nothing and uses nothing', async ({ page }) => {
  await page.goto('/');
  await openSection(page, 'Recipient’s details');
  await page.getByRole('button', { name: 'Paste their profile' }).click();
  await page.getByRole('textbox', { name: 'Their profile, as copied' }).fill('Hi Sam, great post!');
  await expect(page.getByText('Nothing here looks like a LinkedIn profile yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use these' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Their profile, as copied' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Paste their profile' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the box and its review are axe-clean (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openSection(page, 'Recipient’s details');
    await field(page, 'Company').fill('Acme');
    await page.getByRole('button', { name: 'Paste their profile' }).click();
    await page.getByRole('textbox', { name: 'Their profile, as copied' }).fill(OLGA);
    await expect(page.getByRole('group', { name: 'Found on their profile' })).toBeVisible();
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
    expect((await axe().analyze()).violations).toEqual([]);
    // Nothing spills past a phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Use these' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect((await axe().analyze()).violations).toEqual([]);
    // Once the filled fields are edited, Undo would undo the edit too: it goes away.
    await field(page, 'Company').fill('Northwind');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  });
}
