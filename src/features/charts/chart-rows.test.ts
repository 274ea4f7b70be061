import { describe, expect, it } from 'vitest';
import { USD_MONEY, type Money } from '../../describe/format.ts';
import type { OfferResult } from '../../engine/types.ts';
import { moneyAxisOf, plotRows, quietIds } from './chart-rows.ts';

/** €1 = $1.25: round euro ticks sit at 1.25 × their amount in USD. */
const EUR: Money = {
  currency: 'EUR',
  rate: { currency: 'EUR', usdPerUnit: 1.25, asOf: '2026-11-30', source: 'https://example.org/fx' },
};

describe('the money axis of a line chart', () => {
  // Three months: an offer inside its free tier ($0), one from $5 and one up to $2,000.
  const spread = [
    { month: 1, free: 0, small: 5, big: 20 },
    { month: 2, free: 0, small: 6, big: 400 },
    { month: 3, free: 0, small: 7, big: 2000 },
  ];

  it('turns to a log scale when the amounts above zero span two decades, a tick at each power of ten', () => {
    // $5 to $2,000 is 400×: ticks from 10^floor(log10 5) = $1 to 10^ceil(log10 2000) = $10,000.
    expect(moneyAxisOf(spread, 'month', USD_MONEY)).toEqual({
      log: true,
      ticks: [1, 10, 100, 1000, 10000],
    });
    // In euros: $5 = €4 and $2,000 = €1,600, so €1 to €10,000, placed at $1.25 to $12,500.
    expect(moneyAxisOf(spread, 'month', EUR).ticks).toEqual([1.25, 12.5, 125, 1250, 12500]);
  });

  it('draws zero on the bottom tick of a log axis, and leaves the month and the amounts above it', () => {
    const axis = moneyAxisOf(spread, 'month', USD_MONEY);
    expect(plotRows(spread, 'month', axis)[0]).toEqual({ month: 1, free: 1, small: 5, big: 20 });
  });

  it('stays linear from 0 under two decades, or with a credit', () => {
    // $5 to $400 is 80×: linear ticks of $100 (400 / 5 = 80, rounded up to 100) up to $400.
    const narrow = [{ month: 1, a: 5, b: 400 }];
    const axis = moneyAxisOf(narrow, 'month', USD_MONEY);
    expect(axis).toEqual({ log: false, ticks: [0, 100, 200, 300, 400] });
    expect(plotRows(narrow, 'month', axis)).toBe(narrow);
    // A credit (below zero) has no log scale and no round ticks of ours.
    expect(moneyAxisOf([{ month: 1, a: -3, b: 5000 }], 'month', USD_MONEY)).toEqual({
      log: false,
      ticks: undefined,
    });
    // Nothing above zero: linear.
    expect(moneyAxisOf([{ month: 1, a: 0 }], 'month', USD_MONEY).log).toBe(false);
  });
});

describe('which lines are drawn quieter', () => {
  const offer = (offerId: string, family: string, monthlyUsd: number, status = 'priced') =>
    ({ offerId, family, monthlyUsd, status }) as unknown as OfferResult;

  it('all but the cheapest FaaS and the cheapest always-on offer, by the month', () => {
    const shown = [
      offer('lambda', 'faas', 5),
      offer('workers', 'faas', 3),
      offer('droplet', 'always-on', 6),
      offer('ec2', 'always-on', 4),
      // Cannot run it: never the cheapest, whatever its figure.
      offer('cloud-run', 'faas', 0, 'cannot-run'),
    ];
    // Workers ($3) is the cheapest FaaS and EC2 ($4) the cheapest always-on.
    expect([...quietIds(shown)].sort()).toEqual(['cloud-run', 'droplet', 'lambda']);
  });

  it('none when two or fewer are drawn', () => {
    expect(quietIds([offer('lambda', 'faas', 5), offer('workers', 'faas', 3)]).size).toBe(0);
  });
});
