import { describe, expect, it } from 'vitest';
import { averageDay, weeklyProfile } from './profile.ts';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('weeklyProfile', () => {
  it('has 168 hours with mean 1 for every pattern', () => {
    for (const p of [
      { kind: 'constant' },
      { kind: 'business-hours', offHoursRatio: 0.05 },
      { kind: 'diurnal', peakToAverage: 3 },
      { kind: 'spiky', peakToAverage: 6, burstsPerDay: 2 },
    ] as const) {
      const w = weeklyProfile(p);
      expect(w).toHaveLength(168);
      expect(mean(w)).toBeCloseTo(1, 12);
      expect(Math.min(...w)).toBeGreaterThanOrEqual(0);
    }
  });
  it('business hours: 40 open hours at 1 and 128 at 0.05, normalised', () => {
    // mean before normalising = (40 + 128 × 0.05)/168 = 46.4/168; open hours = 168/46.4 = 3.6207
    const w = weeklyProfile({ kind: 'business-hours', offHoursRatio: 0.05 });
    expect(w[24 + 10]).toBeCloseTo(168 / 46.4, 10); // Tuesday 10:00
    expect(w[24 * 6 + 10]).toBeCloseTo((0.05 * 168) / 46.4, 10); // Sunday 10:00
  });
  it('diurnal reaches the asked peak-to-average ratio at 14:00', () => {
    const w = weeklyProfile({ kind: 'diurnal', peakToAverage: 2.5 });
    expect(Math.max(...w)).toBeCloseTo(2.5, 6);
    expect(w[14]).toBeCloseTo(2.5, 6);
  });
  it('spiky: 2 bursts at 6× the average, the rest evenly lower', () => {
    // base = (24 − 2 × 6)/(24 − 2) = 12/22
    const w = weeklyProfile({ kind: 'spiky', peakToAverage: 6, burstsPerDay: 2 });
    expect(w.filter((x) => Math.abs(x - 6) < 1e-9)).toHaveLength(14);
    expect(Math.min(...w)).toBeCloseTo(12 / 22, 10);
  });
  it('averageDay keeps mean 1', () => {
    expect(
      mean(averageDay(weeklyProfile({ kind: 'business-hours', offHoursRatio: 0 }))),
    ).toBeCloseTo(1, 12);
  });
});
