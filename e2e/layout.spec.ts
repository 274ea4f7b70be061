/**
 * Layout regressions a person would see: every control inside its panel and nothing wider than a
 * phone's screen, with the options open and an error showing.
 */
import { expect, test, type Page } from '@playwright/test';
import { verdictReady } from './support/ready.ts';

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const width of [390, 1280]) {
  test(`at ${width} px the FaaS options and a field error stay inside the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await verdictReady(page);
    await page.getByText(/^FaaS options/).click();
    const arrivals = page.getByLabel('How each batch of requests arrives');
    await expect(arrivals).toBeVisible();
    // The select and its label share the panel's width (a floated legend once squeezed this row
    // into a column of zero width, with the label wrapped a few letters a line).
    const panel = await page.getByRole('group', { name: 'Cold starts' }).boundingBox();
    const select = await arrivals.boundingBox();
    const label = await page.getByText('How each batch of requests arrives').boundingBox();
    if (!panel || !select || !label) throw new Error('the cold-start options are not laid out');
    expect(select.width).toBeGreaterThan(panel.width * 0.6);
    expect(select.x + select.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
    expect(label.height).toBeLessThan(50);
    const frontDoor = await page.getByLabel('Front door').boundingBox();
    const options = await page.locator('.offer-options').boundingBox();
    if (!frontDoor || !options) throw new Error('no front door select');
    expect(frontDoor.x + frontDoor.width).toBeLessThanOrEqual(options.x + options.width + 1);

    const requests = page.getByLabel('Requests', { exact: true });
    await requests.fill('12abc');
    await expect(page.getByRole('alert')).toContainText('The results keep 1,000.');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}

test('the what-if buttons stand apart, not border to border', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  const bar = page.getByRole('group', { name: 'What if' });
  const compare = await bar.getByRole('button', { name: 'Compare with…' }).boundingBox();
  const growth = await bar.getByRole('button', { name: 'Growth over time' }).boundingBox();
  if (!compare || !growth) throw new Error('the what-if buttons are not laid out');
  // Side by side on one row, with the spacing scale's smallest gap (--space-2, 0.5rem) between.
  expect(growth.x - (compare.x + compare.width)).toBeGreaterThanOrEqual(4);
});

test('the printed report leaves out the what-if buttons, and keeps the verdict and the table', async ({
  page,
}) => {
  await page.goto('./');
  const verdict = await verdictReady(page);
  await expect(page.locator('tr[data-offer-id]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('group', { name: 'What if' })).toBeHidden();
  await expect(verdict).toBeVisible();
  await expect(page.locator('tr[data-offer-id]').first()).toBeVisible();
});
