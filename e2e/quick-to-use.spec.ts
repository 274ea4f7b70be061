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

test('in the dark theme, every AWS line of a crowded chart has its own colour or dash', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Ten AWS lines (two functions, five server families, two Fargates, App Runner): more than
  // AWS has shades of its own, so some take the spare shades and the rest a dotted dash.
  const offers = [
    'aws-lambda-arm64',
    'aws-lambda-x86',
    'aws-ec2-t4g',
    'aws-ec2-t3',
    'aws-ec2-m7g',
    'aws-ec2-c7g',
    'aws-lightsail',
    'aws-fargate-arm64',
    'aws-fargate-x86',
    'aws-app-runner',
  ];
  await page.goto(`./?v=1&n=1000&m=5&d=120&mem=512&p=${offers.join(',')}`);
  const card = await chartReady(page, 'Where the answer flips');
  const lines = await card.locator('.recharts-line-curve').evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el);
      return `${el.getAttribute('stroke')} ${style.strokeDasharray}`;
    }),
  );
  expect(lines.length, 'every offer priced and drawn').toBe(offers.length);
  expect(new Set(lines).size, lines.join(' | ')).toBe(lines.length);
  // Fargate (Arm) and EC2 t4g shared AWS's lent grey in the dark theme.
  const stroke = (id: string) =>
    card.locator(`.series-${id} .recharts-line-curve`).getAttribute('stroke');
  expect(await stroke('aws-fargate-arm64')).not.toBe(await stroke('aws-ec2-t4g'));
  const keys = await card
    .locator('.legend li svg')
    .evaluateAll((els) => els.map((e) => e.innerHTML));
  expect(new Set(keys).size, 'every legend key differs').toBe(keys.length);
});

test('the widget is at most 900 px tall at 400 px wide, and its month axis labels every tick', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto('./embed.html');
  const card = await chartReady(page, 'Cost over a month');
  const height = await page.evaluate(
    () => document.querySelector('.embed')?.getBoundingClientRect().height ?? Infinity,
  );
  expect(height).toBeLessThanOrEqual(900);
  // Seven ticks (hours 0, 120 … 720 and 730): day 1, 6, 11, 16, 21, 26, 30, none dropped.
  // The x axis comes first in the SVG, then the y axis ($0, $5 …).
  const labels = await card.locator('.static-tick-value').allTextContents();
  expect(labels.slice(0, 7)).toEqual(['day 1', '6', '11', '16', '21', '26', '30']);
});

test('the widget draws its charts without Recharts, and their plots answer the pointer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 900 });
  const recharts: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/charts-[\w-]+\.js$/.test(r.url())) recharts.push(r.url());
  });
  await page.goto('./embed.html?controls=h,chart');
  const card = await chartReady(page, 'Cost over a month');
  expect(await card.locator('.static-line').count()).toBeGreaterThan(1);
  const pointAt = async (scope: typeof card, share: number) => {
    const box = await scope.locator('.chart-box').boundingBox();
    if (!box) throw new Error('no chart box');
    await page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
  };
  // The read-out answers at once, on the static plot: the time pointed at and each offer's cost.
  await pointAt(card, 0.7);
  await expect(card.locator('.hover-box')).toContainText(/^After \d+\.\d days/);
  await expect(card.locator('.hover-box li').first()).toContainText('$');
  await expect(card.locator('.hover-dot').first()).toBeAttached();
  // Another horizon, then the break-even chart: still no Recharts.
  await page.getByRole('button', { name: 'Week' }).click();
  const week = await chartReady(page, 'Cost over a week');
  await pointAt(week, 0.7);
  await expect(week.locator('.hover-box')).toContainText(/^By \w{3} \d\d:00/);
  await page.getByRole('button', { name: 'Break-even' }).click();
  const flips = await chartReady(page, 'Where the answer flips');
  // Both axes on log scales: 100 to 1T requests, then the money ticks from a cent.
  expect((await flips.locator('.static-tick-value').allTextContents()).slice(0, 7)).toEqual([
    '100',
    '10k',
    '1M',
    '100M',
    '10B',
    '1T',
    '$0.01',
  ]);
  await expect(flips.locator('.workload-line text')).toHaveText('Your workload');
  await pointAt(flips, 0.6);
  await expect(flips.locator('.hover-box')).toContainText('requests a month');
  // Escape dismisses it (WCAG 1.4.13).
  await page.keyboard.press('Escape');
  await expect(flips.locator('.hover-box')).toHaveCount(0);
  expect(recharts).toEqual([]);
});

test('lock=1 locks the widget, the currency included', async ({ page }) => {
  await page.goto('./embed.html?v=1&n=1000&m=5&cur=EUR&lock=1');
  await verdictReady(page);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Horizon' })).toHaveCount(0);
  await expect(page.getByText('Figures in EUR (€)')).toBeVisible();
  // Unlocked, the reader may pick the currency.
  await page.goto('./embed.html?v=1&n=1000&m=5&cur=EUR');
  await verdictReady(page);
  await expect(page.getByLabel('Show in')).toHaveValue('EUR');
});

test('in a crowded chart the cheapest FaaS and the cheapest server stand out, the rest are fainter', async ({
  page,
}) => {
  await page.goto('./');
  const verdict = await verdictReady(page);
  // The default verdict weighs DigitalOcean 1 GB ($6.00) against AWS Lambda (Arm) ($7.90).
  await expect(verdict.locator('.verdict-text').first()).toContainText('DigitalOcean 1 GB');
  const card = await chartReady(page, 'Where the answer flips');
  const bold = ['do-basic-1gb', 'aws-lambda-arm64'];
  for (const id of bold) await expect(card.locator(`.series-${id}`)).not.toHaveClass(/line-quiet/);
  const lines = await card
    .locator('[class*="series-"]')
    .evaluateAll((els) => els.map((e) => ({ cls: e.getAttribute('class') ?? '' })));
  const others = lines.filter((l) => !bold.some((id) => l.cls.includes(`series-${id}`)));
  expect(others.length).toBeGreaterThan(0);
  for (const l of others) expect(l.cls).toContain('line-quiet');
  await expect(card.getByText(/drawn bold, the others fainter/)).toBeVisible();
});
