/**
 * A fleet's sizing in words: what decided its size and how the peak in flight was read, for the
 * verdict's sizing sentence.
 */
import type { FleetInfo } from '../engine/types.ts';
import type { ColdStartOptions } from '../engine/scenario.ts';

/** "memory decides the size", … */
export function sizedByText(by: FleetInfo['sizedBy']): string {
  switch (by) {
    case 'cpu':
      return 'CPU decides the size';
    case 'memory':
      return 'memory decides the size';
    case 'concurrency':
      return 'the requests-in-flight limit decides the size';
    case 'minimum':
      return 'the minimum decides the size';
    case 'baseline':
      return 'the CPU baseline decides the size';
  }
}

/** How the peak in flight is read from the arrivals. */
export function peakReadingText(arrivals: ColdStartOptions['arrivals']): string {
  switch (arrivals) {
    case 'random':
      return 'the 99th percentile of random arrivals';
    case 'even':
      return 'evenly spaced arrivals';
    case 'bursts':
      return 'a whole burst at once';
  }
}

/** The availability a fleet is priced for: the picker's option and the CLI header. */
export function availabilityText(a: FleetInfo['availability']): string {
  return a === 'multi-zone' ? 'across two zones + load balancer' : 'one instance';
}
