/**
 * How many of the chosen offers have a price in the scenario's area, and in which concrete regions:
 * "6 of 7 offers priced here (Europe: eu-central-1 / europe-west1 / fra1)". React-free.
 */

/** The verdict's coverage line; the regions are those of the priced offers, once each, sorted. */
export function pricedHere(
  results: readonly { available: boolean; region: string }[],
  areaLabel: string,
): string {
  const priced = results.filter((r) => r.available);
  // Cloudflare Workers runs everywhere ("global"): not a region a reader would pick.
  const regions = [...new Set(priced.map((r) => r.region))]
    .filter((r) => r && r !== 'global')
    .sort();
  const where = regions.length > 0 ? `${areaLabel}: ${regions.join(' / ')}` : areaLabel;
  const noun = results.length === 1 ? 'offer' : 'offers';
  return `${priced.length} of ${results.length} ${noun} priced here (${where})`;
}
