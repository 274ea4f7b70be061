import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatPercent,
  formatRate,
  formatUsd,
  formatUsdCompact,
} from './format.ts';

describe('formatUsd', () => {
  it('shows two decimals below $1,000', () => {
    expect(formatUsd(3.1)).toBe('$3.10');
    expect(formatUsd(4.199)).toBe('$4.20'); // 4.199 rounds half-up to 4.20
    expect(formatUsd(99.994)).toBe('$99.99');
    expect(formatUsd(412.5)).toBe('$412.50');
  });
  it('shows no decimals from $1,000', () => {
    expect(formatUsd(1234.56)).toBe('$1,235'); // .56 rounds up
    expect(formatUsd(1_000_000)).toBe('$1,000,000');
  });
  it('never shows $0.00 for a non-zero cost', () => {
    expect(formatUsd(0.004)).toBe('< $0.01');
    expect(formatUsd(1e-9)).toBe('< $0.01');
    expect(formatUsd(-0.001)).toBe('> -$0.01');
    expect(formatUsd(0.005)).toBe('$0.01'); // half a cent is a cent
    expect(formatUsd(0)).toBe('$0.00');
  });
  it('shows credits with a minus sign', () => {
    expect(formatUsd(-1.5)).toBe('-$1.50');
  });
  it('never prints NaN', () => {
    expect(formatUsd(Number.NaN)).toBe('—');
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatUsdCompact', () => {
  it('abbreviates axis labels', () => {
    expect(formatUsdCompact(1234)).toBe('$1.2k');
    expect(formatUsdCompact(2_500_000)).toBe('$2.5M');
    expect(formatUsdCompact(12)).toBe('$12');
    expect(formatUsdCompact(0.5)).toBe('$0.50');
    expect(formatUsdCompact(0)).toBe('$0');
    expect(formatUsdCompact(0.001)).toBe('< $0.01');
  });
});

describe('formatCount', () => {
  it('writes volumes the way people say them', () => {
    expect(formatCount(10_000)).toBe('10k');
    expect(formatCount(41_000_000)).toBe('41M');
    expect(formatCount(8_760_000)).toBe('8.8M'); // 1,000 every 5 min × 8,760 = 8.76M
    expect(formatCount(1e8)).toBe('100M');
    expect(formatCount(1e12)).toBe('1T');
    expect(formatCount(950)).toBe('950');
    expect(formatCount(0)).toBe('0');
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
  });
});

describe('formatDate', () => {
  it('formats ISO dates without shifting the day', () => {
    expect(formatDate('2026-11-02')).toBe('2 Nov 2026');
  });
});
