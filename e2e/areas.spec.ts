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

  // Lambda (eu-central-1), EC2 t4g.small (eu-central-1) and a DigitalOcean droplet (fra1) are priced
  // in Europe, so the default selection keeps all three.
  await expect(verdict.locator('.verdict-text').first()).toContainText('Lambda');
  for (const id of ['aws-lambda-arm64', 'aws-ec2-t4g-small', 'do-basic-1gb'])
    await expect(page.locator(`tr[data-offer-id="${id}"] td.money`).first(), id).toContainText('$');
  await expect(page.locator('body')).not.toContainText('NaN');
});
