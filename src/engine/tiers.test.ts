import { describe, expect, it } from 'vitest';
import { costAfterAllowance, tieredCost } from './tiers.ts';

// Lambda x86 duration tiers (us-east-1): first 6B GB-s at $0.0000166667, next 9B at $0.000015,
// over 15B at $0.0000133334 (https://aws.amazon.com/lambda/pricing/).
const lambdaX86 = [
  { upTo: 6e9, usdPerUnit: 0.0000166667 },
  { upTo: 15e9, usdPerUnit: 0.000015 },
  { upTo: null, usdPerUnit: 0.0000133334 },
];

describe('tieredCost', () => {
  it('prices inside the first tier', () => {
    // 1,000,000 GB-s × $0.0000166667 = $16.6667
    expect(tieredCost(1e6, lambdaX86)).toBeCloseTo(16.6667, 10);
  });
  it('crosses tiers cumulatively', () => {
    // 6e9 × 0.0000166667 = 100,000.2; 9e9 × 0.000015 = 135,000; 1e9 × 0.0000133334 = 13,333.4
    // total for 16e9 GB-s = 248,333.6
    expect(tieredCost(16e9, lambdaX86)).toBeCloseTo(248_333.6, 6);
  });
  it('is zero for zero or negative units', () => {
    expect(tieredCost(0, lambdaX86)).toBe(0);
    expect(tieredCost(-5, lambdaX86)).toBe(0);
  });
});

describe('costAfterAllowance', () => {
  it('uses the allowance first', () => {
    // 1,500,000 − 400,000 free = 1,100,000 GB-s × $0.0000166667 = $18.33337
    expect(costAfterAllowance(1.5e6, 4e5, lambdaX86)).toBeCloseTo(18.33337, 8);
  });
  it('is zero while usage stays inside the allowance', () => {
    expect(costAfterAllowance(3e5, 4e5, lambdaX86)).toBe(0);
  });
});
