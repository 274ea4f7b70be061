import { describe, expect, it } from 'vitest';
import { compactCatalogFrom, loadCatalog, loadPlatform } from '../catalog/load-from-disk.ts';
import { mergeCatalogs, parseCatalogFile, parsePlatformFile } from '../catalog/parse.ts';
import { parseFx } from '../catalog/fx.ts';
import { DEFAULT_SCENARIO } from './default-scenario.ts';
import { evaluateScenario } from './evaluate.ts';

// The page prices from the runtime catalog (src/catalog/compact.ts), the CLI from the separate files.
describe('the runtime catalog', () => {
  // To the engine an empty offer list means every offer in the area.
  const everyOffer = { ...DEFAULT_SCENARIO, offers: [] };
  it('prices every offer in the default scenario exactly as the separate files do', () => {
    const compact = compactCatalogFrom();
    const files = (compact.files['index.json'] as { files: string[] }).files;
    const fx = parseFx(compact.files['fx.json']);
    if (!fx.ok) throw new Error(fx.message);
    const offers = mergeCatalogs(
      files.map((f) => parseCatalogFile(f, compact.files[f], fx.fx.rates)),
    );
    expect(offers.problems).toEqual([]);
    const platform = parsePlatformFile(compact.files['platform.json']);
    expect(platform.problems).toEqual([]);

    const full = loadCatalog();
    expect(offers.offers.map((o) => o.id)).toEqual(full.offers.map((o) => o.id));
    const totals = (r: ReturnType<typeof evaluateScenario>) =>
      r.results.map((x) => [x.offerId, x.totals.month]);
    expect(
      totals(evaluateScenario(everyOffer, offers.offers, { platform: platform.platform })),
    ).toEqual(
      totals(evaluateScenario(everyOffer, full.offers, { platform: loadPlatform().platform })),
    );
  });
});
