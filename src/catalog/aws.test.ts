/**
 * pricing-data/aws.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited page (or worked by hand from it in the
 * comment beside it), never from the JSON. docs/pricing-notes/aws.md lists the sources.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';
import type { Tier } from './schema.ts';

const { catalog, offer, meter } = catalogTestFile('aws.json');

/** Cost of `quantity` units through cumulative monthly tiers (hand-checkable helper for tests). */
function tiered(tiers: Tier[], quantity: number): number {
  let usd = 0;
  let from = 0;
  for (const t of tiers) {
    const to = t.upTo ?? Infinity;
    if (quantity > from) usd += (Math.min(quantity, to) - from) * t.usdPerUnit;
    from = to;
  }
  return usd;
}

const REQUIRED = [
  'aws-lambda-x86',
  'aws-lambda-arm64',
  'aws-ec2-t3-micro',
  'aws-ec2-t3-small',
  'aws-ec2-t3-medium',
  'aws-ec2-t4g-small',
  'aws-ec2-t4g-medium',
  'aws-ec2-m7g-large',
  'aws-fargate-x86',
  'aws-fargate-arm64',
  'aws-app-runner',
  'aws-api-gateway-http',
  'aws-api-gateway-rest',
  'aws-alb',
];

describe('pricing-data/aws.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThanOrEqual(REQUIRED.length);
  });

  it('has every required offer in us-east (us-east-1)', () => {
    for (const id of REQUIRED) {
      const o = catalog.offers.find((x) => x.id === id && x.area === 'us-east');
      expect(o, id).toBeDefined();
      expect(o?.region, id).toBe('us-east-1');
      expect(o?.currency, id).toBe('USD');
    }
  });

  it('has no repeated (id, area) pair', () => {
    const keys = catalog.offers.map((o) => `${o.id}@${o.area}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('labels each offer with the weakest verification among its provenance entries', () => {
    const rank = { official: 2, secondary: 1, unverified: 0 } as const;
    for (const o of catalog.offers) {
      const weakest = Math.min(...o.provenance.map((p) => rank[p.verification]));
      expect(rank[o.verification], o.id).toBeLessThanOrEqual(weakest);
    }
  });

  it('Lambda x86: requests, duration tiers, free tier, ephemeral storage', () => {
    // AWS Price List (AWSLambda, us-east-1, 2026-09-06), transcribed in
    // https://github.com/ocelhq/ocel/blob/b3c9bd1/docs/research/price-book.md:
    // Request 0.0000002; Lambda-GB-Second 0-6e9 / 6e9-15e9 / 15e9-Inf at
    // 0.0000166667 / 0.000015 / 0.0000133334; Lambda-Storage-GB-Second 0.0000000309.
    const o = offer('aws-lambda-x86', 'faas');
    expect(o.architecture).toBe('x86_64');
    expect(meter(o, 'requests').tiers).toEqual([{ upTo: null, usdPerUnit: 0.0000002 }]);
    expect(meter(o, 'memory-seconds').tiers).toEqual([
      { upTo: 6_000_000_000, usdPerUnit: 0.0000166667 },
      { upTo: 15_000_000_000, usdPerUnit: 0.000015 },
      { upTo: null, usdPerUnit: 0.0000133334 },
    ]);
    // https://aws.amazon.com/lambda/pricing/: free tier 1M requests and 400,000 GB-s a month;
    // 512 MB of ephemeral storage free, configurable 512-10,240 MB.
    expect(meter(o, 'requests').freeTierUnits).toBe(1_000_000);
    expect(meter(o, 'memory-seconds').freeTierUnits).toBe(400_000);
    expect(meter(o, 'ephemeral-storage-seconds').tiers).toEqual([
      { upTo: null, usdPerUnit: 0.0000000309 },
    ]);
    expect(o.freeEphemeralStorageMb).toBe(512);
  });

  it('Lambda tier discounts are 10% and 20% off tier 1, as the AWS blog announced', () => {
    // https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/:
    // x86 0-6 billion GB-s "same as today", 6-15 billion 10%, over 15 billion 20%;
    // arm64 0-7.5 billion, 7.5-18.75 billion 10%, over 18.75 billion 20%.
    for (const [id, bounds] of [
      ['aws-lambda-x86', [6e9, 15e9]],
      ['aws-lambda-arm64', [7.5e9, 18.75e9]],
    ] as const) {
      const [t1, t2, t3] = meter(offer(id, 'faas'), 'memory-seconds').tiers;
      expect([t1?.upTo, t2?.upTo, t3?.upTo]).toEqual([bounds[0], bounds[1], null]);
      // The Price List publishes 10 decimals, so tier 2 and 3 match tier 1 x 0.9 and x 0.8 to 1e-10.
      expect(t2?.usdPerUnit).toBeCloseTo((t1?.usdPerUnit ?? 0) * 0.9, 10);
      expect(t3?.usdPerUnit).toBeCloseTo((t1?.usdPerUnit ?? 0) * 0.8, 10);
    }
  });

  it('Lambda Arm: duration tiers and provisioned concurrency', () => {
    // Price List transcription above: Lambda-GB-Second-ARM 0-7.5e9 / 7.5e9-18.75e9 / 18.75e9-Inf
    // at 0.0000133334 / 0.0000120001 / 0.0000106667; Lambda-Provisioned-Concurrency-ARM 0.0000033334;
    // Lambda-Provisioned-GB-Second-ARM 0.0000077778; Request-ARM 0.0000002.
    const o = offer('aws-lambda-arm64', 'faas');
    expect(o.architecture).toBe('arm64');
    expect(meter(o, 'memory-seconds').tiers[0]).toEqual({
      upTo: 7_500_000_000,
      usdPerUnit: 0.0000133334,
    });
    expect(meter(o, 'memory-seconds').tiers[2]?.usdPerUnit).toBe(0.0000106667);
    expect(meter(o, 'requests').tiers[0]?.usdPerUnit).toBe(0.0000002);
    expect(o.provisioned?.usdPerGbSecondConfigured).toBe(0.0000033334);
    expect(o.provisioned?.usdPerGbSecondDuration).toBe(0.0000077778);
    // x86 provisioned: Lambda-Provisioned-Concurrency 0.0000041667, -GB-Second 0.0000097222.
    const x86 = offer('aws-lambda-x86', 'faas');
    expect(x86.provisioned?.usdPerGbSecondConfigured).toBe(0.0000041667);
    expect(x86.provisioned?.usdPerGbSecondDuration).toBe(0.0000097222);
  });

  it('Lambda granularity and limits', () => {
    // https://aws.amazon.com/blogs/aws/new-for-aws-lambda-1ms-billing-granularity-adds-cost-savings/:
    // "rounding up duration to the nearest millisecond with no minimum execution time".
    // https://aws.amazon.com/lambda/pricing/: memory 128 MB to 10,240 MB in 1 MB increments.
    // https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html: 15 minutes,
    // 1,000 concurrent executions per Region by default; ephemeral storage up to 10,240 MB.
    for (const id of ['aws-lambda-x86', 'aws-lambda-arm64']) {
      const o = offer(id, 'faas');
      expect(o.granularity.durationRoundingMs).toBe(1);
      expect(o.granularity.minBilledDurationMs).toBe(0);
      expect(o.granularity.memoryRoundingMb).toBe(1);
      expect(o.limits.memoryMb).toEqual({ min: 128, max: 10_240 });
      expect(o.limits.maxDurationMs).toBe(15 * 60 * 1000);
      expect(o.limits.maxEphemeralStorageMb).toBe(10_240);
      expect(o.limits.defaultConcurrency).toBe(1000);
      expect(o.concurrencyPerInstance).toBe(1);
    }
  });

  it("reproduces the Lambda pricing page's own worked example 1", () => {
    // https://aws.amazon.com/lambda/pricing/ (stored copy, example 1): 512 MB, 3 million
    // executions of 1 s. Total compute = 3,000,000 s x 512/1024 = 1,500,000 GB-s; minus the
    // 400,000 GB-s free tier = 1,100,000 GB-s; "1,100,000 * $0.00001667 = $18.34".
    // Requests: 3M - 1M free = 2M x $0.2/M = $0.40. Total $18.74.
    // The page's example rounds the rate to $0.00001667; at the unrounded $0.0000166667 the compute
    // line is 1,100,000 x 0.0000166667 = $18.33337, one cent below the page's rounded figure.
    const o = offer('aws-lambda-x86', 'faas');
    const gbSeconds = 3_000_000 * 1 * (512 / 1024);
    const compute = tiered(
      meter(o, 'memory-seconds').tiers,
      gbSeconds - meter(o, 'memory-seconds').freeTierUnits,
    );
    const requests = tiered(
      meter(o, 'requests').tiers,
      3_000_000 - meter(o, 'requests').freeTierUnits,
    );
    expect(gbSeconds).toBe(1_500_000);
    expect(compute).toBeCloseTo(18.33337, 5);
    expect(Math.abs(compute - 18.34)).toBeLessThan(0.01);
    expect(requests).toBeCloseTo(0.4, 10);
    expect(Math.abs(compute + requests - 18.74)).toBeLessThan(0.01);
  });

  it('reproduces the 1 ms billing blog post request charge', () => {
    // AWS News Blog, "New for AWS Lambda – 1ms Billing Granularity" (us-east-1, no free tier):
    // "60 million invocations * $0.20 per 1M requests = $12".
    const o = offer('aws-lambda-x86', 'faas');
    expect(tiered(meter(o, 'requests').tiers, 60_000_000)).toBeCloseTo(12, 10);
  });

  it('EC2: hourly prices, shapes and burstable baselines', () => {
    // Burstable baseline per vCPU, EC2 User Guide credit table
    // (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html):
    // t3.micro 12 credits/h, 2 vCPU, 10%; t3.small, t3.medium, t4g.small, t4g.medium 24 credits/h,
    // 2 vCPU, 20% ((24 / 2) / 60 = 0.2).
    const expected = {
      'aws-ec2-t3-micro': { type: 't3.micro', usd: 0.0104, mb: 1024, base: 0.1 },
      'aws-ec2-t3-small': { type: 't3.small', usd: 0.0208, mb: 2048, base: 0.2 },
      'aws-ec2-t3-medium': { type: 't3.medium', usd: 0.0416, mb: 4096, base: 0.2 },
      'aws-ec2-t4g-small': { type: 't4g.small', usd: 0.0168, mb: 2048, base: 0.2 },
      // AWS Price List AmazonEC2 us-east-1, publication 2026-09-25, transcribed in
      // https://github.com/SoongGuanLeong/de-platform/blob/ca43bac/docs/research/21-aws-pricing-snapshot.md:
      // t4g.medium 0.033600, m7g.large 0.081600 $/hour.
      'aws-ec2-t4g-medium': { type: 't4g.medium', usd: 0.0336, mb: 4096, base: 0.2 },
      'aws-ec2-m7g-large': { type: 'm7g.large', usd: 0.0816, mb: 8192, base: undefined },
    };
    for (const [id, e] of Object.entries(expected)) {
      const o = offer(id, 'always-on');
      expect(o.instanceType).toBe(e.type);
      expect(o.usdPerHour).toBe(e.usd);
      expect(o.vcpu).toBe(2);
      expect(o.memoryMb).toBe(e.mb);
      expect(o.baselineCpuFraction).toBe(e.base);
      // https://aws.amazon.com/about-aws/whats-new/2017/10/announcing-amazon-ec2-per-second-billing/:
      // Linux instances "billed on one second increments, with a minimum of 60 seconds".
      expect(o.billingIncrementSeconds).toBe(1);
      expect(o.minimumBilledSeconds).toBe(60);
      expect(o.hoursPerMonthConvention).toBe(730);
    }
    // Every us-east-1 EC2 price has a dated transcription of AWS's own price data: t3.micro
    // (Pricing API, 2026-09-05), t3.small (awsstatic price feed, 2026-07-26), t4g.small (Pricing
    // API, May 2026), t3.medium (price feed, 2026-10-09): secondary, none unverified.
    for (const id of [
      'aws-ec2-t3-micro',
      'aws-ec2-t3-small',
      'aws-ec2-t4g-small',
      'aws-ec2-t3-medium',
    ])
      expect(offer(id, 'always-on').verification).toBe('secondary');
    // A month of t4g.medium at the 730-hour AWS convention: 0.0336 x 730 = $24.528.
    expect(offer('aws-ec2-t4g-medium', 'always-on').usdPerHour! * 730).toBeCloseTo(24.528, 10);
  });

  it('EC2 t3, t4g, m7g and c7g up to xlarge, per region, as family members', () => {
    // SkyPilot's AWS catalog (catalogs/v8/aws/vms.csv, from the AWS Price List), Price column of
    // each size's rows; vCPUs and MemoryGiB from the same rows. Burstable baselines from the EC2
    // User Guide credit table: nano 6 credits/h over 2 vCPU = 5%, micro 10%, large 36/2/60 = 30%,
    // xlarge 96/4/60 = 40%.
    const at = (id: string, area: string) => {
      const o = catalog.offers.find((x) => x.id === id && x.area === area);
      if (o?.kind !== 'always-on') throw new Error(`${id} in ${area} is not always-on`);
      return o;
    };
    const rows: [string, string, number, number, number, number][] = [
      // id, area, $/h, vCPU, MB, baseline
      ['aws-ec2-t3-nano', 'us-east', 0.0052, 2, 512, 0.05],
      ['aws-ec2-t3-large', 'us-east', 0.0832, 2, 8192, 0.3],
      ['aws-ec2-t3-xlarge', 'us-east', 0.1664, 4, 16384, 0.4],
      ['aws-ec2-t4g-nano', 'us-east', 0.0042, 2, 512, 0.05],
      ['aws-ec2-t4g-micro', 'us-east', 0.0084, 2, 1024, 0.1],
      ['aws-ec2-t4g-large', 'us-east', 0.0672, 2, 8192, 0.3],
      ['aws-ec2-t4g-xlarge', 'us-east', 0.1344, 4, 16384, 0.4],
      ['aws-ec2-t3-nano', 'europe', 0.006, 2, 512, 0.05],
      ['aws-ec2-t3-xlarge', 'europe', 0.192, 4, 16384, 0.4],
      ['aws-ec2-t4g-micro', 'europe', 0.0096, 2, 1024, 0.1],
      ['aws-ec2-t4g-xlarge', 'europe', 0.1536, 4, 16384, 0.4],
      ['aws-ec2-t3-nano', 'asia-pacific', 0.0066, 2, 512, 0.05],
      ['aws-ec2-t4g-micro', 'asia-pacific', 0.0106, 2, 1024, 0.1],
      ['aws-ec2-t4g-xlarge', 'asia-pacific', 0.1696, 4, 16384, 0.4],
      // The large sizes outside us-east-1 and the us-west-2 sizes, from the same file's
      // eu-central-1, ap-southeast-1 and us-west-2 rows (us-west-2 rows equal us-east-1's).
      ['aws-ec2-t3-large', 'europe', 0.096, 2, 8192, 0.3],
      ['aws-ec2-t3-large', 'asia-pacific', 0.1056, 2, 8192, 0.3],
      ['aws-ec2-t4g-large', 'asia-pacific', 0.0848, 2, 8192, 0.3],
      ['aws-ec2-t3-nano', 'us-west', 0.0052, 2, 512, 0.05],
      ['aws-ec2-t3-micro', 'us-west', 0.0104, 2, 1024, 0.1],
      ['aws-ec2-t3-small', 'us-west', 0.0208, 2, 2048, 0.2],
      ['aws-ec2-t3-xlarge', 'us-west', 0.1664, 4, 16384, 0.4],
      ['aws-ec2-t4g-micro', 'us-west', 0.0084, 2, 1024, 0.1],
      ['aws-ec2-t4g-medium', 'us-west', 0.0336, 2, 4096, 0.2],
      ['aws-ec2-t4g-large', 'us-west', 0.0672, 2, 8192, 0.3],
    ];
    for (const [id, area, usd, vcpu, mb, base] of rows) {
      const o = at(id, area);
      expect([o.usdPerHour, o.vcpu, o.memoryMb, o.baselineCpuFraction]).toEqual([
        usd,
        vcpu,
        mb,
        base,
      ]);
      expect(o.family?.id).toBe(id.startsWith('aws-ec2-t4g') ? 'aws-ec2-t4g' : 'aws-ec2-t3');
    }
    // m7g and c7g (Graviton3, not burstable): medium 1 vCPU, large 2, xlarge 4; m7g 4 GiB per vCPU,
    // c7g 2 GiB per vCPU; same file, Price column.
    const fixed: [string, string, number, number, number][] = [
      ['aws-ec2-m7g-medium', 'us-east', 0.0408, 1, 4096],
      ['aws-ec2-m7g-xlarge', 'us-east', 0.1632, 4, 16384],
      ['aws-ec2-m7g-medium', 'europe', 0.0489, 1, 4096],
      ['aws-ec2-m7g-large', 'asia-pacific', 0.102, 2, 8192],
      ['aws-ec2-m7g-xlarge', 'asia-pacific', 0.204, 4, 16384],
      ['aws-ec2-c7g-medium', 'us-east', 0.0363, 1, 2048],
      ['aws-ec2-c7g-large', 'us-east', 0.0725, 2, 4096],
      ['aws-ec2-c7g-xlarge', 'us-east', 0.145, 4, 8192],
      ['aws-ec2-c7g-large', 'europe', 0.0825, 2, 4096],
      ['aws-ec2-c7g-xlarge', 'asia-pacific', 0.1666, 4, 8192],
      ['aws-ec2-m7g-large', 'us-west', 0.0816, 2, 8192],
      ['aws-ec2-c7g-medium', 'us-west', 0.0363, 1, 2048],
    ];
    for (const [id, area, usd, vcpu, mb] of fixed) {
      const o = at(id, area);
      expect([o.usdPerHour, o.vcpu, o.memoryMb, o.baselineCpuFraction]).toEqual([
        usd,
        vcpu,
        mb,
        undefined,
      ]);
      expect(o.family?.id).toBe(id.startsWith('aws-ec2-c7g') ? 'aws-ec2-c7g' : 'aws-ec2-m7g');
    }
    // t4g is Arm, t3 x86.
    expect(at('aws-ec2-t4g-nano', 'us-east').architecture).toBe('arm64');
    expect(at('aws-ec2-t3-nano', 'us-east').architecture).toBe('x86_64');
    // A month of t4g.nano: 0.0042 x 730 = $3.066.
    expect(at('aws-ec2-t4g-nano', 'us-east').usdPerHour! * 730).toBeCloseTo(3.066, 10);
  });

  it('Fargate: per-hour rates, sizes and billing minimum', () => {
    // Official ECS pricing page example, quoted verbatim in
    // https://raw.githubusercontent.com/api-evangelist/amazon-ecs/refs/heads/main/plans/amazon-ecs-plans-pricing.yml
    // (read 2026-09-20): "CPU cost: $0.000011244 per vCPU second" (Linux/X86, US East);
    // x 3,600 = $0.0404784 per vCPU-hour, listed as $0.04048.
    const x86 = offer('aws-fargate-x86', 'autoscaled-container');
    expect(x86.usdPerVcpuHour).toBeCloseTo(0.000011244 * 3600, 5);
    // https://www.factualminds.com/blog/amazon-fargate-ecs-task-pricing-2026/ (June 2026):
    // "$0.04048/vCPU-hour and $0.004445/GB-hour in us-east-1".
    expect(x86.usdPerVcpuHour).toBe(0.04048);
    expect(x86.usdPerGbHour).toBe(0.004445);
    // https://www.vantage.sh/blog/fargate-pricing: Linux/ARM $0.03238 per vCPU-hour, $0.00356 per GB-hour.
    const arm = offer('aws-fargate-arm64', 'autoscaled-container');
    expect(arm.usdPerVcpuHour).toBe(0.03238);
    expect(arm.usdPerGbHour).toBe(0.00356);
    // Valid task sizes (https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html):
    // 0.25 vCPU with 512 MiB, 1 GB or 2 GB ... 4 vCPU with 8-30 GB.
    for (const o of [x86, arm]) {
      expect(o.defaultSize).toEqual({ vcpu: 0.25, memoryMb: 512 });
      expect(o.sizes).toContainEqual({ vcpu: 0.25, memoryMb: 512 });
      expect(o.sizes).toContainEqual({ vcpu: 4, memoryMb: 8192 });
      expect(o.sizes).not.toContainEqual({ vcpu: 0.25, memoryMb: 4096 });
      expect(o.minimumBilledSeconds).toBe(60);
      expect(o.minInstancesFloor).toBe(0);
    }
    // Hand-worked: the default 0.25 vCPU / 0.5 GB x86 task for 730 h =
    // (0.25 x 0.04048 + 0.5 x 0.004445) x 730 = (0.01012 + 0.0022225) x 730 = $9.010025.
    expect((0.25 * x86.usdPerVcpuHour + 0.5 * x86.usdPerGbHour) * 730).toBeCloseTo(9.010025, 9);
  });

  it('App Runner: active vCPU + memory, provisioned memory only, one instance kept', () => {
    // https://aws.amazon.com/jp/apprunner/pricing/: provisioned container instances $0.007/GB-hour;
    // active container instances $0.064/vCPU-hour and $0.007/GB-hour (US East (N. Virginia));
    // idle services scale down to the provisioned instances, default 1.
    const o = offer('aws-app-runner', 'autoscaled-container');
    expect(o.usdPerVcpuHour).toBe(0.064);
    expect(o.usdPerGbHour).toBe(0.007);
    expect(o.idleUsdPerVcpuHour).toBe(0);
    expect(o.idleUsdPerGbHour).toBe(0.007);
    expect(o.minInstancesFloor).toBe(1);
    // https://docs.aws.amazon.com/apprunner/latest/api/API_InstanceConfiguration.html: default 1 vCPU, 2 GB.
    expect(o.defaultSize).toEqual({ vcpu: 1, memoryMb: 2048 });
    // Hand-worked: one idle 1 vCPU / 2 GB instance for 730 h = 2 x 0.007 x 730 = $10.22.
    expect(2 * o.idleUsdPerGbHour! * 730).toBeCloseTo(10.22, 10);
  });

  it('App Runner is also priced in us-west-2, from sources that name Oregon', () => {
    // Price List row (labofsahil/aws-pricing-dataset AWSAppRunner.csv, effective 2024-01-01):
    // "AWS App Runner - vCPU - US West (Oregon)" $0.0640000000 per vCPU-hour; the official page says
    // the $0.007/GB-hour rate applies in US West (Oregon).
    const o = offer('aws-app-runner', 'autoscaled-container', 'us-west');
    expect(o.region).toBe('us-west-2');
    expect(o.usdPerVcpuHour).toBe(0.064);
    expect(o.usdPerGbHour).toBe(0.007);
    expect(o.idleUsdPerGbHour).toBe(0.007);
    expect(o.verification).toBe('secondary');
  });

  it('API Gateway: HTTP and REST request tiers, 512 KB metering, new-customer free tier', () => {
    // https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html
    // Table 4. HTTP: first 300 million $1.00 per million, 300+ million $0.90; metered in 512 KB
    // increments. REST: first 333 million $3.50, next 667 million $2.80, next 19 billion $2.38,
    // over 20 billion $1.51.
    const http = offer('aws-api-gateway-http', 'front-door');
    expect(http.requestTiers).toEqual([
      { upTo: 300_000_000, usdPerUnit: 0.000001 },
      { upTo: null, usdPerUnit: 0.0000009 },
    ]);
    expect(http.meteringIncrementKb).toBe(512);
    const rest = offer('aws-api-gateway-rest', 'front-door');
    expect(rest.requestTiers).toEqual([
      { upTo: 333_000_000, usdPerUnit: 0.0000035 },
      { upTo: 1_000_000_000, usdPerUnit: 0.0000028 },
      { upTo: 20_000_000_000, usdPerUnit: 0.00000238 },
      { upTo: null, usdPerUnit: 0.00000151 },
    ]);
    // Hand-worked from the table: 500M HTTP requests = 300 x $1.00 + 200 x $0.90 = $480;
    // 1 billion REST requests = 333 x $3.50 + 667 x $2.80 = 1,165.50 + 1,867.60 = $3,033.10.
    expect(tiered(http.requestTiers ?? [], 500_000_000)).toBeCloseTo(480, 6);
    expect(tiered(rest.requestTiers ?? [], 1_000_000_000)).toBeCloseTo(3033.1, 6);
    // https://aws.amazon.com/api-gateway/pricing/: 1M REST and 1M HTTP API calls a month for 12 months.
    expect(http.newCustomerFreeRequests).toBe(1_000_000);
    expect(rest.newCustomerFreeRequests).toBe(1_000_000);
  });

  it('ALB: hourly charge and LCU dimensions', () => {
    // AWS Price List AWSELB us-east-1 (2026-09-11) via the de-platform snapshot: $0.0225 per ALB-hour,
    // $0.008 per LCU-hour. LCU = 25 new connections/s, 3,000 active connections/min, 1 GB/h
    // (0.4 GB/h for Lambda targets), 1,000 rule evaluations/s (official ELB pricing page text,
    // quoted in the api-evangelist transcription of 2026-09-20).
    const o = offer('aws-alb', 'front-door');
    expect(o.usdPerHour).toBe(0.0225);
    expect(o.lcu).toEqual({
      usdPerLcuHour: 0.008,
      newConnectionsPerSecond: 25,
      activeConnectionsPerMinute: 3000,
      processedGbPerHour: 1,
      processedGbPerHourLambdaTargets: 0.4,
      ruleEvaluationsPerSecond: 1000,
    });
    // Hand-worked: an idle ALB for a 730-hour month = 0.0225 x 730 = $16.425.
    expect(o.usdPerHour * 730).toBeCloseTo(16.425, 10);
  });

  it('egress: internet data transfer tiers with 100 GB free, applied to every us-east-1 offer but Lightsail', () => {
    // AWS Price List AWSDataTransfer us-east-1 (publication 2026-09-16), de-platform snapshot:
    // first 10 TB $0.09/GB, next 40 TB $0.085, next 100 TB $0.07, over 150 TB $0.05; 100 GB/month free.
    // Lightsail bundles carry their own allowance (src/engine/lightsail.test.ts).
    for (const o of catalog.offers.filter(
      (x) => x.region === 'us-east-1' && x.productId !== 'lightsail',
    )) {
      expect(o.egress?.freeGbPerMonth, o.id).toBe(100);
      expect(o.egress?.tiers, o.id).toEqual([
        { upTo: 10_240, usdPerUnit: 0.09 },
        { upTo: 51_200, usdPerUnit: 0.085 },
        { upTo: 153_600, usdPerUnit: 0.07 },
        { upTo: null, usdPerUnit: 0.05 },
      ]);
    }
  });

  it('regional offers carry their own region, sourced rates and egress (never us-east-1 copies)', () => {
    const at = (id: string, area: string) =>
      catalog.offers.find((o) => o.id === id && o.area === area);
    // Lambda tier 1 equals us-east-1 in eu-central-1 (AWS Pricing API read 2026-08-12: EUC1-Request
    // $0.20 per million, EUC1-Lambda-GB-Second $0.0000166667); provisioned concurrency differs:
    // Remotion's copy of the AWS calculator data, eu-central-1 Provisioned-Concurrency 0.0000050147,
    // Duration-Provisioned 0.0000117011, Storage-Duration 0.0000000367 per GB-s.
    const fra = at('aws-lambda-x86', 'europe');
    expect(fra?.region).toBe('eu-central-1');
    if (fra?.kind !== 'faas') throw new Error('aws-lambda-x86 in europe is not a FaaS offer');
    expect(fra.meters.find((m) => m.id === 'requests')?.tiers[0]?.usdPerUnit).toBe(0.0000002);
    expect(fra.meters.find((m) => m.id === 'compute')?.tiers[0]?.usdPerUnit).toBe(0.0000166667);
    expect(fra.provisioned?.usdPerGbSecondConfigured).toBe(0.0000050147);
    expect(fra.provisioned?.usdPerGbSecondDuration).toBe(0.0000117011);
    expect(fra.meters.find((m) => m.id === 'ephemeral-storage')?.tiers[0]?.usdPerUnit).toBe(
      0.0000000367,
    );
    // eu-central-1 egress (AWS Price List, publication 2026-08-31): $0.090 first 10 TB, $0.085
    // next 40 TB, $0.070 next 100 TB, $0.050 over 150 TB; 100 GB free.
    expect(fra.egress).toMatchObject({
      freeGbPerMonth: 100,
      tiers: [
        { upTo: 10_240, usdPerUnit: 0.09 },
        { upTo: 51_200, usdPerUnit: 0.085 },
        { upTo: 153_600, usdPerUnit: 0.07 },
        { upTo: null, usdPerUnit: 0.05 },
      ],
    });
    // Arm provisioned concurrency has no regional source: left out, not copied.
    const fraArm = at('aws-lambda-arm64', 'europe');
    if (fraArm?.kind !== 'faas') throw new Error('aws-lambda-arm64 in europe is not a FaaS offer');
    expect(fraArm.provisioned).toBeUndefined();
    // Singapore: ap-southeast-1 Provisioned-Concurrency 0.0000051991 (Remotion); egress from the
    // AWS Price List API read 2026-08-12: $0.120 first 10 TB, $0.085 next 40 TB, $0.082 next
    // 100 TB, $0.080 above (boundaries in GB: 10 x 1,024 = 10,240; 50 x 1,024 = 51,200; 150 x 1,024
    // = 153,600).
    const sin = at('aws-lambda-x86', 'asia-pacific');
    if (sin?.kind !== 'faas') throw new Error('aws-lambda-x86 in asia-pacific is not a FaaS offer');
    expect(sin.region).toBe('ap-southeast-1');
    expect(sin.provisioned?.usdPerGbSecondConfigured).toBe(0.0000051991);
    expect(sin.egress?.tiers).toEqual([
      { upTo: 10_240, usdPerUnit: 0.12 },
      { upTo: 51_200, usdPerUnit: 0.085 },
      { upTo: 153_600, usdPerUnit: 0.082 },
      { upTo: null, usdPerUnit: 0.08 },
    ]);
    // Singapore servers and containers (Price List snapshots of 2026-03-08 and 2026-06-22):
    // t4g.small $0.0212/h, t3.micro $0.0132/h; Fargate x86 $0.05056 per vCPU-hour and $0.00553
    // per GB-hour; ALB $0.0252 per hour and $0.008 per LCU-hour.
    const sinT4g = at('aws-ec2-t4g-small', 'asia-pacific');
    if (sinT4g?.kind !== 'always-on') throw new Error('aws-ec2-t4g-small in asia-pacific');
    expect(sinT4g.usdPerHour).toBe(0.0212);
    const sinT3 = at('aws-ec2-t3-micro', 'asia-pacific');
    if (sinT3?.kind !== 'always-on') throw new Error('aws-ec2-t3-micro in asia-pacific');
    expect(sinT3.usdPerHour).toBe(0.0132);
    const sinFargate = at('aws-fargate-x86', 'asia-pacific');
    if (sinFargate?.kind !== 'autoscaled-container') throw new Error('aws-fargate-x86 in asia');
    expect([sinFargate.usdPerVcpuHour, sinFargate.usdPerGbHour]).toEqual([0.05056, 0.00553]);
    const sinAlb = at('aws-alb', 'asia-pacific');
    if (sinAlb?.kind !== 'front-door') throw new Error('aws-alb in asia-pacific');
    expect([sinAlb.usdPerHour, sinAlb.lcu?.usdPerLcuHour]).toEqual([0.0252, 0.008]);
    // EC2 in EU (Frankfurt), AWS's price feed via mixxor/eu-cloud-prices (2026-08-14):
    // t4g.small $0.0192/h, t3.micro $0.012/h.
    const t4g = at('aws-ec2-t4g-small', 'europe');
    if (t4g?.kind !== 'always-on') throw new Error('aws-ec2-t4g-small in europe is not always-on');
    expect(t4g.region).toBe('eu-central-1');
    expect(t4g.usdPerHour).toBe(0.0192);
    const t3 = at('aws-ec2-t3-micro', 'europe');
    if (t3?.kind !== 'always-on') throw new Error('aws-ec2-t3-micro in europe is not always-on');
    expect(t3.usdPerHour).toBe(0.012);
    // API Gateway REST in eu-central-1: EUC1-ApiGatewayRequest $3.70 per million.
    const rest = at('aws-api-gateway-rest', 'europe');
    if (rest?.kind !== 'front-door')
      throw new Error('aws-api-gateway-rest in europe is not a front door');
    expect(rest.requestTiers).toEqual([{ upTo: null, usdPerUnit: 0.0000037 }]);
    // US West (Oregon): t4g.small $0.0168/h (AWS's EC2 price feed for US West (Oregon), Linux,
    // published 2026-09-18: catalog price "0.0168000000"); t3.medium $0.0416/h (USW2-BoxUsage:
    // t3.medium, checked against the us-west-2 Price List on 2026-10-04); an instance's public IPv4
    // $0.005/h (AmazonVPC us-west-2) and gp3 $0.08 per GB-month (AmazonEC2 us-west-2).
    const pdxT4g = at('aws-ec2-t4g-small', 'us-west');
    if (pdxT4g?.kind !== 'always-on') throw new Error('aws-ec2-t4g-small in us-west');
    expect([pdxT4g.region, pdxT4g.usdPerHour]).toEqual(['us-west-2', 0.0168]);
    const pdxT3 = at('aws-ec2-t3-medium', 'us-west');
    if (pdxT3?.kind !== 'always-on') throw new Error('aws-ec2-t3-medium in us-west');
    expect(pdxT3.usdPerHour).toBe(0.0416);
    expect(pdxT4g.serverExtras).toMatchObject({
      publicIpv4: { billing: 'hourly', usdPerHour: 0.005 },
      rootDisk: { billing: 'per-gb-month', sizeGb: 8, usdPerGbMonth: 0.08 },
    });
    // API Gateway HTTP for a Singapore deployment (retrieved 2026-03-08): $1.25 per million.
    const http = at('aws-api-gateway-http', 'asia-pacific');
    if (http?.kind !== 'front-door')
      throw new Error('aws-api-gateway-http in asia-pacific is not a front door');
    expect(http.requestTiers).toEqual([{ upTo: null, usdPerUnit: 0.00000125 }]);
    // API Gateway HTTP in us-west-2, inferred from a bill: 2,286 requests for $0.0023 (August
    // 2026) is $0.98-$1.03 per million, which only the $1.00 list rate fits; unverified.
    const pdxHttp = at('aws-api-gateway-http', 'us-west');
    if (pdxHttp?.kind !== 'front-door') throw new Error('aws-api-gateway-http in us-west');
    expect(pdxHttp.requestTiers).toEqual([{ upTo: null, usdPerUnit: 0.000001 }]);
    expect(pdxHttp.verification).toBe('unverified');
  });
});

describe('burstable sizes past their baseline (burstCredits)', () => {
  it('bills T3/T4g surplus credits where a rate is sourced, and sizes as standard mode elsewhere', () => {
    const credits = (id: string, area = 'us-east') => offer(id, 'always-on', area).burstCredits;
    // EC2 User Guide, unlimited mode concepts: "Charge per vCPU hour for surplus credits $0.05"
    // (us-east-1, Linux), for T3.
    for (const id of ['aws-ec2-t3-nano', 'aws-ec2-t3-micro', 'aws-ec2-t3-xlarge'])
      expect(credits(id)).toMatchObject({ mode: 'surplus-billed', usdPerVcpuHour: 0.05 });
    // CPUCredits:t4g $0.04 per vCPU-Hours: a us-east-1 pricebook (2026-09-20) and the us-west-2
    // price list (rate code U8TTEWHUFZA4FZYG.JRTCKXETXF.6YS6EN2CT7).
    expect(credits('aws-ec2-t4g-small')).toMatchObject({
      mode: 'surplus-billed',
      usdPerVcpuHour: 0.04,
    });
    expect(credits('aws-ec2-t4g-small', 'us-west')).toMatchObject({
      mode: 'surplus-billed',
      usdPerVcpuHour: 0.04,
    });
    // No dated rate in eu-central-1 or for T3 in us-west-2: standard mode, never another region's.
    for (const [id, area] of [
      ['aws-ec2-t3-micro', 'europe'],
      ['aws-ec2-t4g-small', 'asia-pacific'],
      ['aws-ec2-t3-medium', 'us-west'],
    ] as const)
      expect(credits(id, area)).toMatchObject({
        mode: 'throttled',
        unlimitedUnpriced: true,
        sustainedOver: 'day',
      });
    // Lightsail has no unlimited mode.
    expect(credits('aws-lightsail-1gb')).toMatchObject({ mode: 'throttled', sustainedOver: 'day' });
    // Fixed-performance sizes have no baseline and nothing attached.
    expect(credits('aws-ec2-m7g-large')).toBeUndefined();
  });
});
