/**
 * What the always-on side's choices read as, wherever they are offered: the server options, the
 * sizing note and scenario B. Not in terms.ts, which the first render loads: these come with the
 * panels that offer them.
 */
import { COMMITMENT_TERMS, type AVAILABILITIES } from '../scenario/spec.ts';
import { termPhrase } from './terms.ts';

type Availability = (typeof AVAILABILITIES)[number];
type Commitment = (typeof COMMITMENT_TERMS)[number];

const AVAILABILITY_NAMES: Readonly<Record<Availability, string>> = {
  single: 'One instance (one zone)',
  'multi-zone': 'Across two zones + load balancer',
};

/**
 * Each availability and its name: "One instance (one zone)", "Across two zones + load balancer".
 * The record's type makes it name every value the spec allows (a test holds the order to it).
 */
export const AVAILABILITY_CHOICES = Object.entries(AVAILABILITY_NAMES) as ReadonlyArray<
  readonly [Availability, string]
>;

/** Each commitment term and its name: "On demand", "1-year commitment, no upfront". */
export const COMMITMENT_CHOICES: ReadonlyArray<readonly [Commitment, string]> =
  COMMITMENT_TERMS.map((t) => [t, t === 'none' ? 'On demand' : termPhrase(t).replace(/^a /, '')]);
