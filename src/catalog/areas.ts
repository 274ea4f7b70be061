/**
 * The areas a scenario can be priced in, as people name them. Dependency-free (no zod), so the
 * first-load offer picker and the engine's messages share it.
 */
import type { Area } from './schema.ts';

export const AREA_LABELS: Readonly<Record<Area, string>> = {
  'us-east': 'US East',
  'us-west': 'US West',
  europe: 'Europe',
  'asia-pacific': 'Asia Pacific',
};
