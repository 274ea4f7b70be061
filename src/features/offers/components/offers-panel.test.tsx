// @vitest-environment jsdom
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PLATFORM } from '../../../catalog/platform.ts';
import { getCatalogQueryOptions } from '../../../catalog/catalog-query.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import { loadCatalog } from '../../../catalog/load-from-disk.ts';
import { loadScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import OffersPanel from './offers-panel.tsx';
import { ServerOptionsBody } from './server-options.tsx';

// jsdom has no file URL for the module: the committed catalog by its path from the repository root.
const offers = loadCatalog(resolve('pricing-data')).offers;
const scenario = () => useScenarioStore.getState().scenario;

function renderPanel() {
  const client = new QueryClient();
  client.setQueryData(getCatalogQueryOptions().queryKey, {
    catalog: { offers, problems: [], files: [] },
    pricesAsOf: null,
    platform: EMPTY_PLATFORM,
  });
  return render(
    <QueryClientProvider client={client}>
      <OffersPanel />
    </QueryClientProvider>,
  );
}

/** A provider's disclosure (a <details>), found by its summary's name. */
function provider(name: string): HTMLDetailsElement {
  const summary = screen
    .getAllByText(name, { selector: '.pg-name' })
    .map((el) => el.closest('details'))
    .find((d) => d !== null);
  if (!summary) throw new Error(`no provider ${name}`);
  return summary;
}

beforeEach(() => loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO)));
afterEach(cleanup);

describe('offer picker: providers and families', () => {
  it('lists providers, each closed, with what it compares in its summary', () => {
    renderPanel();
    const names = [...document.querySelectorAll('.pg-name')].map((el) => el.textContent);
    // providers.ts order, those with offers in us-east.
    expect(names).toEqual([
      'AWS',
      'Google Cloud',
      'Microsoft Azure',
      'Cloudflare',
      'Vercel',
      'DigitalOcean',
      'Hetzner',
      'Fly.io',
      'Heroku',
    ]);
    for (const d of document.querySelectorAll('details.provider-group'))
      expect((d as HTMLDetailsElement).open).toBe(false);
    // The default comparison names t4g.small exactly (its id): the family shows with that size.
    expect(provider('AWS').querySelector('summary')?.textContent).toBe(
      'AWS AWS Lambda (Arm), Fargate (Arm), EC2 t4g (t4g.small)',
    );
    expect(provider('Vercel').querySelector('summary')?.textContent).toBe('Vercel none');
  });

  it('a family is one checkbox: ticked, it is compared at its cheapest size that fits', async () => {
    const user = userEvent.setup();
    renderPanel();
    const aws = provider('AWS');
    await user.click(within(aws).getByText('AWS', { selector: '.pg-name' }));
    expect(aws.open).toBe(true);
    // One entry per family, not one per size.
    expect(within(aws).queryByRole('checkbox', { name: /t3\.micro/ })).toBeNull();
    await user.click(within(aws).getByRole('checkbox', { name: /EC2 t3/ }));
    expect(scenario().offers).toContain('aws-ec2-t3');
    expect(scenario().pins).toEqual([]);
    const size = within(aws).getByLabelText('Size of EC2 t3') as HTMLSelectElement;
    expect(size.value).toBe('');
    // Sizes cheapest first: t3.nano $0.0052/h, micro $0.0104, small $0.0208, medium $0.0416,
    // large $0.0832, xlarge $0.1664 (us-east-1 on demand, aws.json).
    expect([...size.options].map((o) => o.textContent)).toEqual([
      'cheapest size that fits',
      't3.nano',
      't3.micro',
      't3.small',
      't3.medium',
      't3.large',
      't3.xlarge',
    ]);
    await user.click(within(aws).getByRole('checkbox', { name: /EC2 t3/ }));
    expect(scenario().offers).not.toContain('aws-ec2-t3');
  });

  it('choosing a size pins it; the cheapest unpins it; unticking drops family and pin', async () => {
    const user = userEvent.setup();
    renderPanel();
    const aws = provider('AWS');
    await user.click(within(aws).getByText('AWS', { selector: '.pg-name' }));
    const size = within(aws).getByLabelText('Size of EC2 t4g') as HTMLSelectElement;
    // The default names the size id: it prices exactly that size until the choice changes.
    expect(size.value).toBe('aws-ec2-t4g-small');
    await user.selectOptions(size, 'aws-ec2-t4g-medium');
    // The family takes the size id's place, with the size pinned.
    expect(scenario().offers).toEqual([
      'aws-lambda-arm64',
      'gcp-cloud-run-functions',
      'azure-functions-consumption',
      'cloudflare-workers-standard',
      'aws-ec2-t4g',
      'aws-fargate-arm64',
      'do-basic-1gb',
    ]);
    expect(scenario().pins).toEqual(['aws-ec2-t4g-medium']);
    expect(size.value).toBe('aws-ec2-t4g-medium');
    expect(aws.querySelector('summary')?.textContent).toContain('EC2 t4g (t4g.medium)');
    await user.selectOptions(size, '');
    expect(scenario().pins).toEqual([]);
    expect(scenario().offers).toContain('aws-ec2-t4g');
    expect(aws.querySelector('summary')?.textContent).toMatch(/EC2 t4g$/);
    await user.selectOptions(size, 'aws-ec2-t4g-small');
    await user.click(within(aws).getByRole('checkbox', { name: /EC2 t4g/ }));
    expect(scenario().offers).not.toContain('aws-ec2-t4g');
    expect(scenario().pins).toEqual([]);
  });

  it('keeps functions and containers as one checkbox each', async () => {
    const user = userEvent.setup();
    renderPanel();
    const gcp = provider('Google Cloud');
    await user.click(within(gcp).getByText('Google Cloud', { selector: '.pg-name' }));
    await user.click(within(gcp).getByRole('checkbox', { name: /Cloud Functions \(1st gen\)/ }));
    expect(scenario().offers).toContain('gcp-cloud-functions-gen1');
    expect(gcp.querySelector('summary')?.textContent).toBe(
      'Google Cloud Cloud Functions (1st gen), Cloud Run functions',
    );
  });

  it('Reset brings back the default offers and drops pins; the area switch drops pins not sold there', async () => {
    const user = userEvent.setup();
    loadScenario({
      ...structuredClone(DEFAULT_PAGE_SCENARIO),
      offers: ['aws-lightsail', 'aws-ec2-t4g'],
      pins: ['aws-lightsail-16gb', 'aws-ec2-t4g-medium'],
    });
    renderPanel();
    // Lightsail's 16 GB bundle is sold in us-east only; t4g.medium in Europe too.
    await user.selectOptions(screen.getByLabelText('Region'), 'europe');
    expect(scenario().pins).toEqual(['aws-ec2-t4g-medium']);
    await user.click(screen.getByRole('button', { name: 'Reset to the default comparison' }));
    expect(scenario().pins).toEqual([]);
    expect(scenario().offers).toContain('aws-fargate-x86');
  });
});

describe('server options', () => {
  it('say the unit of each memory figure beside its box', async () => {
    render(<ServerOptionsBody alwaysOn={DEFAULT_PAGE_SCENARIO.alwaysOn} />);
    // The defaults: 16 MB of working set per request in flight over a 128 MB base per instance.
    for (const [label, value] of [
      ['Working set per request in flight', '16'],
      ['Base memory per instance (OS and runtime)', '128'],
    ] as const) {
      const box = screen.getByLabelText(label) as HTMLInputElement;
      expect(box.value).toBe(value);
      expect(box.closest('.unit-input')?.textContent).toBe('MB');
    }
  });
});
