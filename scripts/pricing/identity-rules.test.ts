import { describe, expect, it } from 'vitest';
import { EMPTY_PLATFORM } from '../../src/catalog/platform.ts';
import type { Json } from './canonical.ts';
import { checkIdentity } from './identity-rules.ts';
import { checkCatalogFile, type Finding } from './rules.ts';

/** A minimal valid FaaS offer of AWS Lambda (as aws.json holds it), kept by the aws importer. */
function lambda(over: Record<string, Json> = {}): Record<string, Json> {
  return {
    id: 'aws-lambda-arm64',
    kind: 'faas',
    providerId: 'aws',
    productId: 'lambda',
    provider: 'AWS',
    product: 'AWS Lambda (arm64)',
    region: 'us-east-1',
    area: 'us-east',
    currency: 'USD',
    source: 'https://aws.amazon.com/lambda/pricing/',
    checkedOn: '2026-11-01',
    verification: 'official',
    refreshedBy: 'aws',
    architecture: 'arm64',
    granularity: { durationRoundingMs: 1 },
    meters: [
      {
        id: 'requests',
        label: 'Requests',
        basis: 'requests',
        unit: 'request',
        tiers: [{ upTo: null, pricePerUnit: 0.0000002 }],
      },
    ],
    limits: { memoryMb: { min: 128, max: 10240 } },
    ...over,
  };
}

/** A minimal valid machine of a provider without importer. */
function droplet(over: Record<string, Json> = {}): Record<string, Json> {
  return {
    id: 'do-basic-1gb',
    kind: 'always-on',
    providerId: 'digitalocean',
    productId: 'droplets',
    provider: 'DigitalOcean',
    product: 'Droplet 1 GB',
    region: 'nyc1',
    area: 'us-east',
    currency: 'USD',
    source: 'https://www.digitalocean.com/pricing/droplets',
    checkedOn: '2026-11-01',
    verification: 'official',
    refreshedBy: 'curated',
    instanceType: 's-1vcpu-1gb',
    vcpu: 1,
    memoryMb: 1024,
    pricePerMonth: 6,
    ...over,
  };
}

const provenance = {
  source: 'https://example.com/facts',
  checkedOn: '2026-11-01',
  verification: 'official',
};

/** platform.json with Lambda's cold-start, scaling and scheduler facts. */
function platform(over: Record<string, Json> = {}): Json {
  return JSON.parse(
    JSON.stringify({
      ...EMPTY_PLATFORM,
      coldStarts: [
        {
          providerId: 'aws',
          productId: 'lambda',
          model: 'environment',
          keepAliveMinutes: 10,
          keepAliveBasis: 'estimate',
          initBilled: true,
          initBilledNote: 'billed',
          avoid: null,
          provenance: [{ covers: 'all', ...provenance }],
        },
      ],
      limits: [
        {
          providerId: 'aws',
          productId: 'lambda',
          accountConcurrency: 1000,
          scaleOutPer10Seconds: 1000,
          maxInstances: null,
          requestsPerInstance: 1,
          note: 'defaults',
          provenance: [{ covers: 'all', ...provenance }],
        },
      ],
      schedulers: [
        {
          providerId: 'aws',
          product: 'EventBridge Scheduler',
          usdPerInvocation: 0.000001,
          freeInvocationsPerMonth: 0,
          usdPerJobPerMonth: 0,
          freeJobs: 0,
          provenance,
        },
      ],
      ...over,
    }),
  ) as Json;
}

const check = (files: Record<string, Json[]>, p: Json = platform()): Finding[] =>
  checkIdentity(
    Object.entries(files).map(([file, offers]) => ({ file, json: { family: 'x', offers } })),
    'platform.json',
    p,
  );

describe('pricing:check identity rules', () => {
  it('accepts offers whose provider, platform facts and importer all agree', () => {
    expect(check({ 'aws.json': [lambda()], 'digitalocean.json': [droplet()] })).toEqual([]);
  });

  it('fails an unknown provider id, naming the file and the path', () => {
    const findings = checkCatalogFile(
      'acme.json',
      { family: 'acme', offers: [droplet({ providerId: 'acme' })] },
      '2026-11-27',
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ file: 'acme.json', path: 'offers[0].providerId', rule: 'schema' }),
    );
  });

  it('fails a provider name that is not providers.ts’s name for the id', () => {
    const noFaas = platform({ coldStarts: [], limits: [], schedulers: [] });
    expect(
      check({ 'digitalocean.json': [droplet({ provider: 'Digital Ocean' })] }, noFaas),
    ).toEqual([
      expect.objectContaining({
        file: 'digitalocean.json',
        offerId: 'do-basic-1gb',
        path: 'offers[0].provider',
        rule: 'provider',
      }),
    ]);
  });

  it('fails a FaaS offer whose product has no cold-start, scaling or scheduler facts', () => {
    const f = check({ 'aws.json': [lambda()] }, platform({ coldStarts: [], schedulers: [] }));
    expect(f).toEqual([
      expect.objectContaining({
        file: 'aws.json',
        path: 'offers[0].productId',
        rule: 'platform-facts',
        message: expect.stringMatching(/no cold-start \(coldStarts\), scheduler \(schedulers\)/),
      }),
    ]);
  });

  it('accepts facts left out on purpose (notModelled), but not both given and left out', () => {
    const left = platform({
      coldStarts: [],
      notModelled: [{ providerId: 'aws', productId: 'lambda', facts: ['cold-start'], note: 'why' }],
    });
    expect(check({ 'aws.json': [lambda()] }, left)).toEqual([]);
    const both = platform({
      notModelled: [{ providerId: 'aws', productId: 'lambda', facts: ['scaling'], note: 'why' }],
    });
    expect(check({ 'aws.json': [lambda()] }, both)).toEqual([
      expect.objectContaining({
        rule: 'platform-facts',
        message: expect.stringMatching(/both gives/),
      }),
    ]);
  });

  it('fails platform facts for a product no FaaS offer has (a typo never attaches silently)', () => {
    const p = platform();
    const typo = JSON.parse(
      JSON.stringify(p).replace('"productId":"lambda"', '"productId":"lamda"'),
    );
    const f = check({ 'aws.json': [lambda()] }, typo as Json);
    expect(f).toContainEqual(
      expect.objectContaining({
        file: 'platform.json',
        path: 'coldStarts[0].productId',
        rule: 'platform-facts',
      }),
    );
  });

  it('fails an importer-owned offer its importer has no rule for, or in another file', () => {
    // The aws importer has rules for lambda, ec2, fargate, API Gateway and ALB, not for this.
    const unknown = lambda({ productId: 'lambda-edge' });
    const p = platform({
      notModelled: [
        {
          providerId: 'aws',
          productId: 'lambda-edge',
          facts: ['cold-start', 'scaling'],
          note: 'test',
        },
      ],
    });
    expect(check({ 'aws.json': [unknown] }, p)).toContainEqual(
      expect.objectContaining({
        path: 'offers[0].refreshedBy',
        rule: 'importer',
        message: expect.stringMatching(/no rule for product "lambda-edge"/),
      }),
    );
    expect(check({ 'other.json': [lambda()] })).toContainEqual(
      expect.objectContaining({
        file: 'other.json',
        rule: 'importer',
        message: expect.stringMatching(/reads only aws\.json/),
      }),
    );
  });

  it('fails a curated offer that an importer would overwrite', () => {
    expect(check({ 'aws.json': [lambda({ refreshedBy: 'curated' })] })).toEqual([
      expect.objectContaining({
        path: 'offers[0].refreshedBy',
        rule: 'importer',
        message: expect.stringMatching(/marked curated, but the aws importer/),
      }),
    ]);
  });
});
