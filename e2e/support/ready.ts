/**
 * Waiting on the app's own readiness, never on the clock. The verdict carries `data-scenario` (the
 * encoded scenario its figures are for) and `data-ready="true"` once that is the scenario in the
 * inputs; each chart card carries the `data-scenario` it was drawn for. On a busy machine the
 * first verdict can take several seconds, so these wait with the configured `expect` timeout
 * (playwright.config.ts), and a test never reads a figure from an earlier scenario.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** A page, or the widget inside an iframe. */
export type Scope = Page | FrameLocator;

/** The verdict region (the app's and the widget's). */
export const verdict = (scope: Scope): Locator => scope.getByRole('region', { name: 'Verdict' });

/**
 * Waits until the verdict shows figures for the scenario currently in the inputs (after a page
 * load or an edit), and returns it.
 */
export async function verdictReady(scope: Scope): Promise<Locator> {
  const v = verdict(scope);
  await expect(v).toHaveAttribute('data-ready', 'true');
  return v;
}

/**
 * Waits until the chart card under `heading` is drawn for the scenario the ready verdict shows,
 * its SVG laid out with lines in it, and returns the card. (Recharts loads after the verdict and
 * draws once its box has a size; a chart far below the fold is not drawn until scrolled to. The
 * widget's charts are static SVGs, without Recharts.)
 */
export async function chartReady(scope: Scope, heading: string | RegExp): Promise<Locator> {
  const v = await verdictReady(scope);
  const card = scope.locator('.chart-card', { has: scope.getByRole('heading', { name: heading }) });
  await expect(card).toHaveAttribute(
    'data-scenario',
    (await v.getAttribute('data-scenario')) ?? '',
  );
  await expect(card.locator('.recharts-wrapper > svg, svg.static-chart')).toBeVisible();
  await expect(card.locator('.recharts-line-curve, .static-line').first()).toBeAttached();
  return card;
}
