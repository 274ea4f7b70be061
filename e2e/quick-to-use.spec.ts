/**
 * A page that is quick to use: the results one key press away, number boxes that show their
 * whole value, the same colour and marker for an offer in every scenario, and a compact widget.
 */
import { expect, test } from '@playwright/test';
import { chartReady, verdictReady } from './support/ready.ts';

test('Tab once from the top, Enter: focus is in the results', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to results' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('#results') !== null))
    .toBe(true);
  // The next Tab lands on something inside the results, not back in the inputs.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('#results') !== null)).toBe(
    true,
  );
});

for (const width of [390, 1280]) {
  test(`at ${width} px every number box shows its whole value`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await verdictReady(page);
    const boxes: Array<[string, string, string]> = [
      ['Requests', '50000000', '50,000,000'],
      ['Minutes', '43800', '43,800'],
      ['Duration', '3600000', '3,600,000'],
      ['Memory', '10240', '10,240'],
    ];
    for (const [label, typed, shown] of boxes) {
      const box = page.getByLabel(label, { exact: true });
      await box.fill(typed);
      await box.blur();
      await expect(box).toHaveValue(shown);
      const fit = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(fit.scroll, `${label} shows "${shown}" whole`).toBeLessThanOrEqual(fit.client);
    }
  });
}

test('an offer keeps its colour and marker in another scenario, whatever its rank', async ({
  page,
}) => {
  // The legend key (line colour, dash and marker shape) of an offer in the break-even chart.
  const key = async (label: string) => {
    const card = await chartReady(page, 'Where the answer flips');
    const item = card.locator('.legend li').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
    return item.locator('svg').innerHTML();
  };
  const arm = 'AWS Lambda \\(Arm\\)';
  // The default comparison (seven offers, a thousand requests every five minutes) …
  await page.goto('./');
  const first = await key(arm);
  // … and another, where Lambda (Arm) is the dearer FaaS: long waits on little CPU, which
  // Workers does not bill (CLI, same link: Workers $18.92, Lambda (Arm) $155.26 a month).
  await page.goto(
    './?v=1&n=1000&m=1&d=2000&c=5&mem=128&p=aws-lambda-arm64,aws-lambda-x86,cloudflare-workers-standard,aws-ec2-t3-micro',
  );
  expect(await key(arm)).toBe(first);
  // Its x86 twin, drawn beside it, looks different.
  expect(await key('AWS Lambda \\(x86\\)')).not.toBe(first);
});
