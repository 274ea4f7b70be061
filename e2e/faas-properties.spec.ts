/**
 * FaaS properties in the page: external state as its own line and verdict sentence, cold-start and state
 * options restored from a share link (a bad value costs only its field), and the scheduled-job preset.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editCatalogFile } from './support/catalog.ts';
import { verdict, verdictReady } from './support/ready.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openFaasOptions(page: Page) {
  await page.getByText(/^FaaS options/).click();
  await expect(page.getByRole('group', { name: 'Cold starts' })).toBeVisible();
}

test('external state: 2 reads and 1 write a request show as a line and in the verdict', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await expect(await verdictReady(page)).toContainText('costs');
  await openFaasOptions(page);
  await page.getByLabel('Store', { exact: true }).selectOption('dynamodb');
  await page.getByLabel('Reads per request', { exact: true }).fill('2');
  await page.getByLabel('Writes per request', { exact: true }).fill('1');

  const lambda = page.locator('tr.detail-row').filter({ hasText: 'Line items for AWS Lambda' });
  await lambda.getByText(/^Line items for AWS Lambda/).click();
  await expect(lambda.getByRole('rowheader', { name: /External state: DynamoDB/ })).toBeVisible();
  await expect(verdict(page)).toContainText('External state (DynamoDB');
  await expect(page.locator('tr.detail-row .cold-start-note').first()).toContainText(
    'Cold starts:',
  );
  await expect.poll(() => page.url()).toContain('xs=dynamodb');
  expect(page.url()).toContain('xr=2');
  expect(page.url()).toContain('xw=1');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dark mode' }).click();

  await verdict(page).screenshot({ path: testInfo.outputPath('state-verdict.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('group', { name: 'Cold starts' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('faas-options-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('group', { name: 'External state' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('faas-options-390.png') });
});

test('a bad platform.json is named, and the calculator still prices without it', async ({
  page,
}) => {
  await editCatalogFile(page, 'platform.json', (json) => {
    const first = (json as { coldStarts: Record<string, unknown>[] }).coldStarts[0];
    if (first) first.keepAliveMinutes = 'ten';
    return json;
  });
  await page.goto('./');
  await expect(await verdictReady(page)).toContainText('costs');
  const note = page.getByRole('status').filter({
    hasText:
      'FaaS prices leave out cold starts, external state, schedulers and scaling limits: platform.json has a problem.',
  });
  await expect(note).not.toContainText('Some prices were left out');
  await expect(note).toContainText('coldStarts[0].keepAliveMinutes');
  await expect(note).toContainText(
    'cold starts, external state, schedulers and scaling limits are left out',
  );
  await openFaasOptions(page);
  await expect(page.locator('#cs-ka-hint')).toContainText('none known for the chosen offers');
});

test('a share link with the cold-start, state and trigger keys restores them; a bad one costs only its field', async ({
  page,
}) => {
  await page.goto(
    './?v=1&n=1000&m=30&d=200&c=20&mem=512&arr=bursts&ka=20&init=400&rt=python&csc=1&xs=s3&xr=3&xw=1&p=aws-lambda-arm64,do-basic-1gb',
  );
  await expect(await verdictReady(page)).toContainText('costs');
  await expect(page.getByRole('status').filter({ hasText: /ka|init|xs/ })).toHaveCount(0);
  await openFaasOptions(page);
  await expect(page.getByLabel('How each batch of requests arrives', { exact: true })).toHaveValue(
    'bursts',
  );
  await expect(page.getByLabel('Runtime', { exact: true })).toHaveValue('python');
  await expect(page.getByLabel('Start-up (INIT) time', { exact: true })).toHaveValue('400');
  await expect(page.getByLabel('Idle keep-alive (estimate)', { exact: true })).toHaveValue('20');
  await expect(
    page.getByRole('checkbox', { name: 'Add billed start-up (INIT) time to the totals' }),
  ).toBeChecked();
  await expect(page.getByLabel('Store', { exact: true })).toHaveValue('s3');
  await expect(page.getByLabel('Reads per request', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Writes per request', { exact: true })).toHaveValue('1');
  // A burst every 30 minutes outlives a 20-minute keep-alive: every burst starts cold.
  await expect(page.locator('tr.detail-row .cold-start-note').first()).toContainText('~400 ms');
  // Bursts of 1,000 need 1,000 × 20 ms ÷ 200 ms = 100 vCPU at once on a server (143 droplets at
  // 70%), so the verdict words external state as "Even with external state (S3 …)".
  await expect(verdict(page)).toContainText(/external state \(S3/i);
  await expect(verdict(page)).toContainText('Billed start-up time of cold starts adds');
  await verdict(page).getByText('What this rests on').click();
  await expect(verdict(page)).toContainText(
    'an idle instance is assumed to stay warm for 20 minutes (your figure)',
  );

  await page.goto('./?v=1&ka=0&xs=mongo&xr=2&p=aws-lambda-arm64,do-basic-1gb');
  const notice = page.getByRole('status').filter({ hasText: 'ka (keep-alive (minutes))' });
  await expect(notice).toContainText('0 must be more than 0');
  await expect(
    page.getByRole('status').filter({ hasText: 'xs (external state store)' }),
  ).toBeVisible();
  await expect(await verdictReady(page)).toContainText('costs');
  await openFaasOptions(page);
  await expect(page.getByLabel('Idle keep-alive (estimate)', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Store', { exact: true })).toHaveValue('none');
});

test('the scheduled-job preset: every 60 minutes for 30 s, with its own verdict', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await expect(await verdictReady(page)).toContainText('costs');
  await page.getByRole('button', { name: 'Scheduled job (timer)' }).click();
  await page.getByLabel('Run every (minutes)', { exact: true }).fill('60');
  await page.getByLabel('Run for (seconds)', { exact: true }).fill('30');
  await page.screenshot({ path: testInfo.outputPath('timer-form-1280.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Use this schedule' }).click();
  await expect(verdict(page)).toContainText('A job every 60 minutes for 30 s');
  await verdict(page).screenshot({ path: testInfo.outputPath('timer-verdict.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page
    .locator('#workload')
    .screenshot({ path: testInfo.outputPath('timer-workload-390.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(verdict(page)).toContainText('a server that only runs this job');
  await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('Minutes', { exact: true })).toHaveValue('60');
  await expect.poll(() => page.url()).toContain('trig=schedule');
  expect(page.url()).toContain('arr=bursts');
  await page.getByRole('button', { name: 'Back to HTTP requests' }).click();
  await expect(verdict(page)).not.toContainText('A job every');
});
