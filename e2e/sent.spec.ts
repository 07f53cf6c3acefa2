/**
 * Sent notes (issue #15): copying logs each note with its recipient; the log view marks what was
 * accepted and charts the rate with its words; the same note for someone else warns before it is
 * copied; everything survives a reload and an export → clear → import. And (issue #14) "New note"
 * on a draft that was never copied saves it instead of losing it. Axe-clean; no sideways scroll.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { noteBox, openSection, waitForFeedback } from './page-helpers';

const PEOPLE = [
  { name: 'Dana Whitfield', headline: 'SRE lead at Acme', note: 'Hi Dana, your KubeCon talk on boring deploys changed how my team ships. I would love to learn how you run on-call.' },
  { name: 'Marcus Lee', headline: 'Data engineer', note: 'Hi Marcus, fellow Michigan alum here. Could we compare notes on streaming pipelines?' },
  { name: 'Priya Raman', headline: 'Design manager', note: 'Hi Priya, your post on design critiques was spot on. I would like to follow your work on research ops.' },
];

/** Axe on the page, or only on `within` (the rest of the coach has its own axe checks). */
async function expectAxeClean(page: Page, within?: string): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const { violations } = await (within ? axe.include(within) : axe).analyze();
  expect(violations).toEqual([]);
}

/** Fills the recipient and the note as a person would; with `scored`, waits for the note's score. */
async function writeFor(page: Page, person: { name: string; headline: string }, note: string, scored = false): Promise<void> {
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(person.name);
  await page.getByRole('textbox', { name: 'Headline' }).fill(person.headline);
  await noteBox(page).fill(note);
  if (scored) await waitForFeedback(page, note.length);
}

const log = (page: Page) => page.getByRole('region', { name: /^Your log/ });
const overall = (page: Page) => page.getByRole('figure', { name: 'Overall' });

test('copy three notes → mark one accepted → 1 of 3 → a repeat warns → reload, export, clear, import', async ({ page, context }) => {
  // A whole journey across two views: longer than one check.
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const copied = page.getByRole('status').filter({ hasText: 'Copied' });
  for (const [i, person] of PEOPLE.entries()) {
    // The first is copied once its feedback is on screen, so its score is logged with it.
    await writeFor(page, person, person.note, i === 0);
    await page.getByRole('button', { name: 'Copy note' }).click();
    await expect(copied).toBeVisible();
    await page.getByRole('button', { name: 'New note' }).click();
  }

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sent notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sent notes' })).toBeVisible();
  await expect(log(page).getByRole('listitem')).toHaveCount(3);
  await expect(log(page).getByRole('listitem').first()).toContainText('To Priya Raman · Design manager');
  await expect(log(page).getByRole('listitem').last()).toContainText(PEOPLE[0]?.note ?? '');
  await expect(log(page).getByRole('listitem').last()).toContainText(/Your own words · score \d+ · (Strong|Needs work|Weak) · Free plan/);
  await expect(page.getByText('3 of 5', { exact: true })).toBeVisible(); // notes this month on Free

  await page.getByRole('combobox', { name: 'What became of the invitation to Dana Whitfield' }).selectOption({ label: 'Accepted' });
  await expect(overall(page)).toContainText('1 of 3 accepted (33%), too few to tell');
  await expect(overall(page).locator('svg')).toHaveAttribute('data-rate', '0.333');
  await expect(overall(page).locator('svg rect').last()).toHaveAttribute('width', '33.3');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // The same note, names swapped, for a fourth person: the coach asks first and names who got it.
  await page.goto('/');
  await writeFor(page, { name: 'Sam Ortiz', headline: 'Platform engineer' }, (PEOPLE[0]?.note ?? '').replace('Dana', 'Sam'));
  await page.getByRole('button', { name: 'Copy note' }).click();
  const ask = page.getByRole('group', { name: 'Before you copy' });
  await expect(ask).toContainText('You sent the same note to Dana Whitfield on');
  await expect(ask).toBeFocused();
  await expect(copied).toHaveCount(0);
  await expectAxeClean(page, '[aria-labelledby="copy-ask-heading"]');
  await ask.getByRole('button', { name: 'Copy anyway' }).click();
  await expect(copied).toBeVisible();

  await page.goto('/sent');
  await page.reload();
  await expect(log(page).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('combobox', { name: 'What became of the invitation to Dana Whitfield' })).toHaveValue('accepted');
  await expect(overall(page)).toContainText('1 of 4 accepted (25%)');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const file = readFileSync((await download.path()) as string, 'utf8');
  expect((JSON.parse(file) as { entries: unknown[] }).entries).toHaveLength(4);

  await page.getByRole('button', { name: 'Clear data on this device' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(log(page)).toContainText('Nothing yet');
  await page.reload();
  await expect(log(page)).toContainText('Nothing yet');

  await page.getByLabel('Import a JSON or CSV file').setInputFiles({ name: 'sent.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 notes.' })).toBeVisible();
  await expect(log(page).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('combobox', { name: 'What became of the invitation to Dana Whitfield' })).toHaveValue('accepted');
  await expect(overall(page)).toContainText('1 of 4 accepted (25%)');
});

test('"New note" on a draft never copied saves it under Sent notes, to reopen later', async ({ page }) => {
  await page.goto('/');
  await writeFor(page, { name: 'Lee Chen', headline: 'Founder' }, 'Hi Lee, half-written thoughts about your launch');
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Started a new note' })).toContainText('Your last draft was not copied, so it is saved under Sent notes.');
  await expect(noteBox(page)).toHaveValue('');
  await page.reload();
  const summary = page.getByRole('region', { name: 'Sent notes' });
  await expect(summary).toContainText('Saved draft for Lee Chen · not copied yet');
  await summary.getByRole('button', { name: 'Reopen', description: 'Hi Lee, half-written thoughts about your launch' }).click();
  await expect(noteBox(page)).toHaveValue('Hi Lee, half-written thoughts about your launch');
  await openSection(page, 'Recipient’s details');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Lee Chen');
});

test('the coach in one tab and Sent notes in another: a copy keeps the status set in the other tab', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const [first, second] = PEOPLE as [(typeof PEOPLE)[number], (typeof PEOPLE)[number]];
  await page.goto('/');
  await noteBox(page).fill(first.note);
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();

  const sentTab = await context.newPage();
  await sentTab.goto('/sent');
  await sentTab.getByRole('combobox', { name: /^What became of the invitation/ }).selectOption('accepted');

  await noteBox(page).fill(second.note);
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  await sentTab.reload();
  await expect(log(sentTab).getByRole('listitem')).toHaveCount(2);
  await expect(log(sentTab).getByRole('combobox').last()).toHaveValue('accepted');
  await expect(log(sentTab).getByRole('combobox').first()).toHaveValue('pending');
});
