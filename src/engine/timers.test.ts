import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { evaluateScenario } from './evaluate.ts';
import { priceOffer } from './price-offer.ts';
import { catalogOffers, catalogPlatform, offerById } from './test-catalog.ts';
import { timerScenario, timerVerdict } from './timers.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const all = catalogOffers();

describe('the scheduled-job preset', () => {
  // Every 15 minutes for 30 s at 512 MB: 43,800 / 15 = 2,920 runs a month.
  const job = { everyMinutes: 15, runSeconds: 30 };

  it('adds EventBridge Scheduler to Lambda: free below 14 M invocations', () => {
    const s = timerScenario(job);
    expect(s.trigger).toBe('schedule');
    const r = priceOffer(offerById('aws-lambda-arm64'), makeContext(s, { platform }), all);
    const line = r.lines.find((l) => l.id === 'scheduler');
    expect(line?.name).toBe('EventBridge Scheduler');
    expect(line?.usd).toBe(0);
    // Free tier off: 2,920 × $1.00/M = $0.00292.
    const paid = priceOffer(
      offerById('aws-lambda-arm64'),
      makeContext(timerScenario(job, { faas: { freeTier: false } }), { platform }),
      all,
    );
    expect(paid.lines.find((l) => l.id === 'scheduler')?.usd).toBeCloseTo(0.00292, 12);
    // Duration 2,920 × 30 s × 0.5 GB = 43,800 GB-s × $0.0000133334 = $0.58400292;
    // requests 2,920 × $0.20/M = $0.000584. Total with the scheduler: $0.58750692.
    expect(paid.monthlyUsd).toBeCloseTo(0.58400292 + 0.000584 + 0.00292, 8);
  });

  it('adds Cloud Scheduler to Cloud Run functions: one job, 3 free per billing account', () => {
    const r = priceOffer(
      offerById('gcp-cloud-run-functions'),
      makeContext(timerScenario(job), { platform }),
      all,
    );
    expect(r.lines.find((l) => l.id === 'scheduler')?.usd).toBe(0);
    // Free tier off: 1 job × $0.10 a month.
    const paid = priceOffer(
      offerById('gcp-cloud-run-functions'),
      makeContext(timerScenario(job, { faas: { freeTier: false } }), { platform }),
      all,
    );
    expect(paid.lines.find((l) => l.id === 'scheduler')?.usd).toBeCloseTo(0.1, 12);
  });

  it('every run starts cold when the period is longer than the keep-alive', () => {
    // A burst of one every 15 min, Lambda keep-alive estimate 10 min: all 2,920 runs are cold.
    const r = priceOffer(
      offerById('aws-lambda-arm64'),
      makeContext(timerScenario(job), { platform }),
      all,
    );
    expect(r.coldStart?.coldStartsPerMonth).toBeCloseTo(2920, 6);
    expect(r.coldStart?.coldShare).toBeCloseTo(1, 12);
  });

  it('gives a verdict against a server that only has to exist for the job', () => {
    const s = timerScenario(job, {
      offers: ['aws-lambda-arm64', 'aws-ec2-t4g-small', 'aws-ec2-t3-micro'],
    });
    const v = timerVerdict(evaluateScenario(s, all, { platform }));
    // Lambda inside the free tier costs $0 a month; t3.micro is 730 × $0.0104 = $7.592, plus its
    // public IPv4 (730 × $0.005 = $3.65) and 8 GB gp3 root volume (8 × $0.08 = $0.64): $11.882.
    expect(v.cheaper).toBe('faas');
    expect(v.faas?.offerId).toBe('aws-lambda-arm64');
    expect(v.server?.offerId).toBe('aws-ec2-t3-micro');
    expect(v.savingUsd).toBeCloseTo(11.882, 9);
    expect(v.faas?.lines.find((l) => l.id === 'scheduler')?.name).toBe('EventBridge Scheduler');
    expect(v.server?.fleet?.peakInstances).toBe(1);
  });
});
