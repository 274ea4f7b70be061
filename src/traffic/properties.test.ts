/** Properties of the derivation and of the week's levels (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOURS_PER_WEEK, MS_PER_HOUR, TrafficAggregator } from './aggregate.ts';
import { importText } from './importer.ts';
import { fromLevels, toLevels } from './levels.ts';
import { PROFILE_LEVELS } from '../scenario/calendar.ts';

/** Monday 2024-03-04 00:00 UTC. */
const MONDAY = Date.UTC(2024, 2, 4);

describe('the typical week', () => {
  it('keeps every request: over whole weeks, Σ profile × weeks = total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 3 * HOURS_PER_WEEK }),
        (weeks, counts) => {
          const agg = new TrafficAggregator();
          const hours = weeks * HOURS_PER_WEEK;
          agg.cover(MONDAY, hours * MS_PER_HOUR);
          let total = 0;
          for (let h = 0; h < hours; h++) {
            const n = counts[h % counts.length]!;
            total += n;
            if (n > 0) agg.add(MONDAY + h * MS_PER_HOUR, MS_PER_HOUR, n);
          }
          fc.pre(total > 0);
          const d = agg.derive();
          const sum = d.profile.reduce((a, b) => a + b, 0);
          expect(sum * weeks).toBeCloseTo(total, 6);
          expect(d.requestsPerMonth).toBeCloseTo((total / hours) * 730, 6);
        },
      ),
    );
  });

  it('requests a month and the mean duration do not depend on the order of the rows', () => {
    const row = fc.record({
      hour: fc.integer({ min: 0, max: 200 }),
      count: fc.integer({ min: 1, max: 5000 }),
      ms: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { minLength: 2, maxLength: 40, selector: (r) => r.hour }),
        fc.nat(),
        (rows, seed) => {
          const csv = (rs: typeof rows) =>
            [
              'timestamp,count,duration_ms',
              ...rs.map(
                (r) =>
                  `${new Date(MONDAY + r.hour * MS_PER_HOUR).toISOString()},${r.count},${r.ms}`,
              ),
            ].join('\n');
          const shuffled = [...rows].sort(
            (a, b) => ((a.hour * 7919 + seed) % 101) - ((b.hour * 7919 + seed) % 101),
          );
          const a = importText(csv(rows));
          const b = importText(csv(shuffled));
          if (!a.ok || !b.ok) throw new Error('import failed');
          expect(b.derived.requestsPerMonth).toBeCloseTo(a.derived.requestsPerMonth, 6);
          expect(b.derived.meanDurationMs!).toBeCloseTo(a.derived.meanDurationMs!, 6);
          // Sum the buckets, never average averages: the mean is Σ(ms × count) ÷ Σ count.
          const total = rows.reduce((s, r) => s + r.count, 0);
          const weighted = rows.reduce((s, r) => s + r.ms * r.count, 0);
          expect(a.derived.meanDurationMs!).toBeCloseTo(weighted / total, 6);
        },
      ),
    );
  });
});

describe('the week as levels', () => {
  const week = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), {
    minLength: HOURS_PER_WEEK,
    maxLength: HOURS_PER_WEEK,
  });

  it('rounds each hour by at most half a level: |level ÷ 63 × busiest − hour| ≤ busiest ÷ 126', () => {
    fc.assert(
      fc.property(week, (profile) => {
        const max = Math.max(...profile);
        fc.pre(max > 0);
        const levels = toLevels(profile);
        profile.forEach((v, i) => {
          expect(Math.abs(((levels[i] ?? 0) / PROFILE_LEVELS) * max - v)).toBeLessThanOrEqual(
            max / 126 + 1e-9,
          );
        });
        expect(Math.max(...levels)).toBe(PROFILE_LEVELS);
        // Relative to the mean (what the engine uses), levels have mean exactly 1.
        expect(fromLevels(levels).reduce((a, b) => a + b, 0)).toBeCloseTo(HOURS_PER_WEEK, 9);
      }),
    );
  });
});
