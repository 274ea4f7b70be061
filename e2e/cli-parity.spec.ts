/**
 * The page and the CLI agree on a set of share links: the page's "Download JSON" and
 * `npm run -s cost -- --url … --format json` are the same document (same ranking, totals, statuses
 * and break-evens), and what the page shows follows that document.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Scenario } from '../src/engine/scenario.ts';
import { formatMoney } from '../src/describe/format.ts';
import { DEFAULT_PAGE_SCENARIO } from '../src/engine/default-scenario.ts';
import { encodeScenario } from '../src/url/codec.ts';
import { verdictReady } from './support/ready.ts';

interface Doc {
  scenario: { requestsPerMonth: number; region: string };
  cheapest: { faas: string | null; alwaysOn: string | null };
  results: Array<{
    offerId: string;
    label: string;
    status: 'priced' | 'cannot-run' | 'unavailable';
    monthlyUsd: number | null;
  }>;
  breakEven: Array<{ faasOfferId: string; alwaysOnOfferId: string }>;
}

function cost(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cost.ts', ...args], {
    encoding: 'utf8',
  });
}

/** Every offer the catalog compares in an area (front doors sit in front of FaaS, not beside). */
function everyOffer(area: string): string[] {
  const list = JSON.parse(cost(['--list-offers', '--region', area, '--format', 'json'])) as Array<{
    offerId: string;
    kind: string;
  }>;
  return list.filter((o) => o.kind !== 'front-door').map((o) => o.offerId);
}

const LINKS: Array<{ name: string; scenario: () => Scenario; file: string }> = [
  {
    name: 'the default page',
    scenario: () => DEFAULT_PAGE_SCENARIO,
    file: 'breakeven-1000-per-5min-200ms-512mb-us-east.json',
  },
  {
    // 512 MB: Fly's 256 MB machine is the cheapest figure but cannot run it; Workers caps at 128 MB.
    name: 'every offer, 1,000 requests every 5 minutes at 512 MB',
    scenario: () => ({ ...DEFAULT_PAGE_SCENARIO, offers: everyOffer('us-east') }),
    file: 'breakeven-1000-per-5min-200ms-512mb-us-east.json',
  },
  {
    name: 'every offer in Europe, in euros, a week, diurnal traffic',
    scenario: () => ({
      ...DEFAULT_PAGE_SCENARIO,
      area: 'europe',
      currency: 'EUR',
      horizon: 'week',
      pattern: { kind: 'diurnal', peakToAverage: 3 },
      offers: everyOffer('europe'),
    }),
    file: 'breakeven-1000-per-5min-200ms-512mb-europe.json',
  },
  {
    // A 20-minute request: past Lambda's 15-minute ceiling, so FaaS offers cannot run it.
    name: 'every offer, 10 twenty-minute requests an hour at 2 GB',
    scenario: () => ({
      ...DEFAULT_PAGE_SCENARIO,
      workload: { requests: 10, everyMinutes: 60 },
      durationMs: 1_200_000,
      cpuMs: 60_000,
      memoryMb: 2048,
      offers: everyOffer('us-east'),
    }),
    file: 'breakeven-10-per-60min-1200000ms-2048mb-us-east.json',
  },
  {
    // The growth chart shown (gr, gm): the page's export and the CLI's --url add the same series.
    name: 'the default page with growth at +8% a month for 24 months',
    scenario: () => ({ ...DEFAULT_PAGE_SCENARIO, growth: { monthlyPct: 8, months: 24 } }),
    file: 'breakeven-1000-per-5min-200ms-512mb-us-east.json',
  },
];

for (const link of LINKS) {
  test(`page and CLI give one document: ${link.name}`, async ({ page }) => {
    const query = encodeScenario(link.scenario());
    await page.goto(`./?${query}`);
    // Ready: the verdict has figures for this very scenario.
    const v = await verdictReady(page);
    await expect(v).toHaveAttribute('data-scenario', query);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Export' }).click();
        await page.getByRole('button', { name: 'Download JSON' }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toBe(link.file);
    const fromPage = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as Doc;
    const fromCli = JSON.parse(cost(['--url', page.url(), '--format', 'json'])) as Doc;
    expect(fromCli).toEqual(fromPage);

    // Priced first, then cannot-run, then unavailable; break-evens only between priced offers.
    const order = { priced: 0, 'cannot-run': 1, unavailable: 2 };
    const ranks = fromCli.results.map((r) => order[r.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const priced = new Set(
      fromCli.results.filter((r) => r.status === 'priced').map((r) => r.offerId),
    );
    for (const b of fromCli.breakEven)
      expect(priced.has(b.faasOfferId) && priced.has(b.alwaysOnOfferId)).toBe(true);

    // The table shows the document's order and statuses, and its monthly figures (in USD).
    const rows = page.locator('tr[data-offer-id]');
    await expect(rows).toHaveCount(fromCli.results.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-offer-id'), tr.getAttribute('data-can-run')]),
    );
    expect(shown).toEqual(
      fromCli.results.map((r) => [
        r.offerId,
        r.status === 'unavailable' ? null : r.status === 'priced' ? 'yes' : 'no',
      ]),
    );
    if (link.scenario().currency === undefined)
      for (const r of fromCli.results.filter((x) => x.status === 'priced').slice(0, 5))
        await expect(
          page.locator(`tr[data-offer-id="${r.offerId}"] td[data-col="month"]`),
        ).toHaveText(formatMoney(r.monthlyUsd ?? NaN));

    // The verdict names the document's cheapest priced offers.
    const labelOf = (id: string | null) => fromCli.results.find((r) => r.offerId === id)?.label;
    for (const id of [fromCli.cheapest.faas, fromCli.cheapest.alwaysOn])
      if (id) await expect(v).toContainText(labelOf(id) ?? id);
  });
}
