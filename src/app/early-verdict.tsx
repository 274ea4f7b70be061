/**
 * A share link's verdict before React DOM and the page. A share link has no pre-rendered verdict
 * (the build's is the default scenario's), and React DOM with the page's code is most of the first
 * load's bytes. So boot.ts imports this small module first, when the address carries a scenario
 * (first-paint.js has its code and the engine on their way already): once the engine and the
 * catalog are in, it prices the link's scenario with the page's own `calculate`, renders the real
 * verdict component (`VerdictView`, hook-free) to DOM nodes without React DOM
 * (`lib/static-markup.ts`), and puts them where the skeleton stood, not marked ready. The page then
 * mounts with everything loaded and renders once, replacing it with the live verdict (the same words
 * and figures, now marked ready).
 */
import { startCatalogLoad } from '../catalog/load-catalog.ts';
import { VerdictView } from '../features/verdict/components/verdict.tsx';
import { calculate } from '../lib/calculation.ts';
import { PRERENDERED_CLASS } from '../lib/prerendered.ts';
import { renderStatic } from '../lib/static-markup.ts';
import { resolvedTheme } from '../lib/theme-dom.ts';
import { decodeScenario, encodeScenario } from '../url/codec.ts';

/**
 * Waits for the engine and the catalog, then shows the link's verdict in place of the skeleton.
 * Resolves either way: a failed load is the page's to report, with its retry.
 */
export async function showEarlyVerdict(): Promise<void> {
  try {
    const [engine, loaded] = await Promise.all([
      import('../engine/evaluate.ts'),
      startCatalogLoad(),
    ]);
    const { scenario } = decodeScenario(window.location.search);
    const calc = calculate(loaded, engine, scenario, resolvedTheme());
    const standIn = document.querySelector('#root .verdict-area .prerender-standin');
    if (calc.status !== 'ready' || !standIn) return;
    const shown = document.createElement('div');
    shown.className = PRERENDERED_CLASS;
    shown.appendChild(
      renderStatic(
        <VerdictView
          calc={calc}
          current={encodeScenario(calc.scenario)}
          currencyEditable
          currencyId="early-currency"
          compact={false}
          prerender
        />,
      ),
    );
    standIn.replaceWith(shown);
  } catch {
    // The page shows the error (and a retry) when it mounts.
  }
}
