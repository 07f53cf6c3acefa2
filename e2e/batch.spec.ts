/**
 * The batch view the way a person uses it: upload a 20-row CSV, check the guessed columns and match
 * one by hand, pick "Fellow alum", write the notes (20 rows, several phrasings), edit one in place
 * and see it re-analyzed, filter to the notes that are not strong, export: the downloaded CSV holds
 * the edit.
 * Axe finds nothing in light and dark with the table on screen; at phone width nothing scrolls
 * sideways. Runs at desktop and phone widths.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const FIRST = ['Ana', 'Bo', 'Cyra', 'Dev', 'Elif', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kemal', 'Lior', 'Mina', 'Nuno', 'Oda', 'Pita', 'Quinn', 'Rafa', 'Sena', 'Tove'];
// Row 7 has no school, so its note keeps a placeholder and is not strong.
const CSV =
  '\uFEFFFull Name,Workplace,Title,Education\r\n' +
  FIRST.map((first, i) => `${first} Example${i},"Northwind, Inc.","Engineer, Platform",${i === 6 ? '' : 'University of Michigan'}`).join('\r\n') +
  '\r\n';

test('upload, map, pick a scenario, write 20 notes, edit one, filter, export', async ({ page }, testInfo) => {
  // One long flow, and the first batch after the server starts may wait for its worker threads.
  test.setTimeout(60_000);
  await page.goto('/batch');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Batch' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'alumni.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

  // Columns guessed from the headers; "Workplace" is not a name the guess knows, so it is matched by hand.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Full Name');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Title');
  await expect(page.getByLabel('Schools', { exact: true })).toHaveValue('Education');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('');
  await expect(page.getByText('Other columns you can use in a template: {workplace}.')).toBeVisible();
  await page.getByLabel('Company', { exact: true }).selectOption('Workplace');
  await expect(page.getByText('Every column feeds a field.')).toBeVisible();

  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Fellow alum' });
  await page.getByRole('button', { name: 'Write 20 notes' }).click();
  const status = page.getByRole('status').filter({ hasText: /^20 notes:/ });
  // The first batch after the server starts may wait for its worker threads on a busy machine.
  await expect(status).toHaveText('20 notes: 19 strong, 0 need work, 1 weak.', { timeout: 30_000 });
  const table = page.getByRole('table', { name: /One note per recipient/ });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(21);
  // Each note names its recipient, and the notes do not all share one sentence frame.
  for (const [i, first] of FIRST.entries()) await expect(rows.nth(i + 1)).toContainText(`Hi ${first},`);
  const notes = await rows.locator('td:nth-child(2) p:first-of-type').allTextContents();
  expect(new Set(notes.map((n) => n.replace(/^.*?, /, '').slice(0, 12))).size).toBeGreaterThan(1);

  // Row 7 (Gus, no school) is weak: fill in the school by editing the note; it is re-analyzed live.
  const gus = rows.filter({ hasText: 'Gus Example6' });
  await expect(gus).toContainText('[your shared school]');
  await gus.getByRole('button', { name: 'Edit the note to Gus Example6' }).click();
  const editor = gus.getByRole('textbox', { name: 'Note to Gus Example6' });
  await expect(editor).toBeFocused();
  const edited = "Hi Gus, fellow Rice University alum here. I'd love to connect and hear how you moved into platform engineering.";
  await editor.fill(edited);
  await expect(gus.getByRole('status')).toContainText(`${edited.length} of 200 characters`);
  await expect(gus).toContainText(/Strong/);
  await gus.getByRole('button', { name: 'Done' }).click();
  await expect(status).toHaveText('20 notes: 20 strong, 0 need work, 0 weak.');
  await expect(gus).toContainText('Edited by you');

  // Filter to the notes that are not strong: none are left.
  await page.getByLabel('Show only notes that are not strong').check();
  await expect(page.getByText('Every note is strong.')).toBeVisible();
  await page.getByLabel('Show only notes that are not strong').uncheck();

  // Export: the input columns, then the notes; the edited note is in the file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('alumni-notes.csv');
  const text = readFileSync((await download.path()) as string, 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Full Name,Workplace,Title,Education,note,score,verdict,flags,missing,error');
  expect(lines).toHaveLength(21);
  expect(lines[7]).toContain(`Gus Example6,"Northwind, Inc.","Engineer, Platform",,"${edited}"`);
  expect(lines[7]).toMatch(/,strong,/);

  // Nothing scrolls sideways at phone width; axe is clean in light and dark with the table shown.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations, `${testInfo.project.name} ${colorScheme}`).toEqual([]);
  }
});
