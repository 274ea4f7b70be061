// @vitest-environment jsdom
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compactCatalogFrom } from '../catalog/load-from-disk.ts';
import { parseCompactCatalog } from '../catalog/load-catalog.ts';
import * as engine from '../engine/evaluate.ts';
import { VerdictView } from '../features/verdict/components/verdict.tsx';
import { decodeScenario, encodeScenario } from '../url/codec.ts';
import { calculate, type ReadyCalculation } from '../lib/calculation.ts';
import { renderStatic } from '../lib/static-markup.ts';

// jsdom's import.meta.url is not a file URL: name the folder.
const loaded = await parseCompactCatalog(compactCatalogFrom(resolve('pricing-data')));

function readyCalc(query: string): ReadyCalculation {
  const calc = calculate(loaded, engine, decodeScenario(query).scenario, 'light');
  if (calc.status !== 'ready') throw new Error(`${query}: ${calc.status}`);
  return calc;
}

/** Both renderings as DOM, so attribute order and entity spelling do not count. */
function both(calc: ReadyCalculation, compact: boolean) {
  const view = (
    <VerdictView
      calc={calc}
      current={encodeScenario(calc.scenario)}
      currencyEditable={!compact}
      currencyId="currency"
      compact={compact}
      prerender
    />
  );
  const ours = document.createElement('div');
  ours.appendChild(renderStatic(view));
  const reacts = document.createElement('div');
  reacts.innerHTML = renderToStaticMarkup(view);
  // Adjacent strings are one text node in parsed markup, several when appended one by one.
  ours.normalize();
  return { ours, reacts };
}

describe('the early verdict (renderStatic of VerdictView)', () => {
  // Share links that reach each kind of verdict: FaaS cheaper, always-on cheaper (busy servers,
  // several instances), only one kind priced, offers that cannot run, another display currency.
  it.each([
    '?v=1&n=50000&m=5&d=120&mem=1024',
    '?v=1',
    '?v=1&n=90000000&d=300&mem=2048',
    '?v=1&n=1000&m=5&d=200&mem=512&cur=EUR',
    '?v=1&n=5000000&d=900&mem=10240&cur=GBP&h=day',
    '?v=1&o=aws-lambda-arm64',
  ])('renders the verdict of %s as React DOM does', (query) => {
    for (const compact of [false, true]) {
      const { ours, reacts } = both(readyCalc(query), compact);
      expect(ours.textContent).toMatch(/[$€£]\s?\d/);
      expect(ours.innerHTML).toBe(reacts.innerHTML);
      expect(ours.isEqualNode(reacts)).toBe(true);
    }
  });
});
