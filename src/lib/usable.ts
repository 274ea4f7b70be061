import type { OfferResult, Warning } from '../engine/types.ts';

// Which offers are usable, and their order: src/engine/ranking.ts.

/** Drawn dashed: a price nobody could confirm on the provider's own page or a copy of it. */
export function isEstimate(r: OfferResult): boolean {
  return r.verification === 'unverified';
}

/** The word the page shows for an offer's kind (table tag, CSV export). */
export function kindLabel(
  r: Pick<OfferResult, 'family' | 'kind'>,
): 'FaaS' | 'container' | 'server' {
  return r.family === 'faas' ? 'FaaS' : r.kind === 'autoscaled-container' ? 'container' : 'server';
}

/** The word the page puts before a warning (table, CSV export). */
export const SEVERITY_LABEL: Record<Warning['severity'], string> = {
  info: 'Note',
  warning: 'Warning',
  error: 'Cannot run',
};
