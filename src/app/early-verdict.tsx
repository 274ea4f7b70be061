/**
 * A share link's verdict before the page mounts. A share link has no pre-rendered verdict (the
 * build's is the default scenario's), so its answer used to wait for React to render the whole
 * page twice: once while loading, once with the figures. Instead, once the engine and the catalog
 * are in (usually with or before React's own code), this prices the link's scenario with the
 * page's own `calculate`, renders the real `Verdict` alone, and puts it where the skeleton stood;
 * the page then mounts with everything loaded and renders once, replacing it with the live verdict
 * (the same words and figures, now marked ready).
 */
import type { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { getCatalogQueryOptions } from '../catalog/catalog-query.ts';
import { Verdict } from '../features/verdict/components/verdict.tsx';
import { calculate, CalculationContext } from '../lib/calculation.ts';
import { getEngineQueryOptions, loadEngine } from '../lib/engine.ts';
import { PRERENDERED_CLASS, withoutStyleAttributes } from '../lib/prerendered.ts';
import { resolvedTheme } from '../lib/theme-dom.ts';
import { useScenarioStore } from '../state/scenario-store.ts';

/**
 * Waits for the engine and the catalog (filling the page's queries with them), then shows the
 * scenario's verdict in place of the skeleton. Resolves either way: a failed load is the page's to
 * report, with its retry.
 */
export async function showEarlyVerdict(client: QueryClient, root: HTMLElement): Promise<void> {
  try {
    const [engine, loaded] = await Promise.all([
      loadEngine(),
      client.fetchQuery(getCatalogQueryOptions()),
    ]);
    client.setQueryData(getEngineQueryOptions().queryKey, engine);
    const calc = calculate(loaded, engine, useScenarioStore.getState().scenario, resolvedTheme());
    const standIn = root.querySelector('.verdict-area .prerender-standin');
    if (calc.status !== 'ready' || !standIn) return;
    const box = document.createElement('div');
    const verdictRoot = createRoot(box);
    flushSync(() =>
      verdictRoot.render(
        <CalculationContext value={calc}>
          <Verdict prerender />
        </CalculationContext>,
      ),
    );
    const html = withoutStyleAttributes(box.innerHTML);
    verdictRoot.unmount();
    const shown = document.createElement('div');
    shown.className = PRERENDERED_CLASS;
    shown.innerHTML = html;
    standIn.replaceWith(shown);
  } catch {
    // The page shows the error (and a retry) when it mounts.
  }
}
