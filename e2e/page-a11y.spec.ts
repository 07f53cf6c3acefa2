/**
 * Accessibility of the coach page: axe finds no violations (WCAG 2.1 A/AA, including colour
 * contrast) with real feedback on screen and every section open, in light and in dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fillDanaAndMe, noteBox, openSection, WEAK_NOTE, writeNote } from './page-helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);

    // Empty page first: the state a new visitor meets.
    expect((await axe().analyze()).violations).toEqual([]);

    await fillDanaAndMe(page);
    await openSection(page, 'Start from a template');
    // The section's content loads on first opening: check it, not its loading line.
    await expect(page.getByRole('group', { name: 'Scenario' })).toBeVisible();
    await page.getByRole('radio', { name: /Free/ }).check();
    // Over the free limit, so the warning colours and the cut in the preview are on screen too.
    await writeNote(page, `${WEAK_NOTE} ${'I really think we should connect. '.repeat(6)}`);
    await noteBox(page).focus();
    await page.keyboard.press('Home');
    expect((await axe().analyze()).violations).toEqual([]);
  });
}
