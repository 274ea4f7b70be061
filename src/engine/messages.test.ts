import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import { timerScenario } from './timers.ts';
import { catalogOffers, catalogPlatform, monthly } from './test-catalog.ts';
import type { Scenario } from './scenario.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

describe('every warning names its offer', () => {
  // The verdict lists the reasons of offers that cannot run one after another ("Left out because
  // they cannot run this workload: …"), so a reason must say which offer it is about.
  const base = monthly(30e6, { durationMs: 200, memoryMb: 10_240, ephemeralStorageMb: 10_240 });
  const scenarios: [string, Scenario][] = [
    ['10 GB per request', base],
    [
      'every extra on',
      {
        ...base,
        memoryMb: 512,
        durationMs: 20 * 60_000,
        faas: { ...base.faas, provisionedConcurrency: 2, frontDoor: 'no-such-front-door' },
        alwaysOn: { ...base.alwaysOn, loadBalancer: true, containerVcpu: 0.3 },
        state: { store: 'redis', readsPerRequest: 1, writesPerRequest: 1, itemKb: 1 },
        coldStart: { ...base.coldStart!, arrivals: 'bursts' },
        workload: { requests: 5000, everyMinutes: 30 },
      } as Scenario,
    ],
    ['a timer every 30 s', timerScenario({ everyMinutes: 0.5, runSeconds: 1 })],
  ];
  for (const [name, s] of scenarios)
    it(name, () => {
      const r = evaluateScenario(s, catalogOffers(), { platform, breakEven: false });
      let seen = 0;
      for (const o of r.results) {
        for (const w of o.warnings) {
          expect(w.message, `${o.offerId} ${w.code}`).toContain(o.product);
          seen++;
        }
        if (o.unavailableReason) expect(o.unavailableReason).toContain(o.product);
      }
      expect(seen).toBeGreaterThan(10);
    });
});
