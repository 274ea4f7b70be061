import { expect, test, type Page } from '@playwright/test';
import { verdict, verdictReady } from './support/ready.ts';

async function typeInto(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
}

async function snapshot(page: Page) {
  return {
    requests: await page.getByLabel('Requests', { exact: true }).inputValue(),
    minutes: await page.getByLabel('Minutes', { exact: true }).inputValue(),
    duration: await page.getByLabel('Duration', { exact: true }).inputValue(),
    memory: await page.getByLabel('Memory', { exact: true }).inputValue(),
    cpu: await page.getByLabel('CPU time per request').inputValue(),
    pattern: await page.locator('input[name="pattern"]:checked').inputValue(),
    offers: await page
      .locator('.offer-option input:checked')
      .evaluateAll((els) => els.map((e) => e.parentElement?.textContent)),
    verdict: await verdict(page).locator('.verdict-text').allTextContents(),
    table: await page.locator('tr[data-offer-id] td.money').allTextContents(),
    horizon: await page
      .getByRole('group', { name: 'Horizon' })
      .locator('[aria-pressed="true"]')
      .textContent(),
  };
}

test('Copy link gives a link that restores everything in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await verdictReady(page);
  await typeInto(page, 'Requests', '250');
  await typeInto(page, 'Minutes', '2');
  await typeInto(page, 'Duration', '350');
  await typeInto(page, 'Memory', '1024');
  await typeInto(page, 'CPU time per request', '90');
  await page.getByRole('radio', { name: /Diurnal/ }).check();
  // The picker folds each provider away: open Azure's and Google Cloud's.
  await page.locator('.provider-group summary', { hasText: 'Microsoft Azure' }).click();
  await page.getByRole('checkbox', { name: /Azure Functions Consumption/ }).uncheck();
  await page.locator('.provider-group summary', { hasText: 'Google Cloud' }).click();
  await page.getByRole('checkbox', { name: /Cloud Functions \(1st gen\)/ }).check();
  await page.getByRole('button', { name: 'Week' }).click();
  await expect(page.getByRole('heading', { name: 'Cost over a week' })).toBeVisible();
  await verdictReady(page);
  await expect(page.locator('tr[data-offer-id]').first()).toBeVisible();
  const before = await snapshot(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('n=250');
  expect(link).toContain('pat=diurnal');
  expect(link).toContain('h=week');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Cost over a week' })).toBeVisible();
  await verdictReady(other);
  await expect(other.locator('tr[data-offer-id]').first()).toBeVisible();
  expect(await snapshot(other)).toEqual(before);
  expect(other.url()).toBe(link);
});

test('the address bar follows the scenario', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  await typeInto(page, 'Requests', '777');
  await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('777');
  await page.reload();
  await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('777');
});

test('bad parameters cost only their field, with a notice, and the page still works', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    './?v=1&n=banana&m=10&mem=-5&p=unknown-offer,aws-lambda-arm64,do-basic-1gb&d=1e999&h=week&h=day&zzz=1',
  );
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('n (requests): "banana" is not a number.');
  await expect(notice).toContainText('mem (memory (MB)): -5 is below the minimum of 64.');
  await expect(notice).toContainText('d (duration (ms)): "1e999" is too large.');
  await expect(notice).toContainText('h (horizon): it appears 2 times');
  await expect(notice).toContainText('p (offers): no offer is called "unknown-offer"');
  await expect(notice).not.toContainText('zzz');

  // Defaults for the bad fields, the good ones kept.
  await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('1,000');
  await expect(page.getByLabel('Minutes', { exact: true })).toHaveValue('10');
  await expect(page.getByLabel('Memory', { exact: true })).toHaveValue('512');
  await expect(page.locator('tr[data-offer-id]')).toHaveCount(2);
  await expect(await verdictReady(page)).toContainText('costs');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await typeInto(page, 'Requests', '5000');
  // 5,000 every 10 minutes: 5,000 / 600 s = 8.33 a second.
  await expect(page.getByRole('textbox', { name: 'Requests a second' })).toHaveValue('8.33');
  expect(errors).toEqual([]);
});
