/**
 * Test helpers: the committed catalog (read with fs) and small hand-made offers whose rules are
 * stated in the test itself. Only imported by *.test.ts files.
 */
import { loadCatalog, loadPlatform } from '../catalog/load-from-disk.ts';
import type * as z from 'zod/mini';
import type { Platform } from '../catalog/platform.ts';
import type { FaasOffer, Fx, InstanceOffer, ListedOffer, Offer } from '../catalog/schema.ts';
import { toUsdOffer } from '../catalog/to-usd.ts';
import { faasOfferSchema, instanceOfferSchema } from '../catalog/schema.ts';
import {
  scenarioSchema,
  MINUTES_PER_MONTH,
  type Scenario,
  type ScenarioInput,
} from './scenario.ts';

let cached: Offer[] | undefined;
/** Every valid offer in pricing-data/. */
export function catalogOffers(): Offer[] {
  cached ??= loadCatalog().offers;
  return cached;
}

let platform: Platform | undefined;
/**
 * pricing-data/platform.json, as the page and the CLI pass it to the engine (throws if it is
 * invalid, so no test prices with the empty fallback by accident).
 */
export function catalogPlatform(): Platform {
  if (!platform) {
    const r = loadPlatform();
    if (r.problems.length > 0) throw new Error(r.problems.map((p) => p.message).join('\n'));
    platform = r.platform;
  }
  return platform;
}

export function offerById(id: string, area = 'us-east'): Offer {
  const o = catalogOffers().find((x) => x.id === id && x.area === area);
  if (!o) throw new Error(`test needs offer ${id} in ${area}`);
  return o;
}

/** A scenario of `perMonth` requests a month, constant traffic, no egress, no options. */
export function monthly(perMonth: number, rest: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    workload: { requests: perMonth, everyMinutes: MINUTES_PER_MONTH },
    durationMs: 100,
    memoryMb: 128,
    responseKb: 0,
    requestKb: 0,
    ...rest,
  });
}

/** Provenance and place shared by the hand-made test offers. */
export const TEST_OFFER_BASE = {
  // A real provider id (the schema accepts only providers.ts's), with a test product id; the
  // catalog has no Hetzner load balancer, front door or scheduler to join onto by accident.
  providerId: 'hetzner',
  productId: 'test-product',
  refreshedBy: 'curated',
  provider: 'Test',
  region: 'test-1',
  area: 'us-east',
  currency: 'USD',
  source: 'https://example.com/pricing',
  checkedOn: '2026-11-27',
  verification: 'official',
} as const;

/**
 * A listed offer in US dollars, as the catalog loader converts it (hand-made offers are listed in
 * the file format, with `pricePer…` fields in their `currency`). EUR needs `rates`.
 */
export function inUsd<T extends ListedOffer>(
  listed: T,
  rates?: Fx['rates'],
): Extract<Offer, { kind: T['kind'] }> {
  const r = toUsdOffer(listed, rates);
  if (!r.ok) throw new Error(r.message);
  if (r.offer.kind !== listed.kind) throw new Error('conversion changed the kind');
  return r.offer as Extract<Offer, { kind: T['kind'] }>;
}

/** A 2-vCPU, 1 GB machine at $0.01 an hour ($7.30 a 730-hour month); override any part. */
export function testVm(over: Partial<z.input<typeof instanceOfferSchema>> = {}): InstanceOffer {
  return inUsd(
    instanceOfferSchema.parse({
      ...TEST_OFFER_BASE,
      id: 'test-vm',
      product: 'Test VM',
      kind: 'always-on',
      instanceType: 'test.small',
      vcpu: 2,
      memoryMb: 1024,
      pricePerHour: 0.01,
      ...over,
    }),
  );
}

/** A plain FaaS offer: $0.20/M requests, $0.00001/GB-s, 1 ms rounding; override any part. */
export function testFaas(over: Partial<z.input<typeof faasOfferSchema>> = {}): FaasOffer {
  return inUsd(
    faasOfferSchema.parse({
      ...TEST_OFFER_BASE,
      id: 'test-faas',
      product: 'Test FaaS',
      kind: 'faas',
      granularity: { durationRoundingMs: 1 },
      meters: [
        {
          id: 'requests',
          label: 'Requests',
          basis: 'requests',
          unit: 'request',
          tiers: [{ upTo: null, pricePerUnit: 2e-7 }],
        },
        {
          id: 'compute',
          label: 'Compute',
          basis: 'memory-seconds',
          unit: 'GB-s',
          tiers: [{ upTo: null, pricePerUnit: 0.00001 }],
        },
      ],
      limits: { memoryMb: { min: 128, max: 10240 } },
      ...over,
    }),
  );
}
