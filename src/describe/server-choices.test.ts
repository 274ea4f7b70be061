import { describe, expect, it } from 'vitest';
import { AVAILABILITIES, COMMITMENT_TERMS } from '../scenario/spec.ts';
import { AVAILABILITY_CHOICES, COMMITMENT_CHOICES } from './server-choices.ts';

describe('the always-on choices in words', () => {
  it('names every value the scenario allows, in its order', () => {
    expect(AVAILABILITY_CHOICES.map(([v]) => v)).toEqual([...AVAILABILITIES]);
    expect(COMMITMENT_CHOICES.map(([v]) => v)).toEqual([...COMMITMENT_TERMS]);
  });

  it('reads as the options do', () => {
    expect(AVAILABILITY_CHOICES).toEqual([
      ['single', 'One instance (one zone)'],
      ['multi-zone', 'Across two zones + load balancer'],
    ]);
    expect(COMMITMENT_CHOICES).toEqual([
      ['none', 'On demand'],
      ['1y', '1-year commitment, no upfront'],
      ['3y', '3-year commitment, no upfront'],
    ]);
  });
});
