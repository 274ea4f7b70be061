import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatMoney as formatUsd } from '../src/describe/format.ts';
import { DEFAULT_OFFER_IDS } from '../src/scenario/spec.ts';
import { fullPageScreenshot } from './screenshots.ts';
import { editCatalogFile } from './support/catalog.ts';
import { chartReady, verdict, verdictReady } from './support/ready.ts';

interface CliResult {
  offerId: string;
  /** Null only for an offer not priced in the region. */
  totalUsd: number | null;
}

/** The CLI's numbers for a scenario, from the same engine and catalog. */
function cli(args: string[]): CliResult[] {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/cost.ts', ...args, '--format', 'json'],
    { encoding: 'utf8' },
  );
  return (JSON.parse(out) as { results: CliResult[] }).results;
}

async function typeInto(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value, { delay: 20 });
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

test('the article’s workload, typed in as a person would, gives the CLI’s numbers', async ({
  page,
}, testInfo) => {
  // Start somewhere else, so every number below is typed.
  await page.goto('./?v=1&n=10&m=1&d=50&c=d&mem=128');
  await verdictReady(page);
  await typeInto(page, 'Requests', '1,000');
  await typeInto(page, 'Minutes', '5');
  await typeInto(page, 'Duration', '200');
  await typeInto(page, 'Memory', '512');
  // 1,000 every 5 minutes: 3.33 a second, 288,000 a day, 8,760,000 a month (730 h).
  await expect(page.getByRole('textbox', { name: 'Requests a second' })).toHaveValue('3.33');
  await expect(page.getByText(/requests a second on average/)).toContainText('288k a day');
  await expect(page.getByRole('textbox', { name: 'Requests a month' })).toHaveValue('8,760,000');

  // CPU time was left empty ("the whole duration"), which is 200 ms.
  const results = cli([
    '--requests',
    '1000',
    '--every-minutes',
    '5',
    '--duration-ms',
    '200',
    '--memory-mb',
    '512',
    '--cpu-ms',
    '200',
    '--offers',
    DEFAULT_OFFER_IDS.join(','),
  ]);
  // The workload sentence follows each keystroke at once; the results a deferred render later.
  await verdictReady(page);
  const text = (await verdict(page).locator('.verdict-text').first().textContent()) ?? '';
  const shown = [...text.matchAll(/(?:< )?\$\d[\d,]*(?:\.\d\d)?/g)].map((m) => m[0]);
  expect(shown.length).toBe(2);
  // Each figure in the verdict is one of the CLI's totals, formatted the page's way.
  const cliFormatted = results.map((r) => formatUsd(r.totalUsd ?? NaN));
  for (const s of shown) expect(cliFormatted).toContain(s);

  // The page's own share link, given to the CLI, prints the same numbers.
  await expect.poll(() => new URL(page.url()).searchParams.get('mem')).toBe('512');
  const viaUrl = cli(['--url', page.url()]);
  expect(viaUrl.map((r) => [r.offerId, r.totalUsd])).toEqual(
    results.map((r) => [r.offerId, r.totalUsd]),
  );

  // The results table agrees with the CLI offer by offer. An offer that cannot run this workload
  // (Workers caps memory at 128 MB) says so, its figure de-emphasised beside it.
  for (const r of results) {
    const row = page.locator(`tr[data-offer-id="${r.offerId}"]`);
    const cell = row.locator('td[data-col="month"]');
    if ((await row.getAttribute('data-can-run')) === 'no')
      await expect(cell).toHaveText(`Cannot run priced at ${formatUsd(r.totalUsd ?? NaN)}`);
    else await expect(cell).toHaveText(formatUsd(r.totalUsd ?? NaN));
  }
  await expect(page.locator('tr[data-offer-id="cloudflare-workers-standard"]')).toHaveAttribute(
    'data-can-run',
    'no',
  );

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('heading', { name: 'Where the answer flips' })).toBeVisible();
  await fullPageScreenshot(page, testInfo.outputPath('calculator-1280.png'));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('calculator-390.png') });
  await fullPageScreenshot(page, testInfo.outputPath('calculator-390-full.png'));
});

test('the horizon toggle changes the cost-over-time chart', async ({ page }) => {
  await page.goto('./');
  const card = await chartReady(page, /^Cost over a/);
  await expect(page.getByRole('img', { name: /Cumulative cost over a month/ })).toBeVisible();
  const line = card.locator('.recharts-line-curve').first();
  const monthPath = await line.getAttribute('d');
  const summary = page.getByTestId('horizon-summary');
  const monthText = await summary.textContent();

  await page.getByRole('group', { name: 'Horizon' }).getByRole('button', { name: 'Week' }).click();
  await expect(page.getByRole('heading', { name: 'Cost over a week' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Cumulative cost over a week/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Week' })).toHaveAttribute('aria-pressed', 'true');
  await expect(line).not.toHaveAttribute('d', monthPath ?? '');
  await expect(summary).not.toHaveText(monthText ?? '');
  await expect(summary).toContainText('Over a week:');

  await page.getByRole('button', { name: 'Day' }).click();
  await expect(page.getByRole('heading', { name: 'Cost over a day' })).toBeVisible();
  await expect(summary).toContainText('Over a day:');
  // The table follows the horizon too: a Day column next to Month.
  await expect(page.getByRole('columnheader', { name: 'Day' })).toBeVisible();
});

test('pointing at a chart reads out every offer’s cost there; leaving hides it', async ({
  page,
}) => {
  await page.goto('./');
  const card = await chartReady(page, /^Cost over a/);
  const target = card.locator('.hover-target');
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the chart has no plot area');
  // At the end of the month each line's value is that offer's monthly total, as in the summary.
  await page.mouse.move(box.x + box.width - 0.25, box.y + box.height / 2);
  const readout = card.locator('.hover-box');
  await expect(readout).toBeVisible();
  await expect(readout).toContainText('After 30.4 days');
  const summary = (await page.getByTestId('horizon-summary').textContent()) ?? '';
  const lines = await card.locator('.recharts-line-curve').count();
  expect(lines).toBeGreaterThan(3);
  const items = readout.locator('li');
  await expect(items).toHaveCount(lines);
  for (const li of await items.all()) {
    const [name, money] = await li.locator('span').allTextContents();
    expect(summary).toContain(`${name} ${money}`);
  }
  // One dot per line on the cursor.
  await expect(card.locator('.hover-dot')).toHaveCount(lines);
  // Resting on a line (a dot sits on it) keeps the read-out: the lines let the pointer through.
  const dot = await card.locator('.hover-dot').first().boundingBox();
  if (!dot) throw new Error('no dot on the cursor');
  await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await expect(readout).toBeVisible();
  // Escape dismisses it.
  await page.keyboard.press('Escape');
  await expect(readout).toBeHidden();
  // New data under a resting pointer never shows the old figures: a day has no hour 730.
  await page.mouse.move(box.x + box.width - 0.25, box.y + box.height / 2 + 1);
  await expect(readout).toContainText('After 30.4 days');
  await page.getByRole('button', { name: 'Day' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Cost over a day' })).toBeVisible();
  await expect(readout).toBeHidden();
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await expect(readout).toBeHidden();
});

test('Export CSV downloads the numbers shown in the table', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  await expect(page.locator('tr[data-offer-id]').first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('button', { name: 'Download CSV' }).click();
    })(),
  ]);
  // The default page: 1,000 requests every 5 minutes, 200 ms, 512 MB, us-east.
  expect(download.suggestedFilename()).toBe('breakeven-1000-per-5min-200ms-512mb-us-east.csv');
  const csv = parseCsv(readFileSync((await download.path()) ?? '', 'utf8'));
  const header = csv[0] ?? [];
  // The month horizon has one monthly column; details and warnings have their own.
  expect(header.filter((name) => name === 'usd_per_month')).toHaveLength(1);
  expect(header).toEqual(expect.arrayContaining(['kind', 'status', 'detail', 'warnings']));
  const col = (name: string) => header.indexOf(name);
  const totals = csv
    .slice(1)
    .filter((cells) => cells[col('item')] === 'Total' && cells[col('usd_per_month')] !== '');
  expect(totals.length).toBeGreaterThanOrEqual(5);
  for (const cells of totals) {
    const id = cells[col('offer_id')] ?? '';
    const usd = Number(cells[col('usd_per_month')]);
    const cell = page.locator(`tr[data-offer-id="${id}"] td[data-col="month"]`);
    // At the default 512 MB, Workers (128 MB) cannot run: the CSV says so, and the table.
    if (cells[col('status')] === 'cannot-run')
      await expect(cell).toHaveText(`Cannot run priced at ${formatUsd(usd)}`);
    else {
      expect(cells[col('status')]).toBe('priced');
      await expect(cell).toHaveText(formatUsd(usd));
    }
  }
  const status = totals.map((cells) => cells[col('status')]);
  expect(status).toContain('cannot-run');
  // Every priced offer comes before any that cannot run.
  expect(status.indexOf('cannot-run')).toBe(status.lastIndexOf('priced') + 1);
  // Same order as the table: cheapest first.
  const tableIds = await page
    .locator('tr[data-offer-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-offer-id')));
  expect(totals.map((c) => c[col('offer_id')])).toEqual(tableIds.slice(0, totals.length));
});

test('a catalog that fails to load shows an error and a retry that works', async ({ page }) => {
  let fail = true;
  // The runtime catalog and, behind it, the separate files' index.
  await page.route(/\/pricing-data\/(catalog|index)\.json$/, (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: 'The prices could not be loaded' });
  await expect(alert).toBeVisible();
  // Parts that mount later (the lazy offer picker) fetch the catalog again when they mount; let
  // them all load and fail first, so the page recovers by the Retry button and not by one of them.
  await page.waitForLoadState('networkidle');
  await expect(alert).toBeVisible();
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(await verdictReady(page)).toContainText('costs');
});

test('one invalid catalog file is named, and the other offers keep working', async ({ page }) => {
  await editCatalogFile(page, 'cloudflare.json', (json) => {
    const first = (json as { offers: Record<string, unknown>[] }).offers[0];
    if (first) first.checkedOn = 'yesterday';
    return json;
  });
  await page.goto('./');
  await expect(await verdictReady(page)).toContainText('costs');
  const note = page.getByRole('status').filter({ hasText: 'Some prices were left out' });
  await expect(note).toContainText('cloudflare.json');
  await expect(note).toContainText('checkedOn');
});
