/** Build time only: the widget's default verdict as HTML, for embed.html (src/lib/prerender.tsx). */
import type { CompactCatalog } from '../catalog/compact.ts';
import { decodeEmbed } from '../features/embed/embed-params.ts';
import { Verdict } from '../features/verdict/components/verdict.tsx';
import { renderWithCalculation } from '../lib/prerender.tsx';

export function prerenderVerdict(compact: CompactCatalog): Promise<string> {
  const { scenario, options } = decodeEmbed('');
  return renderWithCalculation(
    compact,
    scenario,
    <Verdict prerender currencyEditable={options.controls.has('cur')} compact />,
  );
}
