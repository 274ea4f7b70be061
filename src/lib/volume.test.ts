import { describe, expect, it } from 'vitest';
import { requestsPerMonthOf, requestsPerSecondOf } from '../engine/scenario.ts';
import { volumeOf } from './volume.ts';

describe('volumeOf', () => {
  it('works out the article workload by hand', () => {
    // 1,000 every 5 min = 200/min = 3.33/s; × 1,440 min = 288,000 a day; × 43,800 min = 8.76M a month.
    const v = volumeOf({ requests: 1000, everyMinutes: 5 });
    expect(v.perSecond).toBeCloseTo(3.3333, 4);
    expect(v.perDay).toBe(288_000);
    expect(v.perMonth).toBe(8_760_000);
  });
  it('agrees with the engine', () => {
    for (const w of [
      { requests: 1000, everyMinutes: 5 },
      { requests: 7, everyMinutes: 1440 },
      { requests: 1e9, everyMinutes: 0.5 },
    ]) {
      expect(volumeOf(w).perMonth).toBeCloseTo(requestsPerMonthOf(w), 6);
      expect(volumeOf(w).perSecond).toBeCloseTo(requestsPerSecondOf(w), 9);
    }
  });
});
