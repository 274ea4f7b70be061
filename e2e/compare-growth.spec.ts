/**
 * The what-ifs on the page: scenario B beside A, whose share link restores both, and the growth
 * chart with the month the answer flips.
 *
 * Figures are worked out by hand from the catalog's rates (the same working as
 * scripts/cost-ranges.test.ts): AWS Lambda (Arm) $0.20 per million requests after 1M free and
 * $0.0000133334 per GB-s after 400,000 free; DigitalOcean 1 GB $6.00 a month. The workload is the
 * default one (1,000 requests every 5 minutes = 8,760,000 a month, 200 ms, 512 MB).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeScenario, encodeScenario } from '../src/url/codec.ts';
import { chartReady, verdictReady } from './support/ready.ts';

/** The page's default scenario (an empty link) comparing two offers. */
const PAIR = { ...decodeScenario('').scenario, offers: ['aws-lambda-arm64', 'do-basic-1gb'] };

/** The compare card once it shows B's figures for the scenario in the inputs. */
async function compareReady(page: Page, changes: string): Promise<Locator> {
  const v = await verdictReady(page);
  const card = page.getByRole('region', { name: 'Scenario A against B' });
  await expect(card).toHaveAttribute(
    'data-scenario',
    (await v.getAttribute('data-scenario')) ?? '',
  );
  await expect(card).toHaveAttribute('data-compare', changes);
  return card;
}

/** A row of the compare table: offer, A, B, Δ, Δ%. */
async function row(card: Locator, offer: string): Promise<string[]> {
  const r = card.getByRole('row', { name: new RegExp(`^${offer.replace(/[()]/g, '\\$&')} `) });
  return (await r.locator('th, td').allTextContents()).map((t) => t.trim());
}

test('compare: B made on the page travels in the share link and reopens with the same figures', async ({
  page,
  context,
}) => {
  await page.goto(`./?${encodeScenario(PAIR)}`);
  await verdictReady(page);
  await page.getByRole('button', { name: 'Compare with…' }).click();
  await page.getByLabel('B: memory').fill('1024');
  const card = await compareReady(page, 'mem=1024');

  // A, 512 MB: 7.76M × $0.20/M = $1.552; 876,000 GB-s − 400,000 free = 476,000 × $0.0000133334
  // = $6.3466984; total $7.8986984 → $7.90.
  // B, 1,024 MB: $1.552 + (1,752,000 − 400,000) × $0.0000133334 = $18.0267568; total
  // $19.5787568 → $19.58. Δ = $11.6800584 → +$11.68; Δ% = 11.68 / 7.8987 = 1.479 → +148%.
  const lambda = ['AWS Lambda (Arm)', '$7.90', '$19.58', '+$11.68', '+148%'];
  // DigitalOcean 1 GB: memory is a FaaS setting (a server holds each request's working set), so
  // $6.00 in both.
  const droplet = ['DigitalOcean 1 GB', '$6.00', '$6.00', '$0.00', '0%'];
  expect(await row(card, 'AWS Lambda (Arm)')).toEqual(lambda);
  expect(await row(card, 'DigitalOcean 1 GB')).toEqual(droplet);
  await expect(card.getByTestId('compare-verdict-a')).toContainText('DigitalOcean 1 GB');
  await expect(card.getByTestId('compare-verdict-b')).toContainText('$19.58');

  // The address bar carries B under versioned b. keys; a new page restores A and B.
  await expect(page).toHaveURL(/[?&]b\.mem=1024(&|$)/);
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  const again = await compareReady(other, 'mem=1024');
  expect(await row(again, 'AWS Lambda (Arm)')).toEqual(lambda);
  expect(await row(again, 'DigitalOcean 1 GB')).toEqual(droplet);

  // Removing B returns to the plain page and link.
  await other.getByRole('button', { name: 'Remove B' }).click();
  await expect(other.getByRole('region', { name: 'Scenario A against B' })).toHaveCount(0);
  await expect(other).not.toHaveURL(/b\./);
  await expect(other.getByRole('button', { name: 'Compare with…' })).toBeVisible();
});

test('growth: the chart marks the month the cheapest answer flips and says it', async ({
  page,
}) => {
  // Month 1 is the calendar month of the reader's clock: fix it so the month's name is known.
  await page.clock.setFixedTime(new Date('2026-12-15T12:00:00Z'));
  // 100 requests every 5 minutes = 876,000 a month: Lambda is inside its free tier ($0.00) and
  // cheaper than the $6.00 droplet.
  await page.goto(
    `./?${encodeScenario({ ...PAIR, workload: { requests: 100, everyMinutes: 5 } })}`,
  );
  await verdictReady(page);
  await page.getByRole('button', { name: 'Growth over time' }).click();
  const rate = page.getByLabel('Traffic growth a month');
  await rate.fill('50');
  await expect(page).toHaveURL(/[?&]gr=50(&|$)/);
  const card = await chartReady(page, 'Cost as traffic grows');
  // Lambda costs $6.00 at 7,521,724 requests a month (scripts/cost-ranges.test.ts:
  // 2e-7 R − 0.2 + 1.33334e-6 R − 5.33336 = 6). At +50 % a month, month k has
  // 876,000 × 1.5^(k−1): month 6 has 6,652,125 (Lambda $4.67), month 7 9,978,187.5 (Lambda
  // (8,978,187.5 × 2e-7 = $1.80) + (997,818.75 − 400,000) × 1.33334e-5 = $7.97, $9.77 in all):
  // from month 7 (June 2027 when month 1 is December 2026) the droplet is cheaper.
  await expect(card.getByTestId('growth-flip')).toHaveText(
    'At +50% a month, AWS Lambda (Arm) stops being cheapest in month 7 (Jun 2027, 9.98M requests a month): from then on DigitalOcean 1 GB is cheaper.',
  );
  await expect(card.locator('.workload-line text')).toHaveText('Flips: month 7');
  // Lambda's bill runs from $0 (month 1, free tier) and $0.0628 (month 2: 1,314,000 requests,
  // 314,000 over the free million × $0.20/M; 131,400 GB-s, inside the 400,000 free) to $110.65
  // (month 12: 876,000 × 1.5^11 = 75,772,000 requests: 74.772M × $0.20/M = $14.95, and 7,577,200
  // − 400,000 GB-s × $0.0000133334 = $95.70). Over 100× apart, so the cost axis is a log scale,
  // with a tick at each power of ten from $0.01 (below $0.0628) to $1,000 (above $110.65).
  await expect(card.getByText(/The cost axis is a log scale/)).toBeVisible();
  await expect(
    card.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
  ).toHaveText(['$0.01', '$0.10', '$1', '$10', '$100', '$1k']);

  // 24 months, reopened from the link: the same flip.
  await card.getByRole('button', { name: '24 months' }).click();
  await expect(page).toHaveURL(/[?&]gr=50&gm=24(&|$)/);
  await page.goto(page.url());
  const reopened = await chartReady(page, 'Cost as traffic grows');
  await expect(reopened.getByTestId('growth-flip')).toContainText('in month 7 (Jun 2027');

  // Shrinking traffic that never makes the server cheaper: it says so.
  await reopened.getByLabel('Traffic growth a month').fill('-5');
  await expect(reopened.getByTestId('growth-flip')).toHaveText(
    // 876,000 shrinking stays inside Lambda's free tier: $0.00 every month against $6.00. Month 24
    // has 876,000 × 0.95^23 = 269,245 requests.
    /^At −5% a month, FaaS stays cheapest for all 24 months, up to 269k requests a month in Nov 2028: the answer never flips\.$/,
  );
});

test('compare: B on a 1-year commitment shows what reserving the server would save', async ({
  page,
}) => {
  await page.goto(
    `./?${encodeScenario({ ...PAIR, offers: ['aws-lambda-arm64', 'aws-ec2-t3-small'] })}`,
  );
  await verdictReady(page);
  await page.getByRole('button', { name: 'Compare with…' }).click();
  await page.getByLabel('B: commitment').selectOption({ label: '1-year commitment, no upfront' });
  const card = await compareReady(page, 'cmt=1y');
  // One t3.small (3.3 % busy) with its public IPv4 address (730 h × $0.005 = $3.65) and 8 GB gp3
  // root disk (8 × $0.08 = $0.64). A, on demand: 730 h × $0.0208 = $15.184, so $19.474 → $19.47.
  // B, on the 1-year Standard Reserved Instance, no upfront: 730 h × $0.013 = $9.49, so $13.78.
  // Δ = −$5.694 → −$5.69; Δ% = −5.694 / 19.474 = −29.2 % → −29%. Lambda has no commitment on
  // the always-on side: $7.90 in both.
  expect(await row(card, 'EC2 t3.small')).toEqual([
    'EC2 t3.small',
    '$19.47',
    '$13.78',
    '−$5.69',
    '−29%',
  ]);
  await expect(page).toHaveURL(/[?&]b\.cmt=1y(&|$)/);
});
