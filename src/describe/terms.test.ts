import { describe, expect, it } from 'vitest';
import { termAssumption, termLabel, termPhrase } from './terms.ts';

describe('the commitment term in words', () => {
  it('names each term once, for the CLI header, the server options and the verdict', () => {
    expect(termLabel('3y')).toBe('3-year');
    expect(termPhrase('none')).toBe('on demand');
    expect(termPhrase('1y')).toBe('a 1-year commitment, no upfront');
    expect(termAssumption('none')).toBe('on demand (no commitment)');
    expect(termAssumption('3y')).toBe(
      'servers and Lambda duration on a 3-year commitment, no upfront, where a sourced rate exists',
    );
  });
});
