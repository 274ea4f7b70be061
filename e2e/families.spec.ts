/**
 * Instance families in the offer picker: a family is one checkbox priced at its cheapest size that
 * fits, the verdict names what was picked, a size chosen beside it is pinned in the share link, and
 * a family's line keeps its colour in every scenario.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/scenario.ts';
import { DEFAULT_PAGE_SCENARIO } from '../src/engine/default-scenario.ts';
import { encodeScenario } from '../src/url/codec.ts';
import { chartReady, verdictReady } from './support/ready.ts';

const link = (s: Partial<Scenario>) => `./?${encodeScenario({ ...DEFAULT_PAGE_SCENARIO, ...s })}`;

/** "EC2 t4g: 2 × t4g.medium" as the verdict names the family's pick. */
const T4G_PICK = /EC2 t4g: (\d[\d,]*) × (t4g\.\w+)/;

async function openProvider(page: Page, name: string) {
  const summary = page.locator('.provider-group > summary', { hasText: name });
  await summary.click();
  await expect(summary.locator('..')).toHaveAttribute('open', '');
}

async function t4gPick(page: Page): Promise<string> {
  const v = await verdictReady(page);
  await expect(v).toContainText(T4G_PICK);
  return T4G_PICK.exec((await v.textContent()) ?? '')?.[0] ?? '';
}

test('a family ticked is priced at its cheapest size that fits, re-picked as the workload grows', async ({
  page,
}) => {
  await page.goto(link({ offers: ['aws-lambda-arm64'] }));
  await verdictReady(page);
  await openProvider(page, 'AWS');
  await page.getByRole('checkbox', { name: /EC2 t4g/ }).check();
  const small = await t4gPick(page);
  // The table names the same pick on the family's row.
  await expect(page.locator('tr[data-offer-id="aws-ec2-t4g"] th')).toContainText(small);
  // A thousand times the requests (a million every 5 minutes, 200 ms of CPU each: about 670
  // vCPU busy) needs far more than the one or two instances the first pick had.
  const requests = page.getByLabel('Requests', { exact: true });
  await requests.fill('1000000');
  await requests.blur();
  await expect(page.locator('.verdict')).not.toContainText(small);
  const big = await t4gPick(page);
  expect(big).not.toBe(small);
  const count = (s: string) => Number((T4G_PICK.exec(s)?.[1] ?? '0').replace(/,/g, ''));
  expect(count(big)).toBeGreaterThan(count(small));
});

test('a size chosen beside a family is pinned, and sticks after reloading the share link', async ({
  page,
}) => {
  await page.goto(link({ offers: ['aws-lambda-arm64', 'aws-ec2-t4g'] }));
  await verdictReady(page);
  await openProvider(page, 'AWS');
  const size = page.getByLabel('Size of EC2 t4g');
  await expect(size).toHaveValue('');
  await size.selectOption({ label: 't4g.medium' });
  await expect(page.locator('.verdict')).toContainText(/EC2 t4g: \d+ × t4g\.medium/);
  await expect.poll(() => page.url()).toContain('pin=aws-ec2-t4g-medium');
  await page.goto(page.url());
  await expect(await verdictReady(page)).toContainText(/EC2 t4g: \d+ × t4g\.medium/);
  await expect(page.getByLabel('Size of EC2 t4g')).toHaveValue('aws-ec2-t4g-medium');
  await expect(page.locator('.provider-group > summary', { hasText: 'AWS' })).toContainText(
    'EC2 t4g (t4g.medium)',
  );
});

test('an old link’s size id still prices exactly that size', async ({ page }) => {
  await page.goto(link({ offers: ['aws-lambda-arm64', 'aws-ec2-t4g-medium'] }));
  const v = await verdictReady(page);
  await expect(v).toContainText('EC2 t4g.medium');
  await expect(page.locator('tr[data-offer-id="aws-ec2-t4g-medium"]')).toBeVisible();
});

test('a family’s line has the same stroke in two scenarios, and no two series look alike', async ({
  page,
}) => {
  const stroke = async () => {
    const card = await chartReady(page, 'Where the answer flips');
    const keys = await card
      .locator('.legend li svg')
      .evaluateAll((els) => els.map((e) => e.innerHTML));
    expect(new Set(keys).size, 'every legend key differs').toBe(keys.length);
    return card.locator('.series-aws-ec2-t4g .recharts-line-curve').getAttribute('stroke');
  };
  await page.goto(link({ offers: ['aws-lambda-arm64', 'aws-ec2-t4g', 'do-basic'] }));
  const first = await stroke();
  expect(first).toMatch(/^#[0-9a-f]{6}$/i);
  // Another scenario, where the family ranks differently among other offers.
  await page.goto(
    link({
      offers: [
        'cloudflare-workers-standard',
        'aws-lambda-x86',
        'gcp-e2',
        'aws-ec2-t4g',
        'aws-ec2-t3',
      ],
      workload: { requests: 200, everyMinutes: 1 },
      durationMs: 900,
    }),
  );
  expect(await stroke()).toBe(first);
});
