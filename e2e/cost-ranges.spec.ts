/**
 * Cost ranges on the page: bands on the charts, each offer's low–high in the table, the verdict's
 * robustness with its figures, a spread edited on the page and carried by the share link.
 *
 * AWS Lambda (Arm) against the 1 GB droplet, the default workload: 1,000 requests every 5 minutes
 * (1,000 × 12 × 730 = 8.76M a month) of 200 ms at 512 MB (0.1 GB-s each). Lambda: $0.20 per
 * million requests and $0.0000133334 per GB-s after a free 1M requests and 400,000 GB-s:
 *   (8.76M − 1M) × 2e-7 = $1.552; (876,000 − 400,000) × 1.33334e-5 = $6.3467; $7.90 in all,
 * against the droplet's flat $6.00 (its cost moves with none of the inputs).
 */
import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/scenario.ts';
import { DEFAULT_PAGE_SCENARIO } from '../src/engine/default-scenario.ts';
import { encodeScenario } from '../src/url/codec.ts';
import { chartReady, verdictReady } from './support/ready.ts';

const pair: Scenario = {
  ...DEFAULT_PAGE_SCENARIO,
  offers: ['aws-lambda-arm64', 'do-basic-1gb'],
};

/** The verdict's robustness note, once worked out for the scenario in the inputs. */
async function robustnessReady(page: Page) {
  const v = await verdictReady(page);
  const note = v.getByTestId('robustness');
  await expect(note).toHaveAttribute('data-ready', 'true');
  return note;
}

const lambdaRange = (page: Page) =>
  page.locator('tr[data-offer-id="aws-lambda-arm64"] td[data-col="range"]');

test('the verdict says how robust it is, with the figures of each threshold', async ({ page }) => {
  await page.goto(`./?${encodeScenario(pair)}`);
  const note = await robustnessReady(page);
  // Traffic alone: Lambda costs 2e-7 (R − 1e6) + 1.33334e-5 (0.1 R − 400,000) = 1.53334e-6 R
  // − 5.53336, which is $6.00 at R = 11.53336 / 1.53334e-6 = 7,521,724 a month: 7.52M, −14 %.
  // Duration alone (billed by the whole ms): at 167 ms, (4,380 × 167 − 400,000) × 1.33334e-5
  // + 1.552 = $5.97, under $6; at 168 ms $6.03. So up to 167 ms FaaS is cheaper: 16.5 % shorter.
  // Both lie within traffic ±50 % and duration ±30 %: fragile.
  await expect(note).toContainText(
    'Always-on stays cheaper unless traffic falls below 7.52M a month (−14%) or requests get 17% shorter (167 ms).',
  );
  await expect(note).toContainText('Fragile: traffic and duration within their spread');
  // The tornado ranks traffic first: its spread moves the gap most.
  await note.getByText('What moves the verdict').click();
  await expect(note.locator('.tornado li').first()).toHaveAttribute('data-input', 'traffic');
});

test('each line has a band in its colour, and the table each offer’s low–high', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.goto(`./?${encodeScenario(pair)}`);
  await robustnessReady(page);
  const chart = await chartReady(page, 'Where the answer flips');
  // Both lines have a band (duration and CPU time spreads), and today's traffic its strip.
  await expect(chart).toHaveAttribute('data-bands', '2');
  const band = chart.locator('path.cost-band[data-offer-id="aws-lambda-arm64"]');
  await expect(band).toBeVisible();
  // The table's swatch is the line's key, in the line's own colour, whatever the palette.
  const key = page.locator('tr[data-offer-id="aws-lambda-arm64"] svg.swatch line');
  expect(await band.evaluate((el) => getComputedStyle(el).fill)).toBe(
    await key.evaluate((el) => getComputedStyle(el).stroke),
  );
  await expect(chart.locator('rect.x-spread')).toBeVisible();
  const horizon = await chartReady(page, /Cost over a/);
  await expect(horizon).toHaveAttribute('data-bands', '2');
  // Traffic ±50 %, duration ±30 % (Lambda bills the duration, not the CPU time):
  // low at 4.38M of 140 ms: (4.38M − 1M) × 2e-7 = $0.676, 306,600 GB-s within the free 400,000;
  // high at 13.14M of 260 ms: 12.14M × 2e-7 = $2.428 + (1,708,200 − 400,000) × 1.33334e-5
  // = $17.443: $19.87.
  await expect(lambdaRange(page)).toHaveText('$0.68–$19.87');
  await expect(page.locator('tr[data-offer-id="do-basic-1gb"] td[data-col="range"]')).toHaveText(
    'no change',
  );
});

test('a spread edited on the page changes the range and travels in the share link', async ({
  page,
  context,
}) => {
  await page.goto(`./?${encodeScenario(pair)}`);
  const note = await robustnessReady(page);
  await expect(lambdaRange(page)).toHaveText('$0.68–$19.87');
  await note.getByText('What moves the verdict').click();
  await note.getByLabel('Traffic spread').fill('10');
  // Traffic ±10 %: low at 7.884M of 140 ms: 6.884M × 2e-7 = $1.377 + (551,880 − 400,000)
  // × 1.33334e-5 = $2.025: $3.40; high at 9.636M of 260 ms: 8.636M × 2e-7 = $1.727
  // + (1,252,680 − 400,000) × 1.33334e-5 = $11.369: $13.10.
  await expect(lambdaRange(page)).toHaveText('$3.40–$13.10');
  await robustnessReady(page);
  // The link carries the spread (sn) and a new page restores it, with the same range.
  await expect(page).toHaveURL(/[?&]sn=10(&|$)/);
  const again = await context.newPage();
  await again.goto(page.url());
  const restored = await robustnessReady(again);
  await restored.getByText('What moves the verdict').click();
  await expect(restored.getByLabel('Traffic spread')).toHaveValue('10');
  await expect(lambdaRange(again)).toHaveText('$3.40–$13.10');
});
