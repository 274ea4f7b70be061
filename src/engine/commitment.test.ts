/**
 * Commitments (1 or 3 years, no upfront): sourced committed rates only, a negative line against
 * the on-demand fleet, and a warning wherever the term is sold but unpriced. Every expected figure
 * is worked out in the comment or read from the cited rate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containerOfferSchema } from '../catalog/schema.ts';
import { breakEven } from './breakeven.ts';
import { makeContext } from './context.ts';
import { monthlyCost, priceOffer } from './price-offer.ts';
import type { ScenarioInput } from './scenario.ts';
import {
  catalogOffers,
  catalogPlatform,
  inUsd,
  monthly,
  offerById,
  TEST_OFFER_BASE,
  testVm,
} from './test-catalog.ts';

const platform = catalogPlatform();
const all = catalogOffers();

function price(
  id: string,
  area: string,
  commitment: 'none' | '1y' | '3y',
  rest: Partial<ScenarioInput> = {},
) {
  const s = monthly(1_000_000, {
    area: area as ScenarioInput['area'],
    alwaysOn: { commitment },
    ...rest,
  });
  return priceOffer(offerById(id, area), makeContext(s, { platform }), all);
}

describe('commitments on fixed fleets', () => {
  it('e2-micro on a 1-year committed use discount: the published $3.8523182225 a month', () => {
    // Cyclenerd pricing.yml (Cloud Billing Catalog, 2025-03-06), compute.instance.e2-micro.cost.
    // us-east1: month $6.114792075 on demand (730 × $0.0083764275), month_1y $3.8523182225.
    // Saving 6.114792075 − 3.8523182225 = $2.2624738525; with IPv4 $3.65 and disk $1.00:
    // 3.8523182225 + 3.65 + 1.00 = $8.5023182225.
    const r = price('gcp-e2-micro', 'us-east', '1y');
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.usd).toBeCloseTo(-2.2624738525, 9);
    expect(c?.basis).toMatchObject({
      type: 'commitment',
      term: '1y',
      plan: 'committed-use-discount',
      per: 'instance-month',
      coveredShare: 1,
    });
    expect(r.monthlyUsd).toBeCloseTo(8.5023182225, 9);
    // 3 years: month_3y $2.7516559775 + $4.65 = $7.4016559775.
    expect(price('gcp-e2-micro', 'us-east', '3y').monthlyUsd).toBeCloseTo(7.4016559775, 9);
    // The 1-year price is the E2 discount of 37 % off on demand, to the catalog's rounding.
    expect(3.8523182225 / 6.114792075).toBeCloseTo(0.63, 4);
  });

  it('europe-west1 uses its own published rate, not us-east1’s', () => {
    // e2-small europe-west1 month_1y $8.475433955 (on demand 730 × $0.018428865 = $13.45307145).
    const r = price('gcp-e2-small', 'europe', '1y', {
      alwaysOn: { serverExtras: false, commitment: '1y' },
    });
    expect(r.monthlyUsd).toBeCloseTo(8.475433955, 9);
  });

  it("a 1-year commitment for one EC2 size, from the provider's published rate (t3.medium)", () => {
    // Standard Reserved Instance, 1 year, no upfront, us-east-1: "Instance usage (Linux/UNIX,
    // reserved, t3.medium) 730 hours $19.05" (infracost instance_test.golden, std_1yr_no_upfront;
    // its price is AWS's Price List rate, $0.0261 an hour: 0.0261 × 730 = 19.053 → $19.05).
    // On demand: $0.0416 × 730 h = $30.368. Saving per instance: 30.368 − 19.05 = $11.318.
    // With the public IPv4 ($0.005 × 730 = $3.65) and 8 GB gp3 ($0.08 × 8 = $0.64):
    // 19.05 + 3.65 + 0.64 = $23.34 a month.
    const r = price('aws-ec2-t3-medium', 'us-east', '1y');
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.usd).toBeCloseTo(-11.318, 9);
    expect(c?.basis).toMatchObject({
      type: 'commitment',
      term: '1y',
      plan: 'reserved-instance',
      onDemandUsd: 30.368,
      committedUsd: 19.05,
      per: 'instance-month',
    });
    expect(r.monthlyUsd).toBeCloseTo(23.34, 9);
    // 3 years: "$13.14" for 730 hours (std_3yr_no_upfront): 13.14 + 3.65 + 0.64 = $17.43.
    expect(price('aws-ec2-t3-medium', 'us-east', '3y').monthlyUsd).toBeCloseTo(17.43, 9);
  });

  it('the t3 sizes in us-east-1 on a Standard Reserved Instance, no upfront', () => {
    // AWS's Reserved Instances page as transcribed in March 2019 (Logiqx tech-docs,
    // Compute_Costs.md; its t3.medium row is the 2024 golden's $19.05 / $13.14):
    // t3.small $9.49 a month for 1 year ($0.013 × 730), $6.57 for 3 years ($0.009 × 730).
    // On demand $0.0208 × 730 = $15.184, so the line is 9.49 − 15.184 = −$5.694; with IPv4
    // $3.65 and 8 GB gp3 $0.64: 9.49 + 4.29 = $13.78 (3 years: 6.57 + 4.29 = $10.86).
    const small = price('aws-ec2-t3-small', 'us-east', '1y');
    expect(small.lines.find((l) => l.id === 'commitment')?.usd).toBeCloseTo(-5.694, 9);
    expect(small.monthlyUsd).toBeCloseTo(13.78, 9);
    expect(price('aws-ec2-t3-small', 'us-east', '3y').monthlyUsd).toBeCloseTo(10.86, 9);
    // t3.large: $38.11 (1 year) and $26.28 (3 years) against $0.0832 × 730 = $60.736:
    // 38.11 + 4.29 = $42.40 and 26.28 + 4.29 = $30.57.
    expect(price('aws-ec2-t3-large', 'us-east', '1y').monthlyUsd).toBeCloseTo(42.4, 9);
    expect(price('aws-ec2-t3-large', 'us-east', '3y').monthlyUsd).toBeCloseTo(30.57, 9);
    // 1 year only for nano, micro and xlarge: an ec2instances.info export whose 'Linux Reserved
    // cost' column (1-year Standard, no upfront) gives t3.small $9.49, t3.medium $19.05 and
    // t3.large $38.106 as above, and t3.nano $2.40, t3.micro $4.74, t3.xlarge $76.13 a month.
    // t3.micro: 4.74 − 0.0104 × 730 = 4.74 − 7.592 = −$2.852; 4.74 + 4.29 = $9.03.
    const micro = price('aws-ec2-t3-micro', 'us-east', '1y');
    expect(micro.lines.find((l) => l.id === 'commitment')?.usd).toBeCloseTo(-2.852, 9);
    expect(micro.monthlyUsd).toBeCloseTo(9.03, 9);
    // t3.nano 2.40 + 4.29 = $6.69; t3.xlarge 76.13 + 4.29 = $80.42.
    expect(price('aws-ec2-t3-nano', 'us-east', '1y').monthlyUsd).toBeCloseTo(6.69, 9);
    expect(price('aws-ec2-t3-xlarge', 'us-east', '1y').monthlyUsd).toBeCloseTo(80.42, 9);
    // No 3-year figure for them: on demand, and the warning names the Reserved Instance.
    expect(price('aws-ec2-t3-micro', 'us-east', '3y').warnings).toContainEqual({
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: 'aws-ec2-t3-micro',
      params: { term: '3y', plan: 'reserved-instance' },
    });
    // The us-east-1 rates are not copied to us-west-2, whose t3.small costs the same on demand.
    expect(price('aws-ec2-t3-small', 'us-west', '1y').warnings).toContainEqual(
      expect.objectContaining({ code: 'commitment-unpriced', offerId: 'aws-ec2-t3-small' }),
    );
  });

  it('t4g.nano in us-east-1 on a 3-year Standard Reserved Instance, no upfront', () => {
    // An AWS Pricing Calculator export of 2024-05-22: 3 × t4g.nano, Linux, us-east-1,
    // "Pricing strategy ( 3yr No Upfront)", 0,00 USD upfront and 3,94 USD a month, i.e.
    // 3.94 / (3 × 730) = $0.0017991 an hour, AWS's 4-decimal rate $0.0018 (3 × 730 × 0.0018 =
    // 3.942). Committed month: 0.0018 × 730 = $1.314; on demand 0.0042 × 730 = $3.066, so the
    // line is 1.314 − 3.066 = −$1.752; with IPv4 $3.65 and 8 GB gp3 $0.64: 1.314 + 4.29 = $5.604.
    const r = price('aws-ec2-t4g-nano', 'us-east', '3y');
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.usd).toBeCloseTo(-1.752, 9);
    expect(c?.basis).toMatchObject({
      type: 'commitment',
      term: '3y',
      plan: 'reserved-instance',
      per: 'instance-month',
    });
    expect(r.monthlyUsd).toBeCloseTo(5.604, 9);
    // Only the 3-year rate is sourced: 1 year stays on demand ($3.066 + $4.29 = $7.356), and its
    // warning names the Reserved Instance.
    const oneYear = price('aws-ec2-t4g-nano', 'us-east', '1y');
    expect(oneYear.monthlyUsd).toBeCloseTo(7.356, 9);
    expect(oneYear.warnings).toContainEqual({
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: 'aws-ec2-t4g-nano',
      params: { term: '1y', plan: 'reserved-instance' },
    });
    // Nor is it copied to Frankfurt's t4g.nano.
    expect(price('aws-ec2-t4g-nano', 'europe', '3y').warnings).toContainEqual(
      expect.objectContaining({ code: 'commitment-unpriced', offerId: 'aws-ec2-t4g-nano' }),
    );
  });

  it('m7g.large in us-east-1 on a Compute Savings Plan, the rate the Price List sells for it', () => {
    // AWS Price List, Compute Savings Plans, no upfront, BoxUsage:m7g.large (Linux), us-east-1
    // (Clarchy's price book, as_of 2026-10-01): $0.0599 an hour for 1 year, $0.0414 for 3.
    // On demand $0.0816 × 730 = $59.568; 1 year $0.0599 × 730 = $43.727, a line of
    // 43.727 − 59.568 = −$15.841; with IPv4 $3.65 and 8 GB gp3 $0.64: 43.727 + 4.29 = $48.017.
    const r = price('aws-ec2-m7g-large', 'us-east', '1y');
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.usd).toBeCloseTo(-15.841, 9);
    expect(c?.basis).toMatchObject({
      type: 'commitment',
      term: '1y',
      plan: 'compute-savings-plan',
      per: 'instance-month',
    });
    expect(r.monthlyUsd).toBeCloseTo(48.017, 9);
    // 3 years: 0.0414 × 730 = $30.222, + $4.29 = $34.512.
    expect(price('aws-ec2-m7g-large', 'us-east', '3y').monthlyUsd).toBeCloseTo(34.512, 9);
    // The rate is us-east-1's: Frankfurt's m7g.large stays on demand, and its warning names the
    // plan EC2 sells every size on (a Reserved Instance).
    expect(price('aws-ec2-m7g-large', 'europe', '1y').warnings).toContainEqual({
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: 'aws-ec2-m7g-large',
      params: { term: '1y', plan: 'reserved-instance' },
    });
  });

  it("the t3.medium rate is us-east-1's: Frankfurt's t3.medium stays on demand, with a warning", () => {
    // No committed rate is sourced for eu-central-1; it is not copied from us-east-1.
    const r = price('aws-ec2-t3-medium', 'europe', '1y');
    expect(r.lines.find((l) => l.id === 'commitment')).toBeUndefined();
    expect(r.warnings).toContainEqual({
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: 'aws-ec2-t3-medium',
      params: { term: '1y', plan: 'reserved-instance' },
    });
  });

  it('an EC2 size with no sourced rate: priced on demand, with a warning', () => {
    // t4g.small stays $16.554 (instance, IPv4 and disk) and says why.
    const r = price('aws-ec2-t4g-small', 'us-east', '1y');
    expect(r.lines.find((l) => l.id === 'commitment')).toBeUndefined();
    expect(r.monthlyUsd).toBeCloseTo(16.554, 9);
    expect(r.warnings).toContainEqual({
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: 'aws-ec2-t4g-small',
      params: { term: '1y', plan: 'reserved-instance' },
    });
    expect(r.status).toBe('priced');
  });

  it("a missing term is named after the plan of the offer's other rates, not the product's", () => {
    // A product sold on Reserved Instances whose only sourced rate for this size is a 1-year
    // Compute Savings Plan one ($0.008 an hour against $0.01 on demand): the 3-year term has no
    // rate, and its warning names the Savings Plan, not a Reserved Instance.
    const vm = testVm({
      commitment: {
        plan: 'reserved-instance',
        terms: ['1y', '3y'],
        provenance: TEST_PROVENANCE(),
        rates: [
          {
            term: '1y',
            plan: 'compute-savings-plan',
            pricePerHour: 0.008,
            provenance: TEST_PROVENANCE(),
          },
        ],
      },
    });
    const at = (commitment: '1y' | '3y') =>
      priceOffer(vm, makeContext(monthly(1000, { alwaysOn: { commitment } }), { platform }), [vm]);
    // 1 year: (0.01 − 0.008) × 730 = $1.46 off the instance's $7.30.
    expect(at('1y').lines.find((l) => l.id === 'commitment')?.usd).toBeCloseTo(-1.46, 12);
    expect(at('3y').warnings).toContainEqual({
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: 'test-vm',
      params: { term: '3y', plan: 'compute-savings-plan' },
    });
    // With no rate at all for the size, the product's plan is named.
    const bare = testVm({
      commitment: { plan: 'reserved-instance', terms: ['1y'], provenance: TEST_PROVENANCE() },
    });
    const r = priceOffer(
      bare,
      makeContext(monthly(1000, { alwaysOn: { commitment: '1y' } }), { platform }),
      [bare],
    );
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ params: { term: '1y', plan: 'reserved-instance' } }),
    );
  });

  it('a provider with no commitment in the catalog stays on demand with a note', () => {
    const r = price('do-basic-1gb', 'us-east', '3y');
    expect(r.monthlyUsd).toBeCloseTo(6, 12);
    expect(r.warnings).toContainEqual({
      code: 'no-commitment',
      severity: 'info',
      offerId: 'do-basic-1gb',
      params: { term: '3y' },
    });
  });

  it('on demand (the default) adds nothing', () => {
    const r = price('gcp-e2-micro', 'us-east', 'none');
    expect(r.lines.map((l) => l.id)).toEqual(['instances', 'public-ipv4', 'root-disk']);
    expect(r.warnings.some((w) => w.code === 'no-commitment')).toBe(false);
  });

  it('Lambda on Arm: Compute Savings Plans exist, but no Arm rate is sourced', () => {
    const r = price('aws-lambda-arm64', 'us-east', '1y');
    expect(r.warnings.map((w) => w.code)).toContain('commitment-unpriced');
    expect(r.lines.find((l) => l.id === 'commitment')).toBeUndefined();
    expect(r.monthlyUsd).toBeCloseTo(price('aws-lambda-arm64', 'us-east', 'none').monthlyUsd, 12);
  });

  it('the break-even follows the term', () => {
    // A cheaper server makes FaaS dearer sooner: the crossing volume under 1 year is lower. An
    // I/O-bound request (5 ms of CPU): an e2-micro sustains only a quarter of a vCPU (its
    // shared-core baseline), so at the default 20 ms the throttled VMs never undercut the function.
    const s = (c: 'none' | '1y') =>
      monthly(1000, {
        durationMs: 100,
        cpuMs: 5,
        alwaysOn: { commitment: c },
        offers: ['gcp-cloud-run-functions', 'gcp-e2-micro'],
      });
    const f = offerById('gcp-cloud-run-functions');
    const vm = offerById('gcp-e2-micro');
    const onDemand = breakEven(f, vm, s('none'), all, { platform });
    const committed = breakEven(f, vm, s('1y'), all, { platform });
    expect(onDemand.status).toBe('crosses');
    expect(committed.status).toBe('crosses');
    expect(committed.requestsPerMonth!).toBeLessThan(onDemand.requestsPerMonth!);
    // At the crossing, the server's cost is its committed monthly price (8.5023182225 a month).
    expect(committed.alwaysOnMonthlyUsd).toBeCloseTo(8.5023182225, 6);
  });
});

describe('commitments on autoscaled containers', () => {
  // A Fargate-like service: $0.04 per vCPU-hour and $0.004 per GB-hour on demand, $0.03 and
  // $0.003 on a 1-year plan.
  const svc = inUsd(
    containerOfferSchema.parse({
      ...TEST_OFFER_BASE,
      id: 'test-containers',
      product: 'Test Containers',
      kind: 'autoscaled-container',
      pricePerVcpuHour: 0.04,
      pricePerGbHour: 0.004,
      sizes: [{ vcpu: 0.25, memoryMb: 512 }],
      defaultSize: { vcpu: 0.25, memoryMb: 512 },
      commitment: {
        plan: 'compute-savings-plan',
        terms: ['1y'],
        provenance: TEST_PROVENANCE(),
        rates: [
          {
            term: '1y',
            pricePerVcpuHour: 0.03,
            pricePerGbHour: 0.003,
            provenance: TEST_PROVENANCE(),
          },
        ],
      },
    }),
  );

  it('covers the quietest hour; with steady traffic that is the whole fleet', () => {
    // One 0.25 vCPU / 0.5 GB task all month: on demand 0.25 × $0.04 + 0.5 × $0.004 = $0.012 an
    // hour, $8.76 a month; committed $0.009 an hour, saving $0.003 × 730 = $2.19: $6.57.
    const s = monthly(1000, { alwaysOn: { commitment: '1y' } });
    const r = priceOffer(svc, makeContext(s, { platform }), [svc]);
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.usd).toBeCloseTo(-2.19, 12);
    expect(c?.basis).toMatchObject({ per: 'instance-hour', coveredShare: 1 });
    expect(r.monthlyUsd).toBeCloseTo(6.57, 12);
  });

  it('a 3-year term the service does not sell leaves it on demand', () => {
    const s = monthly(1000, { alwaysOn: { commitment: '3y' } });
    const r = priceOffer(svc, makeContext(s, { platform }), [svc]);
    expect(r.monthlyUsd).toBeCloseTo(8.76, 12);
    expect(r.warnings.map((w) => w.code)).toContain('no-commitment');
  });
});

describe('Fargate under a Compute Savings Plan (sourced rates)', () => {
  // AWS Price List, Compute Savings Plans, no upfront, us-east-1 (Clarchy's price book, as_of
  // 2026-10-01): Linux/x86 $0.032384 per vCPU-hour and $0.003556 per GB-hour for 1 year,
  // $0.022264 and $0.00244475 for 3 years; on demand $0.04048 and $0.004445.
  it('one 0.25 vCPU / 0.5 GB task all month on a 1-year plan', () => {
    // On demand: 0.25 × 0.04048 + 0.5 × 0.004445 = 0.01012 + 0.0022225 = $0.0123425 an hour,
    // × 730 = $9.010025. Committed: 0.25 × 0.032384 + 0.5 × 0.003556 = 0.008096 + 0.001778 =
    // $0.009874 an hour. Steady traffic keeps the one task every hour, so the plan covers all
    // 730 h: saving (0.0123425 − 0.009874) × 730 = 0.0024685 × 730 = $1.802005;
    // 9.010025 − 1.802005 = $7.20802.
    const r = price('aws-fargate-x86', 'us-east', '1y');
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.quantity).toBe(730);
    expect(c?.usd).toBeCloseTo(-1.802005, 9);
    expect(c?.basis).toMatchObject({
      type: 'commitment',
      term: '1y',
      plan: 'compute-savings-plan',
      committedUsd: 0.009874,
      per: 'instance-hour',
      coveredShare: 1,
    });
    expect(r.monthlyUsd).toBeCloseTo(7.20802, 9);
  });

  it('the same task on a 3-year plan', () => {
    // Committed: 0.25 × 0.022264 + 0.5 × 0.00244475 = 0.005566 + 0.001222375 = $0.006788375 an
    // hour; saving (0.0123425 − 0.006788375) × 730 = 0.005554125 × 730 = $4.05451125;
    // 9.010025 − 4.05451125 = $4.95551375.
    expect(price('aws-fargate-x86', 'us-east', '3y').monthlyUsd).toBeCloseTo(4.95551375, 9);
  });

  it('Fargate on Arm and Fargate outside us-east-1 have no sourced rate: on demand, with a warning', () => {
    // Arm on demand: 0.25 × 0.03238 + 0.5 × 0.00356 = 0.008095 + 0.00178 = $0.009875 an hour,
    // × 730 = $7.20875.
    const arm = price('aws-fargate-arm64', 'us-east', '1y');
    expect(arm.lines.find((l) => l.id === 'commitment')).toBeUndefined();
    expect(arm.monthlyUsd).toBeCloseTo(7.20875, 9);
    expect(arm.warnings).toContainEqual({
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: 'aws-fargate-arm64',
      params: { term: '1y', plan: 'compute-savings-plan' },
    });
    const frankfurt = price('aws-fargate-x86', 'europe', '1y');
    expect(frankfurt.lines.find((l) => l.id === 'commitment')).toBeUndefined();
    expect(frankfurt.warnings.map((w) => w.code)).toContain('commitment-unpriced');
  });
});

describe('Lambda duration under a Compute Savings Plan (sourced rate)', () => {
  // AWS Price List, Compute Savings Plans, no upfront, us-east-1, Lambda-GB-Second (x86):
  // $0.0000147 per GB-second for 1 year and for 3 years (Clarchy's price book, as_of
  // 2026-10-01); on demand $0.0000166667 for the first 6 billion GB-s. Requests are not covered.
  const lambda = (perMonth: number, rest: Partial<ScenarioInput>, commitment: '1y' | 'none') =>
    priceOffer(
      offerById('aws-lambda-x86'),
      makeContext(
        monthly(perMonth, { memoryMb: 1024, durationMs: 200, ...rest, alwaysOn: { commitment } }),
        { platform },
      ),
      all,
    );

  it('1 GB at 1M × 200 ms: the free tier already covers the duration, so the plan saves nothing', () => {
    // 1,000,000 × 0.2 s × 1 GB = 200,000 GB-s, under the 400,000 GB-s free tier; 1M requests are
    // the free 1M. Nothing billable is left for the plan: $0 either way.
    const r = lambda(1_000_000, {}, '1y');
    expect(r.lines.find((l) => l.id === 'commitment')).toBeUndefined();
    expect(r.monthlyUsd).toBe(0);
  });

  it('1 GB at 1M × 200 ms without the free tier: 200,000 GB-s at the committed rate', () => {
    // On demand: 1M × $0.0000002 = $0.20 of requests, 200,000 × $0.0000166667 = $3.33334 of
    // duration: $3.53334. On the 1-year plan every GB-s is covered (steady traffic):
    // 200,000 × (0.0000166667 − 0.0000147) = 200,000 × 0.0000019667 = $0.39334 off:
    // 0.20 + 200,000 × 0.0000147 = 0.20 + 2.94 = $3.14.
    const free = { faas: { freeTier: false } };
    expect(lambda(1_000_000, free, 'none').monthlyUsd).toBeCloseTo(3.53334, 9);
    const r = lambda(1_000_000, free, '1y');
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.quantity).toBeCloseTo(200_000, 6);
    expect(c?.usd).toBeCloseTo(-0.39334, 9);
    expect(c?.basis).toMatchObject({
      type: 'commitment',
      term: '1y',
      plan: 'compute-savings-plan',
      committedUsd: 0.0000147,
      per: 'gb-second',
      coveredShare: 1,
    });
    expect(r.monthlyUsd).toBeCloseTo(3.14, 9);
  });

  it('10M × 200 ms at 1 GB: the free tier first, the plan covers the rest', () => {
    // 2,000,000 GB-s; 400,000 free; 1,600,000 billable, all covered: on demand
    // 1,600,000 × 0.0000166667 = $26.66672, committed 1,600,000 × 0.0000147 = $23.52, saving
    // $3.14672. Requests: (10M − 1M) × $0.0000002 = $1.80. Month: 1.80 + 23.52 = $25.32
    // (on demand 1.80 + 26.66672 = $28.46672).
    expect(lambda(10_000_000, {}, 'none').monthlyUsd).toBeCloseTo(28.46672, 9);
    const r = lambda(10_000_000, {}, '1y');
    expect(r.lines.find((l) => l.id === 'commitment')?.usd).toBeCloseTo(-3.14672, 9);
    expect(r.monthlyUsd).toBeCloseTo(25.32, 9);
  });

  it('business hours: the plan covers the quietest hour, every hour of the month', () => {
    // Business hours with off-hours at 5 %: 40 in-hours of the week at rate r and 128 at 0.05 r,
    // mean 1: (40 + 6.4) r = 168, r = 168 / 46.4; the quietest hour runs at 0.05 × 168 / 46.4 =
    // 8.4 / 46.4 of the average. Covered: 2,000,000 × 8.4 / 46.4 = 362,068.9655… GB-s (less than
    // the 1,600,000 billable), saving 362,068.9655… × 0.0000019667 = $0.712081034…:
    // 28.46672 − 0.712081034… = $27.754638966.
    const bh = { pattern: { kind: 'business-hours' as const, offHoursRatio: 0.05 } };
    const r = lambda(10_000_000, bh, '1y');
    const c = r.lines.find((l) => l.id === 'commitment');
    expect(c?.quantity).toBeCloseTo((2_000_000 * 8.4) / 46.4, 6);
    expect(c?.usd).toBeCloseTo((-2_000_000 * 8.4 * 0.0000019667) / 46.4, 9);
    expect(r.monthlyUsd).toBeCloseTo(28.46672 - (2_000_000 * 8.4 * 0.0000019667) / 46.4, 9);
    expect(c?.basis).toMatchObject({ coveredShare: expect.closeTo(8.4 / 46.4, 9) });
  });

  it('a 3-year plan prices at the 3-year rate the source lists (the same $0.0000147)', () => {
    const s = monthly(10_000_000, {
      memoryMb: 1024,
      durationMs: 200,
      alwaysOn: { commitment: '3y' },
    });
    const r = priceOffer(offerById('aws-lambda-x86'), makeContext(s, { platform }), all);
    expect(r.monthlyUsd).toBeCloseTo(25.32, 9);
  });

  it('Lambda x86 outside us-east-1 has no sourced rate: on demand, with a warning', () => {
    const r = price('aws-lambda-x86', 'europe', '1y');
    expect(r.lines.find((l) => l.id === 'commitment')).toBeUndefined();
    expect(r.warnings.map((w) => w.code)).toContain('commitment-unpriced');
  });

  it('functions of a provider with no plan in the catalog are left as they are', () => {
    const r = price('gcp-cloud-run-functions', 'us-east', '1y');
    expect(
      r.warnings.some((w) => w.code === 'no-commitment' || w.code === 'commitment-unpriced'),
    ).toBe(false);
    expect(r.monthlyUsd).toBeCloseTo(
      price('gcp-cloud-run-functions', 'us-east', 'none').monthlyUsd,
      12,
    );
  });
});

function TEST_PROVENANCE() {
  return {
    source: 'https://example.com/commitments',
    checkedOn: '2026-11-27',
    verification: 'official' as const,
  };
}

describe('properties', () => {
  const fleets = all.filter((o) => o.kind !== 'front-door');
  const arb = fc.record({
    perMonth: fc.double({ min: 0, max: 1e10, noNaN: true }),
    durationMs: fc.double({ min: 1, max: 10_000, noNaN: true }),
    offer: fc.constantFrom(...fleets),
    term: fc.constantFrom('1y' as const, '3y' as const),
    extras: fc.boolean(),
  });

  it('a commitment never raises a price', () => {
    fc.assert(
      fc.property(arb, ({ perMonth, durationMs, offer, term, extras }) => {
        const at = (commitment: 'none' | '1y' | '3y') =>
          monthlyCost(
            offer,
            makeContext(
              monthly(perMonth, {
                durationMs,
                area: offer.area,
                alwaysOn: { commitment, serverExtras: extras },
              }),
              { platform, breakdown: false },
            ),
            all,
          );
        expect(at(term)).toBeLessThanOrEqual(at('none') + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('the extras never lower a price', () => {
    fc.assert(
      fc.property(arb, ({ perMonth, durationMs, offer, term }) => {
        const at = (serverExtras: boolean) =>
          monthlyCost(
            offer,
            makeContext(
              monthly(perMonth, {
                durationMs,
                area: offer.area,
                alwaysOn: { commitment: term, serverExtras },
              }),
              { platform, breakdown: false },
            ),
            all,
          );
        expect(at(true)).toBeGreaterThanOrEqual(at(false) - 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
