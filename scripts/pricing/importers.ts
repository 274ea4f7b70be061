/**
 * Which offers each importer of `npm run pricing:update` refreshes, answered without the network:
 * the importer's own dispatch (its plan), run on one offer. `pricing:check` compares it with each
 * offer's `refreshedBy`, so a new offer is never silently skipped by an importer that was meant to
 * refresh it, and a curated offer is never overwritten by one.
 */
import type { ImporterName } from '../../src/catalog/schema.ts';
import { planAws } from './aws.ts';
import { planAzure } from './azure.ts';
import { planGcp } from './gcp.ts';
import type { RawOffer } from './types.ts';

/** The one catalog file each importer refreshes. */
export const FILE_OF: Record<ImporterName, string> = {
  aws: 'aws.json',
  azure: 'azure.json',
  gcp: 'gcp.json',
};

/** Does the importer refresh at least one rate of this offer? */
export const REFRESHES: Record<ImporterName, (offer: RawOffer) => boolean> = {
  aws: (o) => planAws({ offers: [o] }).length > 0,
  azure: (o) => planAzure({ offers: [o] }).length > 0,
  gcp: (o) => planGcp(o) !== undefined,
};
