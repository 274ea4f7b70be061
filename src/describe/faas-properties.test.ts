import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine/evaluate.ts';
import type { ScenarioInput } from '../engine/scenario.ts';
import { catalogOffers, catalogPlatform, monthly } from '../engine/test-catalog.ts';
import { timerScenario, timerVerdict } from '../engine/timers.ts';
import { summarizeFaasProperties, timerVerdictText } from './faas-properties.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

function pair(perMonth: number, rest: Partial<ScenarioInput>) {
  const s = monthly(perMonth, {
    durationMs: 100,
    memoryMb: 512,
    offers: ['aws-lambda-arm64', 'aws-ec2-t4g-small'],
    // The server's instance price alone (no public IPv4 or root disk): these tests are about state.
    alwaysOn: { serverExtras: false },
    ...rest,
  });
  const r = evaluateScenario(s, catalogOffers(), { platform });
  return {
    faas: r.results.find((x) => x.offerId === 'aws-lambda-arm64')!,
    server: r.results.find((x) => x.offerId === 'aws-ec2-t4g-small')!,
  };
}

describe('summarizeFaasProperties', () => {
  it('says how much of the difference external state accounts for', () => {
    // 20 M requests, 100 ms, 512 MB on Lambda (Arm): requests $4 − $0.20 free; duration
    // 1 M GB-s × $0.0000133334 = $13.3334 − 400,000 free × $0.0000133334 = $5.33336.
    // Without state: $11.80004. State: 40 M reads × $0.125/M + 20 M writes × $0.625/M = $17.50.
    // t4g.small: 730 × $0.0168 = $12.264, and 100 ms of CPU each: 20 M × 0.1 s = 555.56 vCPU-hours
    // against its 2 × 20 % × 730 = 292, so 263.56 surplus at $0.04 = $10.54222. Difference
    // $29.30004 − $22.80622 = $6.49382 < $17.50: the state alone turns the verdict.
    const { faas, server } = pair(20_000_000, {
      state: { store: 'dynamodb', readsPerRequest: 2, writesPerRequest: 1 },
    });
    const s = summarizeFaasProperties(faas, server);
    expect(s.stateUsd).toBeCloseTo(17.5, 9);
    expect(s.differenceUsd).toBeCloseTo(6.4938178, 6);
    expect(s.stateShareOfDifference).toBe(1);
    expect(s.sentences[0]).toBe(
      'External state (DynamoDB on-demand (us-east-1)) adds $17.50 a month; without it AWS Lambda (Arm) would be cheaper than EC2 t4g.small.',
    );
  });

  it('gives the share when state is only part of the difference', () => {
    // 40 M requests: without state 40 M × $0.20/M − $0.20 = $7.80 and 2 M GB-s × $0.0000133334
    // − $5.33336 = $21.33344, so $29.13344; S3 1 GET per request: 40 M × $0.0000004 = $16.00.
    // t4g.small, 20 ms of CPU each: 40 M / 2,628,000 s = 15.22 req/s × 0.02 s = 0.304 vCPUs, one
    // instance, within its 2 × 20 % = 0.4 baseline: $12.264. Difference $45.13344 − $12.264 =
    // $32.86944; share 16 / 32.86944 = 48.68%.
    const { faas, server } = pair(40_000_000, {
      cpuMs: 20,
      state: { store: 's3', readsPerRequest: 1 },
    });
    const s = summarizeFaasProperties(faas, server);
    expect(s.stateUsd).toBeCloseTo(16, 9);
    expect(s.stateShareOfDifference).toBeCloseTo(16 / 32.86944, 6);
    expect(s.sentences[0]).toMatch(
      /: 49% of the \$32\.87 by which AWS Lambda \(Arm\) is dearer\.$/,
    );
  });
});

describe('timerVerdictText', () => {
  const text = (requests: number) => {
    const s = timerScenario(
      { everyMinutes: 15, runSeconds: 30 },
      { offers: ['aws-lambda-arm64', 'aws-ec2-t4g-small'] },
    );
    const n = { ...s, workload: { ...s.workload, requests } };
    return timerVerdictText(n, timerVerdict(evaluateScenario(n, catalogOffers(), { platform })));
  };

  it('a job is one run', () => {
    expect(text(1)).toMatch(
      /^A job every 15 minutes for 30 s: .* a server that only runs this job, /,
    );
  });

  it('a schedule with 1,000 runs a firing says 1,000 jobs, never "a job"', () => {
    // What a share link with n=1000&trig=schedule asks for: 1,000 jobs, each every 15 minutes.
    expect(text(1000)).toMatch(
      /^1,000 jobs every 15 minutes, each run 30 s: .* a server that only runs them, /,
    );
  });
});
