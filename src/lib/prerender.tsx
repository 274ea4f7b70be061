/**
 * Build time only (the Vite plugin in vite.config.ts runs this in Node; no page imports it): a
 * verdict rendered to HTML with React's static prerender, from the runtime catalog parsed exactly as
 * the page parses it and the scenario priced by the same `calculate`, so the pre-rendered words
 * and figures are the live verdict's.
 */
import type { ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { parseCompactCatalog } from '../catalog/load-catalog.ts';
import type { CompactCatalog } from '../catalog/compact.ts';
import type { Scenario } from '../engine/scenario.ts';
import * as engine from '../engine/evaluate.ts';
import { calculate, CalculationContext } from './calculation.ts';
import { withoutStyleAttributes } from './prerendered.ts';

/** `element` (a verdict) rendered for `scenario` over `compact`. Throws if it cannot be priced. */
export async function renderWithCalculation(
  compact: CompactCatalog,
  scenario: Scenario,
  element: ReactElement,
): Promise<string> {
  const loaded = await parseCompactCatalog(compact);
  // Colours come from CSS (both themes): the verdict draws no line, so the theme named is unused.
  const calc = calculate(loaded, engine, scenario, 'light');
  if (calc.status !== 'ready')
    throw new Error(
      `pre-render: the default scenario could not be priced (${calc.status === 'invalid' ? calc.message : calc.status})`,
    );
  // prerender (not renderToString) waits for the lazy parts (the cannot-run note) to load, so the
  // HTML holds what the live verdict shows once settled, without Suspense markers.
  const { prelude } = await prerenderToNodeStream(
    <CalculationContext value={calc}>{element}</CalculationContext>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return withoutStyleAttributes(html);
}
