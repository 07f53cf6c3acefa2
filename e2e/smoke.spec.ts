import { expect, test } from '@playwright/test';

test('the home page loads with its heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'notecoach' })).toBeVisible();
});
