import { expect, test } from '@playwright/test';
import { editCatalogFile } from './support/catalog.ts';
import { verdict, verdictReady } from './support/ready.ts';

test('EUR: € figures with the dated rate once, kept in the share link and on reload', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await verdictReady(page);
  await expect(verdict(page).locator('.verdict-text').first()).toContainText('$');
  await page.getByLabel('Show in').selectOption('EUR');

  // The verdict and the table read in euros; the rate's date (and source link) sits beside them.
  await verdictReady(page);
  await expect(verdict(page).locator('.verdict-text').first()).toContainText('€');
  await expect(verdict(page).locator('.verdict-text').first()).not.toContainText('$');
  const rate = verdict(page).getByRole('link', { name: /ECB rate of 8 Oct 2026/ });
  await expect(rate).toHaveAttribute('href', /ecb\.europa\.eu/);
  const cells = page.locator('tr[data-offer-id] td.money');
  await expect(cells.first()).toContainText('€');
  await expect(page.locator('.results .rate-note')).toContainText('ECB rate of 8 Oct 2026');
  await expect(page.locator('body')).not.toContainText('NaN');
  await expect(page).toHaveURL(/[?&]cur=EUR(&|$)/);
  const before = await cells.allTextContents();

  await verdict(page).screenshot({ path: testInfo.outputPath('currency-verdict-1280.png') });
  await page.screenshot({ path: testInfo.outputPath('currency-1280.png') });

  // The share link brings EUR back.
  await page.reload();
  await verdictReady(page);
  await expect(page.getByLabel('Show in')).toHaveValue('EUR');
  await expect(verdict(page).locator('.verdict-text').first()).toContainText('€');
  await expect(cells.first()).toContainText('€');
  expect(await cells.allTextContents()).toEqual(before);

  await page.setViewportSize({ width: 390, height: 844 });
  await verdict(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('currency-390.png') });
});

test('EUR link without fx.json: figures fall back to USD with a notice', async ({ page }) => {
  await editCatalogFile(page, 'fx.json', () => undefined);
  await page.goto('./?v=1&n=1000&m=5&cur=EUR');
  await verdictReady(page);
  await expect(verdict(page).getByRole('status')).toContainText(
    'No EUR exchange rate could be loaded, so figures are shown in USD.',
  );
  await expect(verdict(page).locator('.verdict-text').first()).toContainText('$');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('cur=XYZ in a link: a notice names it and figures stay in USD', async ({ page }) => {
  await page.goto('./?v=1&n=1000&m=5&cur=XYZ');
  await verdictReady(page);
  await expect(
    page.getByText(/cur \(display currency\): "XYZ" is not one of USD, EUR, GBP/),
  ).toBeVisible();
  await expect(page.getByLabel('Show in')).toHaveValue('USD');
  await expect(verdict(page).locator('.verdict-text').first()).toContainText('$');
});
