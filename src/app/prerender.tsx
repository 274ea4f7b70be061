/** Build time only: the calculator's default verdict as HTML, for index.html (src/lib/prerender.tsx). */
import type { CompactCatalog } from '../catalog/compact.ts';
import { Verdict } from '../features/verdict/components/verdict.tsx';
import { renderWithCalculation } from '../lib/prerender.tsx';
import { useScenarioStore } from '../state/scenario-store.ts';

export function prerenderVerdict(compact: CompactCatalog): Promise<string> {
  return renderWithCalculation(
    compact,
    useScenarioStore.getState().scenario,
    <Verdict prerender />,
  );
}
