import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { monthly, testFaas, testVm } from './test-catalog.ts';

describe('each offer has a status', () => {
  it('priced: runs the workload, with no reason', () => {
    const faas = testFaas();
    const [r] = evaluateScenario({ ...monthly(1e6), offers: [faas.id] }, [faas]).results;
    expect(r?.status).toBe('priced');
    expect(r?.reason).toBeNull();
  });

  it('cannot-run: the first hard limit is the reason, as data', () => {
    // The test FaaS allows 15 minutes (900,000 ms) per request; the workload asks for 20 minutes.
    const faas = testFaas({
      limits: { memoryMb: { min: 128, max: 10240 }, maxDurationMs: 900_000 },
    });
    const s = { ...monthly(1e6, { durationMs: 1_200_000 }), offers: [faas.id] };
    const [r] = evaluateScenario(s, [faas]).results;
    expect(r?.status).toBe('cannot-run');
    expect(r?.reason).toMatchObject({
      code: 'duration-limit',
      severity: 'error',
      offerId: 'test-faas',
      params: { limitMs: 900_000, durationMs: 1_200_000 },
    });
  });

  it('cannot-run: one request holds more memory than the machine has after its base', () => {
    // The test VM has 1,024 MB; less the default 128 MB base, 896 MB; each request holds 1,000 MB.
    const vm = testVm();
    const s = { ...monthly(1e6, { alwaysOn: { workingSetMb: 1000 } }), offers: [vm.id] };
    const [r] = evaluateScenario(s, [vm]).results;
    expect(r?.status).toBe('cannot-run');
    expect(r?.reason).toMatchObject({
      code: 'instance-memory',
      params: { workingSetMb: 1000, baseMemoryMb: 128, instanceMemoryMb: 1024 },
    });
  });

  it('unavailable: no price in the chosen area, with the area as a code', () => {
    // The test VM is priced in us-east only; the scenario asks for Europe.
    const vm = testVm();
    const s = { ...monthly(1e6, { area: 'europe' }), offers: [vm.id] };
    const [r] = evaluateScenario(s, [vm]).results;
    expect(r?.status).toBe('unavailable');
    expect(r?.available).toBe(false);
    expect(r?.reason).toEqual({ code: 'not-in-area', params: { area: 'europe' } });
  });

  it('unavailable: an offer never converted to USD (the catalog converts every offer at load)', () => {
    const vm = { ...testVm(), currency: 'EUR' as const };
    const [r] = evaluateScenario({ ...monthly(1e6), offers: [vm.id] }, [vm]).results;
    expect(r?.status).toBe('unavailable');
    expect(r?.reason).toEqual({ code: 'no-fx-rate', params: { currency: 'EUR' } });
  });
});
