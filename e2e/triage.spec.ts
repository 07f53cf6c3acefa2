/**
 * The triage view the way a person uses it: paste five invitations, read the decisions and their
 * reasons, switch a criterion off and watch the decisions change, copy a reply, reload (decisions
 * and criteria kept), export CSV and JSON, see an earlier decision when someone invites again,
 * and clear everything. Runs at desktop and phone widths; axe finds nothing in light or dark.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const FIVE = `Sam Ortiz
Data Engineer at Northwind
4 mutual connections
Hi Dana, I loved your talk on data contracts and would love to compare notes on schema evolution.

Max Growth
Thought Leader | 30K followers
Let's connect!

Anna Smith
Earn $5,000 weekly trading bitcoin with my mentor, message me now, limited spots! bit.ly/xyz

John Doe

Rita Moreno
Product Designer
12 mutual connections`;

const REPLY = 'Thanks for reaching out, Sam, and happy to connect. Happy to compare notes on schema evolution.';

const pasteBox = (page: Page) => page.getByRole('textbox', { name: 'Paste invitations' });
const group = (page: Page, heading: RegExp) => page.getByRole('region', { name: heading });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /to accept/ });

async function pasteFive(page: Page): Promise<void> {
  await page.goto('/triage');
  await pasteBox(page).fill(FIVE);
  await page.getByRole('button', { name: 'Triage these' }).click();
  await expect(status(page)).toHaveText('1 to accept · 1 to review · 3 to ignore');
}

test('paste, decide, switch a criterion off, copy a reply, reload, export', async ({ page }) => {
  await pasteFive(page);
  // The shared header marks this view.
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Triage invitations' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Triage invitations' })).toBeVisible();

  // Decisions with reasons and highlighted evidence.
  const ignore = group(page, /^Ignore \(3\)$/);
  await expect(ignore.getByRole('listitem').filter({ hasText: 'Max Growth' }).getByText('They call themselves a “thought leader” or similar.')).toBeVisible();
  await expect(ignore.locator('mark', { hasText: 'Thought Leader' })).toBeVisible();
  await expect(ignore.getByText(/looks like a scam.*consider reporting/)).toBeVisible();
  await expect(group(page, /^Review \(1\)$/).getByText('Rita Moreno')).toBeVisible();

  // Switch "No note, no mutuals" off: John Doe is no longer ignored.
  const criterion = page.getByRole('switch', { name: 'No note, no mutuals' });
  await expect(criterion).toHaveAttribute('aria-checked', 'true');
  await criterion.click();
  await expect(criterion).toHaveAttribute('aria-checked', 'false');
  await expect(status(page)).toHaveText('1 to accept · 2 to review · 2 to ignore');
  await expect(group(page, /^Review \(2\)$/).getByText('John Doe')).toBeVisible();

  // Copy Sam's reply; pasting shows what the clipboard holds.
  const accept = group(page, /^Accept \(1\)$/);
  await expect(accept.getByText(REPLY)).toBeVisible();
  await accept.getByRole('button', { name: 'Copy reply to Sam Ortiz' }).click();
  await expect(accept.getByText('Copied')).toBeVisible();
  await page.getByRole('textbox', { name: 'Their note' }).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('textbox', { name: 'Their note' })).toHaveValue(REPLY);
  await page.getByRole('textbox', { name: 'Their note' }).fill('');

  // Override: accept Rita by hand.
  const rita = group(page, /^Review/).getByRole('listitem').filter({ hasText: 'Rita Moreno' }).first();
  await rita.getByRole('group', { name: 'Your decision for Rita Moreno' }).getByRole('button', { name: 'Accept' }).click();
  await expect(status(page)).toHaveText('2 to accept · 1 to review · 2 to ignore');

  // Reload: the decisions, the override and the criteria are kept.
  await page.reload();
  await expect(status(page)).toHaveText('2 to accept · 1 to review · 2 to ignore');
  await expect(page.getByRole('switch', { name: 'No note, no mutuals' })).toHaveAttribute('aria-checked', 'false');
  await expect(group(page, /^Accept \(2\)$/).getByText(/Your choice: Accept/)).toBeVisible();

  // Export CSV and JSON.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csvText = readFileSync((await csv.path()) as string, 'utf8');
  expect(csvText.split('\r\n')[0]).toBe('name,headline,note,decision,decidedBy,reasons,reply,date');
  expect(csvText).toContain(`Sam Ortiz,Data Engineer at Northwind,`);
  expect(csvText).toContain(REPLY);
  expect(csvText).toMatch(/Rita Moreno,Product Designer,,accept,you,/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const rows = JSON.parse(readFileSync((await json.path()) as string, 'utf8')) as { name: string; decision: string }[];
  expect(rows.map((r) => [r.name, r.decision])).toEqual([
    ['Sam Ortiz', 'accept'],
    ['Max Growth', 'ignore'],
    ['Anna Smith', 'ignore'],
    ['John Doe', 'review'],
    ['Rita Moreno', 'accept'],
  ]);
});

test('someone who invites again shows the earlier decision; clear data forgets everything', async ({ page }) => {
  await pasteFive(page);
  // Adding one more to the list is not "appearing again" for the rest.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Chris Adams');
  await page.getByRole('button', { name: 'Add invitation' }).click();
  await expect(status(page)).toHaveText('1 to accept · 1 to review · 4 to ignore');
  await expect(page.getByText(/^Seen before:/)).toHaveCount(0);
  // A new paste with someone already decided shows that decision, its date and reason.
  await pasteBox(page).fill('Max Growth\nThought Leader | 30K followers\nHi again!');
  await page.getByRole('button', { name: 'Triage these' }).click();
  await expect(status(page)).toHaveText('0 to accept · 0 to review · 1 to ignore');
  await expect(page.getByText(/^Seen before: ignored on .+ — They (promote their follower|call themselves)/)).toBeVisible();

  await page.getByRole('button', { name: 'Clear data on this device' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page.getByText('Paste or add invitations to see what to accept.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('notecoach:')))).toEqual([]);
  await page.reload();
  await expect(page.getByText('Paste or add invitations to see what to accept.')).toBeVisible();
});

test('one invitation from the form; the page fits a phone', async ({ page }) => {
  await page.goto('/triage');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Chris Adams');
  await page.getByRole('textbox', { name: 'Their note' }).fill('Hi Dana, I would love to learn how you got started in data engineering.');
  await page.getByRole('button', { name: 'Add invitation' }).click();
  await expect(status(page)).toHaveText('1 to accept · 0 to review · 0 to ignore');
  await expect(page.getByText('Thanks for reaching out, Chris, and happy to connect. Happy to share how I got started in data engineering.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with results on screen (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/triage');
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
    expect((await axe().analyze()).violations).toEqual([]);
    await pasteBox(page).fill(FIVE);
    await page.getByRole('button', { name: 'Triage these' }).click();
    await expect(status(page)).toHaveText(/to accept/);
    expect((await axe().analyze()).violations).toEqual([]);
  });
}
