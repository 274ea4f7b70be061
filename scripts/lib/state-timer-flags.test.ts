import { timerVerdictText } from '../../src/describe/faas-properties.ts';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate.ts';
import { timerVerdict } from '../../src/engine/timers.ts';
import { catalogOffers, catalogPlatform } from '../../src/engine/test-catalog.ts';
import { parseFlags, scenarioFromFlags, UsageError } from './cli-scenario.ts';
import { runCost } from './cost-cli.ts';
import { parseStateFlag } from './state-timer-flags.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

/** The scenario the CLI builds from these flags. */
function build(argv: string[]) {
  return scenarioFromFlags(parseFlags(argv), catalogOffers()).scenario;
}

describe('CLI: cold-start, external-state and timer flags', () => {
  it('--init-ms, --keep-alive-minutes, --arrivals, --cold-start-cost', () => {
    const s = build([
      '--init-ms',
      '400',
      '--keep-alive-minutes',
      '5',
      '--arrivals',
      'bursts',
      '--cold-start-cost',
    ]);
    expect(s.coldStart).toEqual({
      arrivals: 'bursts',
      runtime: 'nodejs',
      initMs: 400,
      keepAliveMinutes: 5,
      includeCost: true,
    });
  });

  it('--state reads=2,writes=1 means DynamoDB; a store can be named', () => {
    expect(build(['--state', 'reads=2,writes=1']).state).toEqual({
      store: 'dynamodb',
      readsPerRequest: 2,
      writesPerRequest: 1,
      itemKb: 1,
    });
    expect(parseStateFlag('s3:reads=1,writes=1,item-kb=8')).toEqual({
      store: 's3',
      readsPerRequest: 1,
      writesPerRequest: 1,
      itemKb: 8,
    });
    expect(parseStateFlag('redis:')).toEqual({ store: 'redis' });
  });

  it('names the flag and what was expected', () => {
    expect(() => parseStateFlag('reads=two')).toThrow(/--state: reads: "two" is not a number/);
    expect(() => parseStateFlag('mysql:reads=1')).toThrow(/--state: "mysql" is not one of/);
    expect(() => parseStateFlag('reeds=1')).toThrow(UsageError);
    expect(() => build(['--arrivals', 'sometimes'])).toThrow(/--arrivals: "sometimes"/);
    expect(() => build(['--run-seconds', '5'])).toThrow(/--run-seconds: only with --preset timer/);
    expect(() => parseStateFlag('reads=1,item-kb=0')).toThrow(
      /^--state: item-kb: 0 must be more than 0; expected more than 0 and at most 400 KB$/,
    );
    expect(() => build(['--preset', 'timer', '--run-seconds', '0'])).toThrow(
      /^--run-seconds: 0 must be more than 0; expected more than 0 and at most 3,600 s$/,
    );
  });

  it('--preset timer: a job every 15 minutes for 30 s, with its verdict', () => {
    const s = build([
      '--preset',
      'timer',
      '--every-minutes',
      '15',
      '--run-seconds',
      '30',
      '--offers',
      'aws-lambda-arm64,aws-ec2-t3-micro',
    ]);
    expect(s.workload).toEqual({ requests: 1, everyMinutes: 15 });
    expect(s.durationMs).toBe(30_000);
    expect(s.cpuMs).toBeUndefined();
    expect(s.trigger).toBe('schedule');
    const result = evaluateScenario(s, catalogOffers(), { platform });
    const v = timerVerdict(result);
    expect(v.cheaper).toBe('faas');
    expect(timerVerdictText(s, v)).toMatch(/^A job every 15 minutes for 30 s: /);
  });

  it('npm run cost: --state is its own line on FaaS offers only, in the JSON contract', () => {
    const out = runCost([
      '--state',
      'reads=2,writes=1',
      '--offers',
      'aws-lambda-arm64,aws-ec2-t4g-small',
      '--format',
      'json',
    ]);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as {
      results: { offerId: string; lines: { label: string; monthlyUsd: number }[] }[];
    };
    const state = (id: string) =>
      report.results
        .find((r) => r.offerId === id)
        ?.lines.find((l) => l.label.startsWith('External state'));
    // The default 8,760,000 requests × (2 × $0.125 + $0.625) per million = $7.665.
    expect(state('aws-lambda-arm64')?.monthlyUsd).toBeCloseTo(7.665, 9);
    expect(state('aws-ec2-t4g-small')).toBeUndefined();
  });

  it('npm run cost: a bad value exits 2 naming the flag', () => {
    const out = runCost(['--init-ms', 'soon']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('cost: --init-ms: "soon" is not a number');
    const range = runCost(['--keep-alive-minutes', '-5']);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/^cost: --keep-alive-minutes/m);
  });

  it('npm run cost --preset timer prints the timer verdict under the table', () => {
    const out = runCost([
      '--preset',
      'timer',
      '--every-minutes',
      '15',
      '--run-seconds',
      '30',
      '--offers',
      'aws-lambda-arm64,aws-ec2-t3-micro',
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /A job every 15 minutes for 30 s: AWS Lambda \(Arm\) fired by EventBridge Scheduler costs \$0\.00 a month/,
    );
  });
});
