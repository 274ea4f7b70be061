import { describe, expect, it } from 'vitest';
import { parseNumber, separatorsOf } from './parse-number.ts';

const US = separatorsOf('en-US');
const DE = separatorsOf('de-DE');
const FR = separatorsOf('fr-FR');
const CH = separatorsOf('de-CH');
const IN = separatorsOf('en-IN');

describe('separatorsOf', () => {
  it("takes the locale's own group and decimal separators from Intl", () => {
    expect(US).toEqual({ group: ',', decimal: '.' });
    expect(DE).toEqual({ group: '.', decimal: ',' });
    // French groups with a narrow no-break space (U+202F), Swiss German with an apostrophe (a
    // straight one or U+2019, by ICU release: both group wherever they are typed).
    expect(FR).toEqual({ group: '\u202f', decimal: ',' });
    expect(["'", '’']).toContain(CH.group);
    expect(CH.decimal).toBe('.');
  });
});

describe('parseNumber', () => {
  it('reads plain numbers, groups and decimals in en-US', () => {
    expect(parseNumber('1000', false, US)).toBe(1000);
    expect(parseNumber(' 1,000 ', false, US)).toBe(1000);
    expect(parseNumber('50,000,000', false, US)).toBe(50_000_000);
    expect(parseNumber('1,234.5', false, US)).toBe(1234.5);
    expect(parseNumber('0.125', false, US)).toBe(0.125);
    expect(parseNumber('.5', false, US)).toBe(0.5);
    expect(parseNumber('1.5', false, US)).toBe(1.5);
    expect(parseNumber('1.2345', false, US)).toBe(1.2345);
    expect(parseNumber('-2.5', false, US)).toBe(-2.5);
    // Spaces, underscores and apostrophes group too.
    expect(parseNumber('1 000 000', false, US)).toBe(1_000_000);
    expect(parseNumber('1_000', false, US)).toBe(1000);
    expect(parseNumber("1'000", false, US)).toBe(1000);
  });

  it('reads in de-DE: "1.000" is a thousand, "1,5" one and a half', () => {
    expect(parseNumber('1.000', false, DE)).toBe(1000);
    expect(parseNumber('43.800.000', false, DE)).toBe(43_800_000);
    expect(parseNumber('1,5', false, DE)).toBe(1.5);
    expect(parseNumber('1.234,56', false, DE)).toBe(1234.56);
  });

  it('reads French and Swiss groups', () => {
    expect(parseNumber('1\u202f000,5', false, FR)).toBe(1000.5);
    expect(parseNumber('1 000', false, FR)).toBe(1000);
    expect(parseNumber('1’000.5', false, CH)).toBe(1000.5);
  });

  it('takes Indian grouping (lakh, crore) as written', () => {
    expect(parseNumber('12,34,567', false, IN)).toBe(1_234_567);
    expect(parseNumber('1,00,000', false, US)).toBe(100_000);
  });

  it('never reads "1.000" in en-US as 1: it names both readings', () => {
    expect(parseNumber('1.000', false, US)).toBe('"1.000" is unclear: type 1 or 1,000');
    expect(parseNumber('1.500', false, US)).toBe('"1.500" is unclear: type 1.5 or 1,500');
    // A decimal with three figures has a way out that cannot be a group: a fourth figure.
    expect(parseNumber('12.345', false, US)).toBe('"12.345" is unclear: type 12.3450 or 12,345');
    // The same doubt the other way round in de-DE.
    expect(parseNumber('1,000', false, DE)).toBe('"1,000" is unclear: type 1 or 1.000');
    // No doubt: a leading zero, four figures, a group before it, or an exponent.
    expect(parseNumber('0.500', false, US)).toBe(0.5);
    expect(parseNumber('1.0000', false, US)).toBe(1);
    expect(parseNumber('1,000.000', false, US)).toBe(1000);
    expect(parseNumber('1.000e3', false, US)).toBe(1000);
  });

  it('refuses groups that are not thousands instead of dropping the separator', () => {
    const message = '"1,5" is unclear: in your locale "," groups thousands and "." starts decimals';
    expect(parseNumber('1,5', false, US)).toBe(message);
    expect(parseNumber('1,50', false, US)).toMatch(/^"1,50" is unclear/);
    expect(parseNumber('1234,567', false, US)).toMatch(/^"1234,567" is unclear/);
    // A German habit of decimal points in de-DE: "." groups there.
    expect(parseNumber('1.5', false, DE)).toBe(
      '"1.5" is unclear: in your locale "." groups thousands and "," starts decimals',
    );
  });

  it('reads exponents', () => {
    expect(parseNumber('1e6', false, US)).toBe(1_000_000);
    expect(parseNumber('2.5E3', false, US)).toBe(2500);
    expect(parseNumber('1e-3', false, US)).toBe(0.001);
    expect(parseNumber('2,5e3', false, DE)).toBe(2500);
  });

  it('reads k, M and B where suffixes are allowed, and refuses "m" as unclear', () => {
    expect(parseNumber('2k', true, US)).toBe(2000);
    expect(parseNumber('2K', true, US)).toBe(2000);
    expect(parseNumber('1.5M', true, US)).toBe(1_500_000);
    expect(parseNumber('50 M', true, US)).toBe(50_000_000);
    expect(parseNumber('3B', true, US)).toBe(3_000_000_000);
    expect(parseNumber('3b', true, US)).toBe(3_000_000_000);
    expect(parseNumber('1,5M', true, DE)).toBe(1_500_000);
    expect(parseNumber('1e3k', true, US)).toBe(1_000_000);
    // Minutes, milli or million? It asks.
    expect(parseNumber('50m', true, US)).toBe('"50m" is unclear: write M for million');
    expect(parseNumber('2x', true, US)).toBeNaN();
    // Where suffixes are not allowed (memory, durations), a letter is not a number.
    expect(parseNumber('2k', false, US)).toBeNaN();
    expect(parseNumber('512m', false, US)).toBeNaN();
  });

  it('anything else is not a number', () => {
    for (const t of ['', ' ', '.', '-', 'e6', '1e', 'lots', '1..2', '1.000.000', '12abc', '1,,000'])
      expect(parseNumber(t, true, US), t).toBeNaN();
  });
});
