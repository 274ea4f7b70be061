import { describe, expect, it } from 'vitest';
import {
  describeRate,
  formatMoney,
  moneyFor,
  usdOf,
  linearMoneyTicks,
  type FxQuote,
  formatCount,
  formatCountWords,
  formatDate,
  formatPercent,
  formatRate,
  USD_MONEY,
} from './format.ts';

describe('formatMoney in USD', () => {
  it('shows two decimals below $1,000', () => {
    expect(formatMoney(3.1)).toBe('$3.10');
    expect(formatMoney(4.199)).toBe('$4.20'); // 4.199 rounds half-up to 4.20
    expect(formatMoney(99.994)).toBe('$99.99');
    expect(formatMoney(412.5)).toBe('$412.50');
  });
  it('shows no decimals from $1,000', () => {
    expect(formatMoney(1234.56)).toBe('$1,235'); // .56 rounds up
    expect(formatMoney(1_000_000)).toBe('$1,000,000');
  });
  it('never shows $0.00 for a non-zero cost', () => {
    expect(formatMoney(0.004)).toBe('< $0.01');
    expect(formatMoney(1e-9)).toBe('< $0.01');
    // A credit under a cent keeps its sign: never "> -$0.01" or "-$0.00".
    expect(formatMoney(-0.001)).toBe('-< $0.01');
    expect(formatMoney(-0.004999)).toBe('-< $0.01');
    expect(formatMoney(-0)).toBe('$0.00');
    expect(formatMoney(0.005)).toBe('$0.01'); // half a cent is a cent
    expect(formatMoney(0)).toBe('$0.00');
  });
  it('rounds a half cent up once the binary noise is off', () => {
    // 4 Fargate (Arm) tasks at $7.20875 a month = $28.835, a half cent: rounds up to $28.84. Floats
    // compute 4 × 7.208749999999999 as 28.834999999999997, which would read $28.83.
    expect(4 * 7.208749999999999).toBe(28.834999999999997);
    expect(formatMoney(4 * 7.208749999999999)).toBe('$28.84');
    expect(formatMoney(28.835)).toBe('$28.84');
  });

  it('shows credits with a minus sign', () => {
    expect(formatMoney(-1.5)).toBe('-$1.50');
  });
  it('never prints NaN', () => {
    expect(formatMoney(Number.NaN)).toBe('—');
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatMoney compact, for chart axes', () => {
  it('abbreviates axis labels', () => {
    expect(formatMoney(1234, USD_MONEY, 'compact')).toBe('$1.2k');
    expect(formatMoney(2_500_000, USD_MONEY, 'compact')).toBe('$2.5M');
    expect(formatMoney(12, USD_MONEY, 'compact')).toBe('$12');
    expect(formatMoney(0.5, USD_MONEY, 'compact')).toBe('$0.50');
    expect(formatMoney(0, USD_MONEY, 'compact')).toBe('$0');
    expect(formatMoney(0.001, USD_MONEY, 'compact')).toBe('< $0.01');
  });
});

describe('formatMoney for prices per unit', () => {
  it('keeps six significant digits, never exponent notation, two decimals once there are any', () => {
    expect(formatMoney(1.66667e-5, USD_MONEY, 'price')).toBe('$0.0000166667');
    expect(formatMoney(2e-7, USD_MONEY, 'price')).toBe('$0.0000002');
    expect(formatMoney(0.2, USD_MONEY, 'price')).toBe('$0.20');
    expect(formatMoney(0.128, USD_MONEY, 'price')).toBe('$0.128');
    expect(formatMoney(5, USD_MONEY, 'price')).toBe('$5');
    expect(formatMoney(0, USD_MONEY, 'price')).toBe('$0');
  });
});

describe('formatCount', () => {
  it('writes volumes the way people say them', () => {
    expect(formatCount(10_000)).toBe('10k');
    expect(formatCount(41_000_000)).toBe('41M');
    expect(formatCount(1e8)).toBe('100M');
    expect(formatCount(1e12)).toBe('1T');
    expect(formatCount(950)).toBe('950');
    expect(formatCount(0)).toBe('0');
  });

  it('keeps three significant figures, as formatCountWords says them in words', () => {
    // 1,000 every 5 min × 8,760 = 8,760,000: "8.76M", as "8.76 million" (it read "8.8M" here while
    // the same page said "8.76 million" and the break-even sentences "7.52M").
    expect(formatCount(8_760_000)).toBe('8.76M');
    // 7,521,724 → 7.52 million; 752,172 → 752 thousand; 999,600 rounds up to 1.00 million.
    expect(formatCount(7_521_724)).toBe('7.52M');
    expect(formatCount(11_606_928)).toBe('11.6M');
    expect(formatCount(752_172)).toBe('752k');
    expect(formatCount(999_600)).toBe('1M');
    expect(formatCount(1_234_567_890)).toBe('1.23B');
    expect(formatCount(4_100)).toBe('4.1k');
    expect(formatCount(12.345)).toBe('12.3');
    // A count that is not zero never reads "0": 0.25 of an instance, 0.00123 requests in flight.
    expect(formatCount(0.25)).toBe('0.25');
    expect(formatCount(0.001234)).toBe('0.00123');
    expect(formatCount(Number.NaN)).toBe('—');
  });
});

describe('formatCountWords', () => {
  it('spells out the scale, to three significant figures', () => {
    // 50M every 5 minutes: 50,000,000 × 43,800 / 5 = 438,000,000,000 a month.
    expect(formatCountWords(438e9)).toBe('438 billion');
    expect(formatCountWords(8_760_000)).toBe('8.76 million');
    expect(formatCountWords(1500)).toBe('1.5 thousand');
    expect(formatCountWords(950)).toBe('950');
    expect(formatCountWords(1e12)).toBe('1 trillion');
  });
});

describe('formatRate and formatPercent', () => {
  it('keeps three significant digits', () => {
    expect(formatRate(1000 / 300)).toBe('3.33'); // 1,000 requests / 300 s
    expect(formatRate(0.0416666)).toBe('0.0417');
    expect(formatRate(12_345.6)).toBe('12,346');
  });
  it('never rounds a busy server to 0%', () => {
    expect(formatPercent(0.03)).toBe('3%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0.0001)).toBe('< 0.1%');
    expect(formatPercent(0)).toBe('0%');
    // The other end alike: idle 99.96% of the time is not "100%".
    expect(formatPercent(0.9996)).toBe('> 99.9%');
    expect(formatPercent(0.996)).toBe('99.6%');
    expect(formatPercent(0.98)).toBe('98%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('formatDate', () => {
  it('formats ISO dates without shifting the day', () => {
    expect(formatDate('2026-11-02')).toBe('2 Nov 2026');
  });
});

const EUR: FxQuote = {
  currency: 'EUR',
  usdPerUnit: 1.1761,
  asOf: '2026-05-08',
  source: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
};
const GBP: FxQuote = { ...EUR, currency: 'GBP', usdPerUnit: 1.3610693206804767 };

describe('formatMoney: display currency', () => {
  const eur = moneyFor('EUR', [EUR, GBP]).money;
  const gbp = moneyFor('GBP', [EUR, GBP]).money;
  it('converts USD at the dated rate, then rounds', () => {
    // 6 / 1.1761 = 5.1016… → €5.10
    expect(formatMoney(6, eur)).toBe('€5.10');
    // 6 / 1.36107 = 4.4083… → £4.41
    expect(formatMoney(6, gbp)).toBe('£4.41');
    // 1,500 / 1.1761 = 1,275.40… → €1,275 (no decimals from 1,000 in the shown currency)
    expect(formatMoney(1500, eur)).toBe('€1,275');
    // 1,100 / 1.1761 = 935.29… → stays below 1,000, so cents show
    expect(formatMoney(1100, eur)).toBe('€935.29');
  });
  it('never rounds a non-zero cost to zero, and never shows NaN', () => {
    expect(formatMoney(0, eur)).toBe('€0.00');
    // $0.0058 / 1.1761 = €0.00493… < €0.005
    expect(formatMoney(0.0058, eur)).toBe('< €0.01');
    expect(formatMoney(Number.NaN, eur)).toBe('—');
    expect(formatMoney(6, { currency: 'EUR', rate: { ...EUR, usdPerUnit: Number.NaN } })).toBe('—');
  });
  it('compact axis labels in the shown currency', () => {
    // 1,411.32 / 1.1761 = 1,200.0 → €1.2k
    expect(formatMoney(1411.32, eur, 'compact')).toBe('€1.2k');
    expect(formatMoney(0, eur, 'compact')).toBe('€0');
    // A tick placed at €0.01 and €100 in USD reads back as exactly that.
    expect(formatMoney(usdOf(0.01, eur), eur, 'compact')).toBe('€0.01');
    expect(formatMoney(usdOf(100, eur), eur, 'compact')).toBe('€100');
    // $10 = €8.50 → five steps of €2 (8.50 / 5 = 1.7 → 2): €0 … €10, at USD positions.
    const ticks = linearMoneyTicks(10, eur)!;
    expect(ticks.map((t) => formatMoney(t, eur, 'compact'))).toEqual([
      '€0',
      '€2',
      '€4',
      '€6',
      '€8',
      '€10',
    ]);
    // In USD: $17.60 / 5 = 3.52 → steps of $5, from $0 to $20 (the first tick past $17.60).
    expect(
      linearMoneyTicks(17.6, USD_MONEY)?.map((t) => formatMoney(t, USD_MONEY, 'compact')),
    ).toEqual(['$0', '$5', '$10', '$15', '$20']);
    // $0.42 / 5 = 0.084 → steps of $0.1: $0 … $0.5.
    expect(
      linearMoneyTicks(0.42, USD_MONEY)?.map((t) => formatMoney(t, USD_MONEY, 'compact')),
    ).toEqual(['$0', '$0.10', '$0.20', '$0.30', '$0.40', '$0.50']);
    expect(linearMoneyTicks(0, USD_MONEY)).toBeUndefined();
  });
  it('falls back to USD with a notice when the rate is missing', () => {
    const r = moneyFor('EUR', undefined);
    expect(r.money).toEqual({ currency: 'USD' });
    expect(r.notice).toMatch(/No EUR exchange rate.*USD/);
    expect(moneyFor('GBP', [EUR]).money.currency).toBe('USD');
    expect(moneyFor('USD', [EUR]).notice).toBeUndefined();
  });
  it('describes the rate once: source, date and the rate itself', () => {
    expect(describeRate(eur)).toBe('at the ECB rate of 8 May 2026 (€1 = $1.1761)');
    expect(describeRate(gbp)).toBe('at the ECB rate of 8 May 2026 (£1 = $1.3611)');
    expect(describeRate({ currency: 'USD' })).toBeNull();
  });
});
