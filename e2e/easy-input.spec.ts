/**
 * Entering a workload as people write numbers: requests a second and a month beside "N every M
 * minutes", suffixes and exponents, the user's locale, boxes that show their whole value, and the
 * timer preset that stays true to "a job is one run".
 */
import { expect, test, type Page } from '@playwright/test';
import { verdict, verdictReady } from './support/ready.ts';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function typeInto(page: Page, name: string, value: string) {
  const input = box(page, name);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value, { delay: 20 });
}

test('requests a second and a month stay in sync with N every M minutes', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  // 1,000 every 5 minutes: 1,000 / 300 s = 3.33 a second; 1,000 × 43,800 / 5 = 8,760,000 a month.
  await expect(box(page, 'Requests a second')).toHaveValue('3.33');
  await expect(box(page, 'Requests a month')).toHaveValue('8,760,000');

  await typeInto(page, 'Requests a month', '43.8M');
  // 43,800,000 a month at 5 minutes: 43,800,000 × 5 / 43,800 = 5,000 a batch; / 300 s = 16.7.
  await expect(page.getByText('= 43.8 million a month')).toBeVisible();
  await expect(box(page, 'Requests')).toHaveValue('5,000');
  await expect(box(page, 'Requests a second')).toHaveValue('16.7');
  await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('5000');

  await typeInto(page, 'Requests a second', '100');
  // 100 a second × 300 s = 30,000 a batch; × 2,628,000 s = 262,800,000 a month.
  await expect(box(page, 'Requests')).toHaveValue('30,000');
  await box(page, 'Requests a second').blur();
  await expect(box(page, 'Requests a month')).toHaveValue('262,800,000');
  // Minutes stay; the month follows a new interval: 30,000 × 43,800 / 10 = 131,400,000.
  await typeInto(page, 'Minutes', '10');
  await expect(box(page, 'Requests a month')).toHaveValue('131,400,000');
  await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('10');
  await verdictReady(page);
});

test('"50M" every 5 minutes says it is 438 billion a month, and warns', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  await typeInto(page, 'Requests', '50M');
  // 50,000,000 × 43,800 / 5 = 438,000,000,000 a month; / 2,628,000 s = 166,667 a second.
  await expect(page.getByText('= 438 billion a month')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'That is a lot' })).toHaveText(
    'That is a lot: 438 billion requests a month, 166,667 a second. Requests counts each batch of 5 minutes, not a month.',
  );
  await expect(box(page, 'Requests a month')).toHaveValue('438,000,000,000');
  // "m" could be minutes or milli: refused, naming the field, and the results keep 50M.
  await box(page, 'Requests').blur();
  await typeInto(page, 'Requests', '5m');
  await expect(page.getByRole('alert')).toHaveText(
    'Requests: "5m" is unclear: write M for million. The results keep 50,000,000.',
  );
});

test('"1.000" in en-US is refused as unclear, never read as 1', async ({ page }) => {
  await page.goto('./');
  await verdictReady(page);
  await typeInto(page, 'Requests', '1.000');
  await expect(page.getByRole('alert')).toHaveText(
    'Requests: "1.000" is unclear: type 1 or 1,000. The results keep 1,000.',
  );
  await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('1000');
  await typeInto(page, 'Requests', '1,5');
  await expect(page.getByRole('alert')).toContainText(
    'Requests: "1,5" is unclear: in your locale "," groups thousands and "." starts decimals',
  );
});

test.describe('in de-DE', () => {
  test.use({ locale: 'de-DE' });

  test('"2.500" reads as 2500 and the boxes show German separators', async ({ page }) => {
    await page.goto('./');
    await verdictReady(page);
    await expect(box(page, 'Requests')).toHaveValue('1.000');
    await typeInto(page, 'Requests', '2.500');
    await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('2500');
    await typeInto(page, 'Duration', '1,5');
    await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('1.5');
    // 2,500 × 43,800 / 5 = 21,900,000 a month.
    await expect(box(page, 'Requests a month')).toHaveValue('21.900.000');
    await typeInto(page, 'Memory', '1,000');
    await expect(page.getByRole('alert')).toContainText(
      'Memory: "1,000" is unclear: type 1 or 1.000.',
    );
  });
});

for (const width of [390, 1280]) {
  test(`at ${width} px the volume boxes show their whole value`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await verdictReady(page);
    // 50,000,000 every 5 minutes is 438,000,000,000 a month; 43,800,000 a month is 16.7 a second.
    const cases: Array<[string, string, string]> = [
      ['Requests', '50000000', '50,000,000'],
      ['Requests a month', '43800000', '43,800,000'],
      ['Requests a second', '380000', '380,000'],
      ['Requests a month', '999999999999', '999,999,999,999'],
    ];
    for (const [name, typed, shown] of cases) {
      const input = box(page, name);
      await input.fill(typed);
      await input.blur();
      await expect(input).toHaveValue(shown);
      for (const other of ['Requests', 'Requests a second', 'Requests a month']) {
        const o = box(page, other);
        const fit = await o.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        const value = await o.inputValue();
        expect(fit.scroll, `${other} shows "${value}" whole`).toBeLessThanOrEqual(fit.client);
      }
    }
  });
}

test('the timer preset: a job is one run; editing Requests leaves it, with a notice', async ({
  page,
}) => {
  await page.goto('./');
  await verdictReady(page);
  await page.getByRole('button', { name: 'Scheduled job (timer)' }).click();
  await page.getByLabel('Run every (minutes)', { exact: true }).fill('15');
  await page.getByLabel('Run for (seconds)', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Use this schedule' }).click();
  await expect(verdict(page)).toContainText('A job every 15 minutes for 30 s');
  await expect(page.getByRole('group', { name: 'Scheduled job' })).toContainText(
    'one run every 15 minutes',
  );
  await typeInto(page, 'Requests', '1000');
  await expect(page.getByRole('status').filter({ hasText: 'Requests changed' })).toHaveText(
    'Requests changed: a scheduled job is one run, so this is HTTP requests again.',
  );
  await expect(page.getByRole('button', { name: 'Scheduled job (timer)' })).toBeVisible();
  await expect.poll(() => page.url()).not.toContain('trig=schedule');
  await expect(await verdictReady(page)).not.toContainText('A job every');
  await expect(verdict(page)).toContainText('costs');
});
