import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fullPageScreenshot } from './screenshots.ts';
import { verdictReady } from './support/ready.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in ${scheme} mode`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(testInfo.project.use.baseURL ?? './');
    // The whole page is checked: the verdict, the charts and the table (each loads on its own).
    await verdictReady(page);
    await expect(page.getByRole('heading', { name: 'Where the answer flips' })).toBeVisible();
    await expect(page.locator('tr[data-offer-id]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
      'aria-pressed',
      scheme === 'dark' ? 'true' : 'false',
    );
    // Open the folded parts too, so their contents are checked.
    for (const d of await page.locator('details').all())
      await d.evaluate((el) => el.setAttribute('open', ''));
    expect(await seriousViolations(page)).toEqual([]);
    await fullPageScreenshot(page, testInfo.outputPath(`a11y-${scheme}.png`));
    await context.close();
  });
}

test('the theme toggle switches to dark and is remembered', async ({ page }) => {
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await verdictReady(page);
  await expect(page.getByRole('heading', { name: 'Where the answer flips' })).toBeVisible();
  await expect(page.locator('tr[data-offer-id]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
