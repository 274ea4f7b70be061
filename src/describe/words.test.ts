import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USD_MONEY } from './format.ts';
import { pricePer } from './results.ts';
import {
  fmtAmount,
  fmtCount,
  fmtDuration,
  fmtMemory,
  fmtPercent,
  freeTierRunOutText,
  inSentence,
  meterUnit,
  plural,
  possessive,
  sig3,
  sigDigits,
} from './words.ts';
import { formatMoney } from './format.ts';

const fmtRate = (usd: number) => formatMoney(usd, USD_MONEY, 'price');
const fmtPer = (usd: number, unit: string) => pricePer(usd, unit);

const intl3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const intl0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

describe('number words', () => {
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

  it('sigDigits writes what Intl writes for any number of digits, never in exponent notation', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 15 }),
        (x, d) => {
          const want = new Intl.NumberFormat('en-US', { maximumSignificantDigits: d }).format(x);
          expect(sigDigits(x, d)).toBe(want);
          expect(sigDigits(x, d)).not.toMatch(/e/i);
        },
      ),
      { numRuns: 5000 },
    );
    // 9.999995 to 6 digits carries into a new digit: 10.0000 → "10".
    expect(sigDigits(9.999995, 6)).toBe('10');
    expect(sigDigits(1.66667e-5, 6)).toBe('0.0000166667');
  });

  it('prices read as money, never in exponent notation', () => {
    // Per single unit below a tenth of a cent: six significant digits, written out.
    expect(fmtRate(1.66667e-5)).toBe('$0.0000166667');
    expect(fmtRate(3.09e-8)).toBe('$0.0000000309');
    expect(fmtRate(2e-7)).toBe('$0.0000002');
    // Two decimals once there are any; whole amounts stay whole.
    expect(fmtRate(0.2)).toBe('$0.20');
    expect(fmtRate(0.128)).toBe('$0.128');
    expect(fmtRate(5)).toBe('$5');
    expect(fmtRate(0)).toBe('$0');
    expect(fmtAmount(4.5)).toBe('4.50');
    // 1/300 = 0.0033333…: six significant digits, 0.00333333.
    expect(fmtAmount(1 / 300)).toBe('0.00333333');
    // $0.0000002 a request is $0.20 per million; $0.09 a GB stays per GB.
    expect(fmtPer(2e-7, 'request')).toBe('$0.20 per 1M');
    expect(fmtPer(0.09, 'GB')).toBe('$0.09 per GB');
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e6, noNaN: true }), (x) => {
        expect(fmtRate(x)).not.toMatch(/e/i);
      }),
    );
  });

  it('meter units: the multiplier they name, the plural and what a price is per', () => {
    expect(meterUnit('1M requests')).toEqual({ scale: 1e6, many: 'requests', per: '1M' });
    expect(meterUnit('1M CPU-ms')).toEqual({ scale: 1e6, many: 'CPU-ms', per: '1M' });
    expect(meterUnit('request')).toEqual({ scale: 1, many: 'requests', per: 'request' });
    expect(meterUnit('GB-s')).toEqual({ scale: 1, many: 'GB-s', per: 'GB-s' });
    expect(meterUnit('CPU-hour')).toEqual({ scale: 1, many: 'CPU-hours', per: 'CPU-hour' });
    expect(meterUnit('1K reads')).toEqual({ scale: 1e3, many: 'reads', per: '1K' });
  });

  it('possessives and plurals read as English', () => {
    expect(possessive('Cloud Run functions')).toBe("Cloud Run functions'");
    expect(possessive('AWS Lambda (Arm)')).toBe("AWS Lambda (Arm)'s");
    expect(possessive('Cloudflare Workers')).toBe("Cloudflare Workers'");
    expect(possessive('Azure B2s')).toBe("Azure B2s's");
    expect(possessive('AWS')).toBe("AWS's");
    expect(plural(1, 'request')).toBe('1 request');
    expect(plural(2, 'request')).toBe('2 requests');
    expect(plural(8_760_000, 'request')).toBe('8,760,000 requests');
  });

  it('labels inside a sentence keep their own capitals', () => {
    expect(inSentence('Requests')).toBe('requests');
    expect(inSentence('Compute (GB-s)')).toBe('compute (GB-s)');
    expect(inSentence('CPU (vCPU-s)')).toBe('CPU (vCPU-s)');
    expect(inSentence('On-demand execution time (GB-s)')).toBe('on-demand execution time (GB-s)');
  });

  it('free-tier run-outs: by day, earliest first, same-day allowances together', () => {
    // Hour 83.3 is in day 4 (72–96), 333.3 in day 14 (312–336), 10 and 20 both in day 1.
    expect(
      freeTierRunOutText([
        { label: 'Compute (GB-s)', hour: 333.3 },
        { label: 'Requests', hour: 83.3 },
      ]),
    ).toBe('runs out on day 4 for requests and on day 14 for compute (GB-s)');
    expect(
      freeTierRunOutText([
        { label: 'Executions', hour: 20 },
        { label: 'On-demand execution time (GB-s)', hour: 10 },
        { label: 'CPU (vCPU-s)', hour: null },
        { label: 'Memory (GiB-s)', hour: null },
      ]),
    ).toBe(
      'runs out on day 1 for on-demand execution time (GB-s) and executions, but the allowances for CPU (vCPU-s) and memory (GiB-s) last the month',
    );
    expect(freeTierRunOutText([{ label: 'Requests', hour: null }])).toBe('');
  });
});
