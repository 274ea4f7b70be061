import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmtCount, fmtDuration, fmtMemory, fmtPercent, sig3 } from './describe.ts';

const intl3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const intl0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

describe('engine number words', () => {
  it('sig3 writes what Intl writes, including ties and tiny or huge numbers', () => {
    // Ties round half away from zero on the shortest decimal form, as Intl does: 1.005 → 1.01.
    for (const x of [
      1.005, 2.675, 0.125, 1234567, 999.5, 99.95, 9.995, 0.0001234, 1.23e-7, -1.005, 1e21,
      123456789012345680000, 0.5, 1.5e-10, 100, 1000, 0.001, -0, 5e-324, 1.7976931348623157e308,
    ])
      expect(sig3(x), String(x)).toBe(intl3.format(x));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(sig3(x)).toBe(intl3.format(x));
      }),
      { numRuns: 5000 },
    );
    // Numbers written with a few decimals, where ties are common.
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 6 }), (i, d) => {
        const x = i / 10 ** d;
        expect(sig3(x)).toBe(intl3.format(x));
      }),
      { numRuns: 5000 },
    );
  });

  it('fmtCount groups whole numbers like Intl and keeps three digits below 100', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e22, max: 1e22, noNaN: true }), (x) => {
        const want = Math.abs(x) < 100 ? intl3.format(x) : intl0.format(x);
        expect(fmtCount(x)).toBe(want);
      }),
      { numRuns: 3000 },
    );
    expect(fmtCount(8_760_000)).toBe('8,760,000');
    expect(fmtCount(0.25)).toBe('0.25');
    expect(fmtCount(Infinity)).toBe('∞');
  });

  it('durations, memory and shares read as before', () => {
    expect(fmtDuration(900_000)).toBe('15 minutes');
    expect(fmtDuration(90_000)).toBe('1.5 minutes');
    expect(fmtDuration(1500)).toBe('1.5 s');
    expect(fmtDuration(250)).toBe('250 ms');
    expect(fmtMemory(1536)).toBe('1.5 GB');
    expect(fmtMemory(512)).toBe('512 MB');
    expect(fmtPercent(0.034)).toBe('3.4%');
    expect(fmtPercent(0.12345)).toBe('12.3%');
  });
});
