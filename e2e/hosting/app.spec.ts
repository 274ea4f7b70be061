/**
 * The calculator as it will be hosted: dist/ served by nginx under /tools/breakeven/ with the
 * headers of public/_headers. Any CSP violation or console error fails a test (fixtures.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseHeadersFile, headersFor } from '../../scripts/lib/headers-file.ts';
import { expect, hostPage, SITE, test } from './fixtures.ts';
import { verdict, verdictReady } from '../support/ready.ts';
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

async function typeInto(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
}

test('the calculator works under a sub-path with the strict CSP, and every URL stays under it', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  for (const [name, value] of headersFor(rules, '/'))
    expect(headers[name.toLowerCase()], name).toBe(value);
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");

  await expect(await verdictReady(page)).toContainText('costs');
  await expect(verdict(page)).toContainText('a month');
  await page.waitForLoadState('networkidle');
  // Relative base: nothing is fetched from the domain root or from another origin.
  expect(requests.length).toBeGreaterThan(3);
  for (const url of requests) expect(url.startsWith(SITE), url).toBe(true);

  // Hashed assets are cached for good; the HTML and the prices are revalidated.
  const asset = requests.find((u) => /\/assets\/.+\.js$/.test(u)) ?? '';
  const assetRes = await page.request.get(asset);
  expect(assetRes.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const prices = await page.request.get(`${SITE}pricing-data/catalog.json`);
  expect(prices.headers()['cache-control']).toBe('no-cache');
  expect(prices.headers()['etag']).toBeTruthy();
  expect(headers['cache-control']).toBe('no-cache');
  // No trailing slash: a relative redirect into the sub-path.
  const bare = await page.request.get(SITE.replace(/\/$/, ''), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe(new URL(SITE).pathname);
});

test('a copied share link reopens the same scenario under the sub-path', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await verdictReady(page);
  await typeInto(page, 'Requests', '250');
  await typeInto(page, 'Minutes', '2');
  await typeInto(page, 'Memory', '1024');
  await page.getByRole('button', { name: 'Week' }).click();
  await expect(page.getByRole('heading', { name: 'Cost over a week' })).toBeVisible();
  await verdictReady(page);
  const before = await verdict(page).locator('.verdict-text').allTextContents();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(SITE)).toBe(true);
  expect(link).toContain('n=250');
  expect(link).toContain('h=week');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Cost over a week' })).toBeVisible();
  await expect(await verdictReady(other)).toContainText('costs');
  expect(await verdict(other).locator('.verdict-text').allTextContents()).toEqual(before);
  await expect(other.getByLabel('Requests', { exact: true })).toHaveValue('250');
  await expect(other.getByLabel('Memory', { exact: true })).toHaveValue('1,024');
});

test('the horizon toggle redraws the cost-over-time chart', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  const summary = page.getByTestId('horizon-summary');
  await expect(summary).toContainText('Over a month');
  const month = await summary.textContent();
  for (const [button, heading] of [
    ['Day', 'Cost over a day'],
    ['Week', 'Cost over a week'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(summary).toContainText(`Over a ${button.toLowerCase()}`);
    expect(await summary.textContent()).not.toBe(month);
    await expect(page.getByRole('heading', { name: heading }).locator('..')).toBeVisible();
  }
  await expect(page).toHaveURL(/[?&]h=week/);
});

test.describe('framing', () => {
  test.use({ allowedErrors: [/frame-ancestors/] });
  test('another site cannot frame the calculator (frame-ancestors self)', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => errors.push(m.text()));
    await page.goto(
      hostPage(
        'frames-the-app.html',
        `<!doctype html><title>Framing</title><iframe src="${SITE}" title="app"></iframe>`,
      ),
    );
    await expect.poll(() => errors.join('\n')).toContain('frame-ancestors');
    await expect(page.frameLocator('iframe').getByRole('region', { name: 'Verdict' })).toHaveCount(
      0,
    );
  });
});

test('social card, manifest, icons and robots.txt are linked and served', async ({ page }) => {
  await page.goto('./');
  const meta = (sel: string) => page.locator(sel).getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toContain('Breakeven');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = new URL((await meta('meta[property="og:image"]')) ?? '', page.url()).href;
  expect(image).toBe(`${SITE}og-image.png`);
  expect(await meta('meta[name="twitter:image"]')).toBe(await meta('meta[property="og:image"]'));
  const png = await page.request.get(image);
  expect(png.headers()['content-type']).toBe('image/png');
  // 1200 × 630, read from the PNG header (width and height at bytes 16–23).
  const body = await png.body();
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.request.get(new URL(manifestHref ?? '', page.url()).href);
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
  const json = (await manifest.json()) as { icons: Array<{ src: string }>; start_url: string };
  expect(json.start_url).toBe('./');
  for (const icon of json.icons)
    expect((await page.request.get(new URL(icon.src, manifest.url()).href)).status()).toBe(200);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await page.request.get(new URL(icon ?? '', page.url()).href)).status()).toBe(200);
  const robots = await page.request.get(`${SITE}robots.txt`);
  expect(await robots.text()).toContain('User-agent: *');
});
