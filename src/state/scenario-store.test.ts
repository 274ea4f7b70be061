import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SCENARIO } from '../engine/default-scenario.ts';
import { defaultOfferIds } from '../scenario/spec.ts';
import {
  loadScenario,
  setArea,
  setArchitecture,
  setCpuMs,
  setDurationMs,
  setOfferSelected,
  useScenarioStore,
} from './scenario-store.ts';

const s = () => useScenarioStore.getState().scenario;
beforeEach(() => loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO)));

describe('scenario store actions', () => {
  it('keeps CPU time within the duration', () => {
    setDurationMs(10); // default CPU time is 20 ms
    expect(s().cpuMs).toBe(10);
    setCpuMs(50);
    expect(s().cpuMs).toBe(10);
    setCpuMs(undefined);
    expect(s()).not.toHaveProperty('cpuMs');
  });

  it('gives CPU time back when a retyped duration grows again', () => {
    // Retyping 200 ms keystroke by keystroke: 2, 20, 200. CPU time (20 ms) is capped at 2 ms
    // while the duration is 2 ms, then is 20 ms again, not 2 ms for good.
    setDurationMs(2);
    expect(s().cpuMs).toBe(2);
    setDurationMs(20);
    expect(s().cpuMs).toBe(20);
    setDurationMs(200);
    expect(s().cpuMs).toBe(20);
    // A shared scenario's CPU time is what the user wanted, too.
    loadScenario({ ...structuredClone(DEFAULT_PAGE_SCENARIO), durationMs: 300, cpuMs: 150 });
    setDurationMs(1);
    setDurationMs(300);
    expect(s().cpuMs).toBe(150);
  });

  it('adds and removes offers without duplicates', () => {
    setOfferSelected('aws-lambda-x86', true);
    setOfferSelected('aws-lambda-x86', true);
    expect(s().offers.filter((id) => id === 'aws-lambda-x86')).toHaveLength(1);
    setOfferSelected('aws-lambda-x86', false);
    expect(s().offers).not.toContain('aws-lambda-x86');
  });

  it('switching architecture swaps offers that come in both flavours', () => {
    // Twins share provider, product, kind and area; only the architecture differs. The ids are
    // deliberately unlike each other: nothing is read from their spelling.
    const base = { providerId: 'aws', area: 'us-east' } as const;
    const known = [
      { ...base, id: 'aws-lambda-arm64', kind: 'faas', productId: 'lambda', architecture: 'arm64' },
      { ...base, id: 'aws-lambda-x86', kind: 'faas', productId: 'lambda', architecture: 'x86_64' },
      {
        ...base,
        id: 'aws-fargate-arm64',
        kind: 'autoscaled-container',
        productId: 'fargate',
        architecture: 'arm64',
      },
      {
        ...base,
        id: 'aws-fargate-x86',
        kind: 'autoscaled-container',
        productId: 'fargate',
        architecture: 'x86_64',
      },
      // A machine has an architecture but no twin of the same size: never swapped.
      {
        ...base,
        id: 'aws-ec2-t4g-small',
        kind: 'always-on',
        productId: 'ec2',
        architecture: 'arm64',
      },
      {
        ...base,
        id: 'aws-ec2-t3-small',
        kind: 'always-on',
        productId: 'ec2',
        architecture: 'x86_64',
      },
    ] as const;
    expect(s().offers).toContain('aws-ec2-t4g-small');
    setArchitecture('x86_64', known);
    expect(s().offers).toContain('aws-ec2-t4g-small');
    expect(s().faas.architecture).toBe('x86_64');
    expect(s().offers).toContain('aws-lambda-x86');
    expect(s().offers).toContain('aws-fargate-x86');
    expect(s().offers).not.toContain('aws-lambda-arm64');
    // Offers without a twin stay as they are.
    expect(s().offers).toContain('do-basic-1gb');
    setArchitecture('arm64', known);
    expect(s().offers).toEqual(DEFAULT_PAGE_SCENARIO.offers);
  });

  it('leaves untouched parts of the scenario as the same objects (cheap re-renders)', () => {
    const before = s();
    setDurationMs(300);
    expect(s().faas).toBe(before.faas);
    expect(s().alwaysOn).toBe(before.alwaysOn);
    expect(s().offers).toBe(before.offers);
  });

  it("a new area swaps the default comparison for that area's, and keeps a hand-picked one", () => {
    // The page opens on the us-east default; in Europe there is no Azure Functions price and no
    // Fargate Arm price, so their stand-ins (Vercel Functions, Fargate x86) come in.
    setArea('europe');
    expect(s().area).toBe('europe');
    expect(s().offers).toEqual(defaultOfferIds('europe'));
    expect(s().offers).toContain('vercel-functions');
    expect(s().offers).not.toContain('azure-functions-consumption');
    // Back to us-east: the default comparison again, not Europe's.
    setArea('us-east');
    expect(s().offers).toEqual(defaultOfferIds('us-east'));
    // A hand-picked selection stays as it is.
    setOfferSelected('do-basic-1gb', false);
    const picked = [...s().offers];
    setArea('asia-pacific');
    expect(s().offers).toEqual(picked);
  });
});
