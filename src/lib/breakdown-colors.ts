/**
 * The breakdown's colours, beside palette.ts's offer colours but in their own module: only the
 * charts chunk loads them, so they stay out of the first load.
 */
import type { LineKind } from '../engine/types.ts';
import type { Family } from './palette.ts';
import type { Theme } from './theme.ts';

/** The step of a bill's line item in the breakdown: the main charge darkest, extras lighter. */
export const BREAKDOWN_STEP: Record<Exclude<LineKind, 'free-tier'>, number> = {
  instances: 0,
  compute: 0,
  requests: 1,
  provisioned: 2,
  'base-fee': 2,
  'front-door': 3,
  'load-balancer': 3,
  egress: 4,
  storage: 4,
  'server-extra': 4,
  commitment: 1,
};

/**
 * Breakdown segments, one shade per step and family. Opacity steps of one colour faded the last
 * steps into the dark background ("Front door" and "Data out" looked alike): these are opaque,
 * each ≥ 3:1 against the background, and neighbouring steps change hue as well as lightness.
 */
export const BREAKDOWN_SHADES: Record<Theme, Record<Family, readonly string[]>> = {
  light: {
    faas: ['#0e7490', '#1d4ed8', '#15803d', '#7c3aed', '#0c4a6e'],
    'always-on': ['#c2410c', '#a16207', '#be185d', '#7c2d12', '#dc2626'],
  },
  dark: {
    faas: ['#22d3ee', '#60a5fa', '#4ade80', '#c4b5fd', '#e0f2fe'],
    'always-on': ['#fb923c', '#facc15', '#f472b6', '#d6a77a', '#fecaca'],
  },
};

/** The colour of one breakdown segment (the free-tier credit is hatched in CSS instead). */
export function breakdownColor(kind: LineKind, family: Family, theme: Theme): string | undefined {
  if (kind === 'free-tier') return undefined;
  return BREAKDOWN_SHADES[theme][family][BREAKDOWN_STEP[kind]];
}
