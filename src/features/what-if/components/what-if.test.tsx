// @vitest-environment jsdom
/**
 * The what-ifs on the page, over the real catalog and engine: "Compare with…" shows scenario B,
 * its edits become `b.` link parameters, and the table shows each offer's bills in A and B.
 * Figures by hand as in scripts/cost-ranges.test.ts: AWS Lambda (Arm) at the default workload
 * (8.76M requests a month, 200 ms) costs $7.8986984 at 512 MB and $19.5787568 at 1,024 MB;
 * DigitalOcean 1 GB costs $6.00 a month.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog, loadPlatform } from '../../../catalog/load-from-disk.ts';
import * as engine from '../../../engine/evaluate.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { CalculationContext, calculate } from '../../../lib/calculation.ts';
import { setCompare, useScenarioStore } from '../../../state/scenario-store.ts';
import ComparePanel from './compare-panel.tsx';
import { WhatIfBar } from './what-if-bar.tsx';

// jsdom's import.meta.url is not a file URL: name the folder (tests run from the repository).
const dir = resolve('pricing-data');
const loaded = {
  catalog: loadCatalog(dir),
  pricesAsOf: null,
  platform: loadPlatform(dir).platform,
};
const A: Scenario = { ...DEFAULT_PAGE_SCENARIO, offers: ['aws-lambda-arm64', 'do-basic-1gb'] };

function Page() {
  // The panel reads the store's B; A is the priced scenario, as the page's provider passes it.
  return (
    <CalculationContext value={calculate(loaded, engine, A, 'light')}>
      <WhatIfBar />
    </CalculationContext>
  );
}

beforeEach(() => {
  useScenarioStore.setState({ scenario: A, compare: null });
});
afterEach(cleanup);

describe('compare', () => {
  it('"Compare with…" shows B equal to A; an edit of B becomes its b. parameter', async () => {
    render(<Page />);
    expect(screen.queryByRole('region', { name: 'Scenario A against B' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Compare with…' }));
    });
    expect(useScenarioStore.getState().compare).toBe('b.v=1');
    const card = await screen.findByRole('region', { name: 'Scenario A against B' });
    const lambda = within(card).getByRole('row', { name: /^AWS Lambda \(Arm\)/ });
    // B equal to A: $7.90 both, no difference.
    expect(
      within(lambda)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$7.90', '$7.90', '$0.00', '0%']);
    await act(async () => {
      fireEvent.change(within(card).getByLabelText('B: memory'), { target: { value: '1024' } });
    });
    expect(useScenarioStore.getState().compare).toBe('b.mem=1024');
    // $19.5787568 − $7.8986984 = $11.6800584 (+148 %).
    expect(
      within(within(card).getByRole('row', { name: /^AWS Lambda \(Arm\)/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$7.90', '$19.58', '+$11.68', '+148%']);
    expect(within(card).getByTestId('compare-verdict-b').textContent).toBe(
      'Always-on is cheaper: DigitalOcean 1 GB at $6.00 a month, against the cheapest FaaS, AWS Lambda (Arm), at $19.58.',
    );
  });

  it('B in another region takes that region’s default offers when A has the default ones', async () => {
    useScenarioStore.setState({ compare: 'b.v=1' });
    render(
      <CalculationContext value={calculate(loaded, engine, DEFAULT_PAGE_SCENARIO, 'light')}>
        <ComparePanel />
      </CalculationContext>,
    );
    const card = await screen.findByRole('region', { name: 'Scenario A against B' });
    await act(async () => {
      fireEvent.change(within(card).getByLabelText('B: region'), { target: { value: 'europe' } });
    });
    const b = new URLSearchParams(useScenarioStore.getState().compare ?? '');
    expect(b.get('b.a')).toBe('europe');
    // Europe has no Azure Functions or Fargate Arm prices: their stand-ins (spec.ts STAND_INS).
    expect(b.get('b.p')?.split(',')).toContain('vercel-functions');
    expect(b.get('b.p')?.split(',')).toContain('aws-fargate-x86');
  });

  it('B on a 1-year commitment, or across two zones: the servers as B would buy them', async () => {
    useScenarioStore.setState({
      scenario: { ...A, offers: ['aws-ec2-t3-small'] },
      compare: 'b.v=1',
    });
    render(
      <CalculationContext
        value={calculate(loaded, engine, { ...A, offers: ['aws-ec2-t3-small'] }, 'light')}
      >
        <ComparePanel />
      </CalculationContext>,
    );
    const card = await screen.findByRole('region', { name: 'Scenario A against B' });
    await act(async () => {
      fireEvent.change(within(card).getByLabelText('B: commitment'), { target: { value: '1y' } });
    });
    expect(useScenarioStore.getState().compare).toBe('b.cmt=1y');
    // One t3.small either way (3.3 % CPU at the default workload), with its public IPv4 address
    // (730 h × $0.005 = $3.65) and 8 GB gp3 root disk (8 × $0.08 = $0.64): on demand 730 h ×
    // $0.0208 = $15.184, so $19.474; on the 1-year Standard RI, no upfront, 730 h × $0.013 =
    // $9.49, so $13.78. B − A = −$5.694, −29.2 % of $19.474.
    expect(
      within(within(card).getByRole('row', { name: /^EC2 t3\.small/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$19.47', '$13.78', '−$5.69', '−29%']);
    await act(async () => {
      fireEvent.change(within(card).getByLabelText("B: servers' availability"), {
        target: { value: 'multi-zone' },
      });
    });
    expect(new URLSearchParams(useScenarioStore.getState().compare ?? '').get('b.av')).toBe('mz');
  });

  it('"Remove B" hides it and drops its parameters', async () => {
    setCompare('b.mem=1024');
    render(<Page />);
    const card = await screen.findByRole('region', { name: 'Scenario A against B' });
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Remove B' }));
    });
    expect(useScenarioStore.getState().compare).toBeNull();
    expect(screen.queryByRole('region', { name: 'Scenario A against B' })).toBeNull();
  });
});

describe('growth', () => {
  it('"Growth over time" adds the growth group at its defaults; its button removes it', async () => {
    render(<Page />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Growth over time' }));
    });
    expect(useScenarioStore.getState().scenario.growth).toEqual({ monthlyPct: 10, months: 12 });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Hide growth' }));
    });
    expect(useScenarioStore.getState().scenario).not.toHaveProperty('growth');
  });
});
