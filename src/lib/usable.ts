import type { OfferResult, Warning } from '../engine/types.ts';

/** Usable: priced here and not blocked by a hard limit (e.g. Lambda's 15-minute ceiling). */
export function isUsable(r: Pick<OfferResult, 'available' | 'warnings'>): boolean {
  return r.available && !r.warnings.some((w) => w.severity === 'error');
}

/** Priced, but a hard limit stops it running this workload: its figure is not a comparable price. */
export function cannotRun(r: OfferResult): boolean {
  return r.available && !isUsable(r);
}

/** Why an offer cannot run this workload: its error-level warnings, in the engine's words. */
export function cannotRunReasons(r: OfferResult): string[] {
  return r.warnings.filter((w) => w.severity === 'error').map((w) => w.message);
}

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
