import { expect, test } from '@playwright/test';
import { verdictReady } from './support/ready';

test('Europe: the verdict compares Lambda with an EC2 server and a VPS, each priced there', async ({
  page,
}) => {
  await page.goto('./');
  await verdictReady(page);
  await page.getByLabel('Region').selectOption('europe');
  await expect(page).toHaveURL(/[?&]a=europe(&|$)/);
  const verdict = await verdictReady(page);

  // The default comparison becomes Europe's: Lambda (eu-central-1), EC2 t4g.small (eu-central-1) and
  // a DigitalOcean droplet (fra1) are priced there; Vercel Functions (fra1) and Fargate x86 stand in
  // for Azure Functions and Fargate Arm, which have no European price. All seven are priced.
  await expect(verdict.locator('.verdict-text').first()).toContainText('Lambda');
  for (const id of ['aws-lambda-arm64', 'aws-ec2-t4g-small', 'do-basic-1gb', 'vercel-functions'])
    await expect(page.locator(`tr[data-offer-id="${id}"] td.money`).first(), id).toContainText('$');
  await expect(verdict.locator('.verdict-priced')).toHaveText(
    '7 of 7 offers priced here (Europe: eu-central-1 / europe-west1 / fra1)',
  );
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('a hand-picked selection keeps its offers in a new area, and the verdict counts those priced there', async ({
  page,
}) => {
  // Azure Functions and Fargate Arm have no price in US West; the other five of this selection do.
  await page.goto(
    './?v=1&p=aws-lambda-arm64,azure-functions-consumption,aws-fargate-arm64,do-basic-1gb',
  );
  await verdictReady(page);
  await page.getByLabel('Region').selectOption('us-west');
  await expect(page).toHaveURL(/[?&]a=us-west(&|$)/);
  const verdict = await verdictReady(page);
  // Lambda (us-west-2), Fargate Arm (us-west-2) and the droplet (sfo3) are priced; Azure is not.
  await expect(verdict.locator('.verdict-priced')).toHaveText(
    '3 of 4 offers priced here (US West: sfo3 / us-west-2)',
  );
});

test('a server whose data out has no sourced price here is named with what its price leaves out', async ({
  page,
}) => {
  // Azure charges for data out, a public IPv4 address and a root disk in West US 2, but the catalog
  // has no sourced rate there: B1s comes out at $7.59 against Lambda's $383.86, most of which is
  // Lambda's data out (8,760,000 responses × 512 KB = 4,277.34 GB). The verdict says so beside it.
  await page.goto('./?v=1&a=us-west&rs=512&p=aws-lambda-arm64,azure-vm-b1s');
  const verdict = await verdictReady(page);
  await expect(verdict.locator('.verdict-text').first()).toContainText('Azure B1s');
  await expect(verdict.locator('.verdict-left-out')).toHaveText(
    "Azure B1s's price leaves out each instance's public IPv4 address, each instance's root disk and the month's 4,277 GB of data sent out to the internet, which Microsoft Azure charges for in westus2 at a rate the catalog has not sourced: the comparison may favour it.",
  );
  // A scenario that sends nothing out leaves no data out, and says only what it still leaves out.
  await page.goto('./?v=1&a=us-west&rs=0&p=aws-lambda-arm64,azure-vm-b1s');
  await expect((await verdictReady(page)).locator('.verdict-left-out')).not.toContainText('GB');
});

test('a region where none of the chosen offers has a price: the verdict says what to do, and no empty chart is drawn', async ({
  page,
}) => {
  // Azure Functions Consumption and Fargate (Arm) have no price in Asia Pacific (spec.ts's stand-ins).
  await page.goto('./?v=1&a=asia-pacific&p=azure-functions-consumption,aws-fargate-arm64');
  const verdict = await verdictReady(page);
  await expect(verdict.locator('.verdict-text')).toHaveText(
    'None of the chosen offers has a price in this region; choose others under “Compare”, or another region.',
  );
  await expect(verdict.locator('.verdict-priced')).toHaveText(
    '0 of 2 offers priced here (Asia Pacific)',
  );
  // The table still names each offer and why; the charts, with nothing to draw, are left out.
  await expect(page.locator('tr[data-offer-id]')).toHaveCount(2);
  // Settled: no chart placeholder or skeleton is waiting to become a chart.
  await expect(page.getByRole('status', { name: 'Loading charts' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Where the answer flips' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Cost over a/ })).toHaveCount(0);
});
