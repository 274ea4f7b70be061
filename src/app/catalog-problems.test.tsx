// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogProblem } from '../catalog/parse.ts';
import { EMPTY_PLATFORM } from '../catalog/platform.ts';
import { CalculationContext, type Calculation } from '../lib/calculation.ts';
import type { EngineModule } from '../lib/engine.ts';
import { USD_MONEY } from '../describe/format.ts';
import { fakeScenarioResult } from '../engine/test-result.ts';
import { DEFAULT_PAGE_SCENARIO } from '../engine/default-scenario.ts';
import { CatalogProblems } from './catalog-problems.tsx';

afterEach(cleanup);

function renderWith(problems: CatalogProblem[]) {
  const calc: Calculation = {
    status: 'ready',
    loaded: {
      catalog: { offers: [], problems, files: [] },
      pricesAsOf: '2026-11-02',
      platform: EMPTY_PLATFORM,
    },
    engine: {} as EngineModule,
    scenario: DEFAULT_PAGE_SCENARIO,
    result: fakeScenarioResult([], []),
    theme: 'light',
    money: USD_MONEY,
  };
  return render(
    <CalculationContext value={calc}>
      <CatalogProblems />
    </CalculationContext>,
  ).container;
}

const bad = (file: string, path = 'offers[0].checkedOn'): CatalogProblem => ({
  file,
  path,
  message: 'Invalid ISO date',
});

describe('CatalogProblems: what a bad file leaves out', () => {
  it('an offer file: its offers are left out, the rest work', () => {
    const el = renderWith([bad('aws.json'), bad('aws.json', 'offers[2].id')]);
    expect(el.querySelector('strong')?.textContent).toBe(
      'Some prices were left out: aws.json has 2 problems; every other offer works as usual.',
    );
    expect(el.textContent).toContain('aws.json, field offers[2].id: Invalid ISO date');
  });

  it('platform.json: no offer is left out, but FaaS prices lose the platform lines', () => {
    const el = renderWith([bad('platform.json', 'coldStarts[0].keepAliveMinutes')]);
    const headlines = [...el.querySelectorAll('strong')].map((s) => s.textContent);
    expect(headlines).toEqual([
      'FaaS prices leave out cold starts, external state, schedulers and scaling limits: platform.json has a problem.',
    ]);
    expect(el.textContent).not.toContain('Some prices were left out');
  });

  it('fx.json and an offer file together: one headline each', () => {
    const el = renderWith([bad('fx.json', '(file)'), bad('gcp.json')]);
    const headlines = [...el.querySelectorAll('strong')].map((s) => s.textContent);
    expect(headlines).toEqual([
      'Some prices were left out: gcp.json has a problem; every other offer works as usual.',
      'Offers not priced in US dollars are left out, and figures stay in USD: fx.json has a problem.',
    ]);
  });

  it('says nothing when every file is fine', () => {
    expect(renderWith([]).textContent).toBe('');
  });
});
