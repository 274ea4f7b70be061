/**
 * A server is sized by the memory its requests hold in flight: 50M requests a month of 120 ms, each
 * holding 1 GB, have 6 in flight at the 99th percentile (λ = 19.03 req/s × 0.12 s = 2.28), so the
 * verdict names a server that holds them, not the 1 GB droplet that cannot hold one.
 */
import { expect, test } from '@playwright/test';
import type { Scenario } from '../src/engine/scenario.ts';
import { DEFAULT_PAGE_SCENARIO } from '../src/engine/default-scenario.ts';
import { encodeScenario } from '../src/url/codec.ts';
import { verdictReady } from './support/ready.ts';

const memoryBound: Scenario = {
  ...DEFAULT_PAGE_SCENARIO,
  workload: { requests: 50_000_000, everyMinutes: 43_800 },
  durationMs: 120,
  cpuMs: 20,
  alwaysOn: { ...DEFAULT_PAGE_SCENARIO.alwaysOn, workingSetMb: 1024 },
  offers: ['aws-lambda-arm64', 'aws-ec2-t4g-small', 'do-basic-1gb'],
};

test('the verdict names a server whose memory holds the requests in flight', async ({ page }) => {
  await page.goto(`./?${encodeScenario(memoryBound)}`);
  const v = await verdictReady(page);
  // t4g.small: (2,048 − 128) MB holds one 1 GB request, so 6 instances for 6 in flight.
  await expect(v).toContainText('EC2 t4g.small');
  const sizing = v.getByTestId('sizing-note');
  await expect(sizing).toContainText('6 × 2 GB');
  await expect(sizing).toContainText('memory decides the size');
  // The 1 GB droplet is left out, and says why.
  await expect(v).toContainText('Left out because it cannot run this workload');
  await expect(v).toContainText('896 MB after 128 MB for the OS and runtime');
});

test('availability: two zones from the verdict, with the other figure in one line', async ({
  page,
}) => {
  await page.goto(`./?${encodeScenario(memoryBound)}`);
  const v = await verdictReady(page);
  await expect(v.getByTestId('sizing-note')).toContainText('Across two zones with a load balancer');
  await v.getByLabel('Availability').selectOption('multi-zone');
  await verdictReady(page);
  // N + 1 = 7 instances across two zones; the one-zone figure is the other line.
  await expect(v.getByTestId('sizing-note')).toContainText('7 × 2 GB');
  await expect(v.getByTestId('sizing-note')).toContainText('In one zone');
});

test('a commitment term from the server options: the verdict names it and the server costs less', async ({
  page,
}) => {
  const onDemand: Scenario = {
    ...DEFAULT_PAGE_SCENARIO,
    offers: ['aws-lambda-arm64', 'gcp-e2-micro'],
  };
  await page.goto(`./?${encodeScenario(onDemand)}`);
  let v = await verdictReady(page);
  await expect(v).toContainText('on demand (no commitment)');
  const cell = page.getByRole('row', { name: /e2-micro/ }).first();
  await expect(cell).toBeVisible();
  const before = await cell.innerText();
  await page.getByText('Server options: sizing, fixed costs, commitment').click();
  await page.getByLabel('Commitment').selectOption('1y');
  v = await verdictReady(page);
  await expect(v).toContainText('on a 1-year commitment, no upfront, where a sourced rate exists');
  // E2's 1-year committed use discount is 37% off the machine (MODEL.md), so the row changes.
  await expect(cell).not.toHaveText(before);
});

test('EC2 on a 1-year term: the sourced Reserved Instance rate prices t3.medium, and t4g.small says it has none', async ({
  page,
}) => {
  const ec2: Scenario = {
    ...DEFAULT_PAGE_SCENARIO,
    offers: ['aws-lambda-arm64', 'aws-ec2-t3-medium', 'aws-ec2-t4g-small'],
  };
  await page.goto(`./?${encodeScenario(ec2)}`);
  await verdictReady(page);
  const t3 = page.getByRole('row', { name: /t3\.medium/ }).first();
  // On demand: 730 × $0.0416 = $30.368, plus IPv4 $3.65 and an 8 GB gp3 disk $0.64 = $34.658.
  await expect(t3).toContainText('$34.66');
  await page.getByText('Server options: sizing, fixed costs, commitment').click();
  await page.getByLabel('Commitment').selectOption('1y');
  const v = await verdictReady(page);
  await expect(v).toContainText('on a 1-year commitment, no upfront, where a sourced rate exists');
  // Standard RI, 1 year, no upfront, us-east-1: $19.05 for 730 h (docs/MODEL.md):
  // 19.05 + 3.65 + 0.64 = $23.34.
  await expect(t3).toContainText('$23.34');
  await expect(page.getByText(/No sourced 1-year price for EC2 t4g\.small/).first()).toBeVisible();
});
