/** Keyboard use a person relies on: a dialog closed with Escape gives focus back where it was. */
import { expect, test } from '@playwright/test';
import { verdictReady } from './support/ready.ts';

test('Escape closes the Embed dialog and focus returns to the Embed button', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  const embed = page.getByRole('button', { name: 'Embed' });
  await embed.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(embed).toBeFocused();
});
