import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { verdict, verdictReady } from './support/ready.ts';

const FIXTURES = join(import.meta.dirname, '../src/traffic/fixtures');

test('import an access log: preview, use it, and the share link restores the same figures', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await verdictReady(page);
  const before = await verdict(page).getAttribute('data-scenario');

  await page.getByRole('button', { name: 'Import traffic…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import traffic' });
  await expect(dialog.getByText('nothing leaves your machine')).toBeVisible();
  await dialog.getByLabel('Traffic file').setInputFiles(join(FIXTURES, 'nginx-combined.log'));

  // The fixture's figures (src/traffic/importer.test.ts): 5 requests over 2 hours → 1,825 a
  // month; mean 300 ms; one malformed line named with its rule.
  await expect(dialog.getByTestId('import-requests-per-month')).toHaveText('1,825');
  await expect(dialog.getByText('line 4: no [time] field')).toBeVisible();
  await expect(dialog.getByText('300 ms', { exact: true })).toBeVisible();
  // Nothing changes until the user confirms.
  expect(await verdict(page).getAttribute('data-scenario')).toBe(before);

  await dialog.getByRole('button', { name: 'Use this traffic' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('radio', { name: /Imported week/ })).toBeChecked();
  const v = await verdictReady(page);
  const scenario = await v.getAttribute('data-scenario');
  expect(scenario).not.toBe(before);
  expect(scenario).toContain('pat=custom');
  expect(scenario).toContain('wk=1');
  // 1,825 requests a month = 2.5 requests every 60 minutes, 300 ms each.
  await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('2.5');
  await expect(page.getByLabel('Minutes', { exact: true })).toHaveValue('60');
  await expect(page.getByLabel('Duration', { exact: true })).toHaveValue('300');
  const figures = await v.locator('.verdict-text').allTextContents();
  const table = await page.locator('tr[data-offer-id] td.money').allTextContents();

  await expect.poll(() => new URL(page.url()).searchParams.get('pat')).toBe('custom');
  const other = await context.newPage();
  await other.goto(page.url());
  const again = await verdictReady(other);
  expect(await again.getAttribute('data-scenario')).toBe(scenario);
  expect(await again.locator('.verdict-text').allTextContents()).toEqual(figures);
  await expect(other.locator('tr[data-offer-id]').first()).toBeVisible();
  expect(await other.locator('tr[data-offer-id] td.money').allTextContents()).toEqual(table);
  await expect(other.getByRole('radio', { name: /Imported week/ })).toBeChecked();
});

test('a file that is no traffic is refused with a message, and the scenario stays', async ({
  page,
}) => {
  await page.goto('./');
  await verdictReady(page);
  const before = await verdict(page).getAttribute('data-scenario');
  await page.getByRole('button', { name: 'Import traffic…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import traffic' });
  await dialog.getByLabel('Or paste it').fill('hello\nthis is not traffic\n');
  await dialog.getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The format was not recognised');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await verdict(page).getAttribute('data-scenario')).toBe(before);
});

test('Import traffic opened first is a framed dialog, its paste box as wide as the dialog', async ({
  page,
}) => {
  // Each dialog is its own chunk; the frame they share must come with either, not only with Embed.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await verdictReady(page);
  await page.getByRole('button', { name: 'Import traffic…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import traffic' });
  await expect(dialog.getByText('nothing leaves your machine')).toBeVisible();
  const frame = await dialog.boundingBox();
  const paste = await dialog.getByLabel('Or paste it').boundingBox();
  // At most 760 px wide (src/lib/ui/dialog.css), not the width of the page...
  expect(frame?.width).toBeLessThanOrEqual(760);
  // ...and the paste box fills it (less the dialog's padding), not a 20-column default.
  expect(paste?.width).toBeGreaterThan((frame?.width ?? 0) * 0.8);
});
