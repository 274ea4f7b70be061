import { describe, expect, it } from 'vitest';
import type { Growth, GrowthMonth } from '../engine/growth.ts';
import { USD_MONEY } from './format.ts';
import {
  formatChange,
  formatDifference,
  growthFlipText,
  growthMonthName,
  growthTooFarText,
} from './what-if.ts';

const LABELS: Record<string, string> = { fn: 'Lambda', vm: 'EC2 t4g.small' };
const labelOf = (id: string) => LABELS[id] ?? id;

/** A month where the FaaS offer `fn` costs `fn` and the server `vm` costs `vm`. */
function month(k: number, requestsPerMonth: number, fn: number, vm: number): GrowthMonth {
  return {
    month: k,
    requestsPerMonth,
    results: [
      { offerId: 'fn', totalUsd: fn },
      { offerId: 'vm', totalUsd: vm },
    ],
    cheaper: fn < vm ? 'faas' : fn > vm ? 'always-on' : 'tie',
    cheapest: { faas: 'fn', alwaysOn: 'vm' },
  };
}

describe('formatChange', () => {
  it('writes B − A as a signed share of A', () => {
    // (19.58 − 7.90) / 7.90 = 1.478… → +148 %; (6 − 6.6) / 6.6 = −0.0909… → −9.1 %.
    expect(formatChange(7.9, 19.58)).toBe('+148%');
    expect(formatChange(6.6, 6)).toBe('−9.1%');
    expect(formatChange(6, 6)).toBe('0%');
    // A share of nothing has no meaning.
    expect(formatChange(0, 3)).toBe('—');
    expect(formatChange(0, 0)).toBe('0%');
  });
});

describe('formatDifference', () => {
  it('writes B − A as money with the same signs as the share', () => {
    // $19.58 − $7.90 = +$11.68; $13.78 − $19.47 = −$5.69, the minus as in "−29%".
    expect(formatDifference(11.68, USD_MONEY)).toBe('+$11.68');
    expect(formatDifference(-5.69, USD_MONEY)).toBe('−$5.69');
    expect(formatDifference(0, USD_MONEY)).toBe('$0.00');
  });
});

describe('growth words', () => {
  const start = new Date('2026-12-15T12:00:00Z');

  it('names month k from month 1 = the current month', () => {
    expect(growthMonthName(start, 1)).toBe('Dec 2026');
    // Month 9 is eight months on: August 2027.
    expect(growthMonthName(start, 9)).toBe('Aug 2027');
  });

  it('says in which month the cheapest offer stops being cheapest, and what takes over', () => {
    const g: Growth = {
      monthlyGrowthPct: 8,
      months: [month(1, 1e6, 1, 6), month(2, 1.08e6, 5, 6), month(3, 1.1664e6, 7, 6)],
      flipMonth: 3,
    };
    expect(growthFlipText(g, labelOf, start)).toBe(
      'At +8% a month, Lambda stops being cheapest in month 3 (Feb 2027, 1.17M requests a month): from then on EC2 t4g.small is cheaper.',
    );
  });

  it('says when it never flips', () => {
    const g: Growth = {
      monthlyGrowthPct: -5,
      months: [month(1, 1e6, 1, 6), month(2, 950_000, 0.9, 6)],
      flipMonth: null,
    };
    expect(growthFlipText(g, labelOf, start)).toBe(
      'At −5% a month, FaaS stays cheapest for all 2 months, up to 950k requests a month in Jan 2027: the answer never flips.',
    );
  });

  it('says why there is no chart past 10^12 requests a month', () => {
    expect(growthTooFarText(1000, 24, 8.9e29)).toBe(
      'At +1,000% a month, month 24 would reach 8.90e+29 requests a month; the most is 10^12. Choose fewer months or a lower rate.',
    );
  });
});
