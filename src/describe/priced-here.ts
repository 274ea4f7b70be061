/**
 * How many of the chosen offers have a price in the scenario's area, and in which concrete regions:
 * "6 of 7 offers priced here (Europe: eu-central-1 / europe-west1 / fra1)"; and what a headline
 * offer's price leaves out where the catalog has no sourced rate. React-free.
 */
import type { OfferResult } from '../engine/types.ts';
import { fmtCount, possessive } from './words.ts';

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

/**
 * What an offer's price leaves out because its provider charges for it in the offer's region but the
 * catalog has no sourced rate there (data out, each instance's IPv4 address or root disk), said
 * where the verdict names the offer: "Azure B1s's price leaves out the month's 1,234 GB of data
 * sent out to the internet, which Microsoft Azure charges for in westus2 at a rate the catalog has
 * not sourced: the comparison may favour it." Null when it leaves nothing out.
 */
export function leftOutText(
  r: Pick<OfferResult, 'label' | 'provider' | 'warnings'>,
): string | null {
  const parts: string[] = [];
  let region = '';
  for (const w of r.warnings) {
    if (w.code === 'egress-unpriced')
      parts.push(`the month's ${fmtCount(w.params.gb)} GB of data sent out to the internet`);
    else if (w.code === 'server-extra-unpriced')
      parts.push(
        w.params.extra === 'public-ipv4'
          ? "each instance's public IPv4 address"
          : "each instance's root disk",
      );
    else continue;
    region = w.params.region;
  }
  if (parts.length === 0) return null;
  const what =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${possessive(r.label)} price leaves out ${what}, which ${r.provider} charges for in ${region} at a rate the catalog has not sourced: the comparison may favour it.`;
}
