/**
 * Issue 13's page parts: spelling and grammar slips underlined in the note in their own style,
 * listed in the "Spelling & grammar" card with their suggestions, fixed in one click as an
 * undoable edit; names from the details left alone; a calm card, and an analysis that does not
 * wait, when the server's checker is unavailable. Runs at desktop and phone widths.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { card, noteBox, openSection, waitForFeedback } from './page-helpers';

/** The "Spelling & grammar" card. */
const proofCard = (page: Page) => page.getByRole('article', { name: 'Spelling & grammar' });
/** A proofreading underline in the editor's highlight layer, by the text it covers. */
const slipMark = (page: Page, text: string) => page.locator('mark[data-proofread]', { hasText: text });

// The server warms its checker at start; on a busy machine the first answer can take a while.
const FIRST_ANSWER = { timeout: 45_000 };

test.beforeEach(async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
});

test('a misspelling is underlined, its suggestion fixes it, and Ctrl+Z brings it back', async ({ page }) => {
  const note = 'Hi Sam, I would like to connect becuase your talk on tracing was great.';
  await noteBox(page).fill(note);
  await expect(slipMark(page, 'becuase')).toBeVisible(FIRST_ANSWER);
  // Its own look: not one of the checks' highlights.
  await expect(slipMark(page, 'becuase')).toHaveClass(/decoration-dotted/);

  const slip = proofCard(page).getByRole('listitem').filter({ hasText: 'becuase' });
  await expect(slip).toContainText('looks misspelled');
  await slip.getByRole('button', { name: 'Replace “becuase” with because' }).click();
  const fixed = note.replace('becuase', 'because');
  await expect(noteBox(page)).toHaveValue(fixed);
  await expect(page.getByRole('status').filter({ hasText: 'Replaced “becuase” with “because”' })).toBeAttached();
  await expect(proofCard(page)).toContainText('No spelling or grammar slips found.');
  await expect(slipMark(page, 'becuase')).toHaveCount(0);

  // The fix is an edit like typing: the browser's own undo restores the slip, and it is marked again.
  await noteBox(page).press('ControlOrMeta+Z');
  await expect(noteBox(page)).toHaveValue(note);
  await expect(slipMark(page, 'becuase')).toBeVisible();
});

test('a slip’s underline offers its suggestions too, by hover or tap', async ({ page, hasTouch }) => {
  const note = 'Hi Sam, I would like to connect becuase your talk on tracing was great.';
  await noteBox(page).fill(note);
  await expect(slipMark(page, 'becuase')).toBeVisible(FIRST_ANSWER);
  const rect = await slipMark(page, 'becuase').boundingBox();
  if (!rect) throw new Error('no underline');
  const [x, y] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
  if (hasTouch) await page.touchscreen.tap(x, y);
  else await page.mouse.move(x, y);
  const popover = page.getByRole('group', { name: 'Fixes for this highlight' });
  await popover.getByRole('button', { name: 'Replace “becuase” with because' }).click();
  await expect(noteBox(page)).toHaveValue(note.replace('becuase', 'because'));
  await noteBox(page).press('ControlOrMeta+Z');
  await expect(noteBox(page)).toHaveValue(note);
});

test('the recipient’s name is not a misspelling; a slip beside it is', async ({ page }) => {
  await openSection(page, 'Recipient’s details');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ikenna Obi');
  const note = 'Ikenna, your talk on open source was clear and I would like to lern more.';
  await noteBox(page).fill(note);
  await expect(slipMark(page, 'lern')).toBeVisible(FIRST_ANSWER);
  await expect(slipMark(page, 'Ikenna')).toHaveCount(0);
  await expect(proofCard(page).getByRole('listitem')).toHaveCount(1);
});

test('when the checker is unavailable the card says so and the analysis goes on', async ({ page }) => {
  await page.route('**/api/proofread', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', headers: { 'Retry-After': '30' }, body: JSON.stringify({ error: 'Proofreading is unavailable right now.' }) }),
  );
  const note = 'Hi Sam, I would like to connect becuase your talk on tracing was great.';
  await noteBox(page).fill(note);
  await waitForFeedback(page, note.length);
  await expect(card(page, 'Intent')).toBeVisible();
  await expect(proofCard(page)).toContainText('Spelling and grammar checks are unavailable on this server right now');
  await expect(slipMark(page, 'becuase')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with slips on screen (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await noteBox(page).fill('hi Sam, i would like to connect becuase your an expert in there field.');
    await expect(slipMark(page, 'becuase')).toBeVisible(FIRST_ANSWER);
    await expect(proofCard(page).getByRole('button', { name: /with because/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations).toEqual([]);
  });
}
