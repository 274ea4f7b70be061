/**
 * Hand-made engine results for tests of what reads them (ranking, words, page, exports): the
 * numbers are chosen, not computed, so a test can state exactly what must be said. Only imported
 * by test files.
 */
import type { BreakEven, FleetInfo, OfferResult, ScenarioResult, Warning } from './types.ts';

/** The hard limit these tests use: an offer that caps memory at 128 MB, asked for 512 MB. */
export function memoryLimit(offerId = 'test'): Warning {
  return {
    code: 'memory-limit',
    severity: 'error',
    offerId,
    params: { limitMb: 128, memoryMb: 512 },
  };
}

export function fakeResult(
  p: Partial<OfferResult> & Pick<OfferResult, 'offerId' | 'label' | 'family' | 'monthlyUsd'>,
): OfferResult {
  const m = p.monthlyUsd;
  // The status the engine would give: unpriced, blocked by an error-level warning, or priced.
  const blocker = p.warnings?.find((w) => w.severity === 'error') ?? null;
  const status = p.available === false ? 'unavailable' : blocker ? 'cannot-run' : 'priced';
  return {
    provider: 'Test',
    product: p.label,
    kind: p.family === 'faas' ? 'faas' : 'always-on',
    region: 'test-1',
    available: true,
    status,
    reason:
      status === 'unavailable' ? { code: 'not-in-area', params: { area: 'europe' } } : blocker,
    // Day and week are 24/730 and 168/730 of the month.
    totals: { day: (m * 24) / 730, week: (m * 168) / 730, month: m },
    lines: [],
    warnings: [],
    meters: [],
    fixedMonthlyUsd: p.family === 'faas' ? 0 : m,
    freeTierRunsOutAtHour: null,
    source: 'https://example.com/pricing',
    checkedOn: '2026-11-02',
    verification: 'official',
    offer: {} as OfferResult['offer'],
    ...p,
  };
}

export function fakeFleet(averageCpuUtilization: number, peakInstances = 1): FleetInfo {
  return {
    instanceType: 'test.small',
    vcpuPerInstance: 2,
    memoryMbPerInstance: 2048,
    instancesByHour: new Array<number>(168).fill(peakInstances),
    peakInstances,
    averageInstances: peakInstances,
    averageCpuUtilization,
    peakCpuUtilization: averageCpuUtilization,
    sizedBy: 'minimum',
    fixed: true,
    peakInFlight: 1,
    requestsPerInstance: 50,
    availability: 'single',
  };
}

export function fakeScenarioResult(
  results: OfferResult[],
  breakEven: BreakEven[] = [],
  requestsPerMonth = 8_760_000,
): ScenarioResult {
  return {
    requestsPerMonth,
    requestsPerSecond: requestsPerMonth / (730 * 3600),
    weeklyProfile: new Array<number>(168).fill(1),
    results,
    breakEven,
  };
}
