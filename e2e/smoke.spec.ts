import { expect, test } from '@playwright/test';

test('the page loads in Chromium with a Breakeven heading and no console errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));

  const response = await page.goto('./');
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole('heading', { name: /Breakeven/ }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});
