import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { monthly, testVm } from './test-catalog.ts';

describe('an offer with no price in the chosen area', () => {
  it('is unavailable there, and the reason names the area as people do', () => {
    // The test VM is priced in us-east only; the scenario asks for Europe.
    const vm = testVm();
    const s = { ...monthly(1_000_000, { area: 'europe' }), offers: [vm.id] };
    const [r] = evaluateScenario(s, [vm]).results;
    expect(r?.available).toBe(false);
    expect(r?.status).toBe('unavailable');
    expect(r?.reason).toEqual({ code: 'not-in-area', params: { area: 'europe' } });
  });
});
