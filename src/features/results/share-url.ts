import type { Scenario } from '../../engine/scenario.ts';
import { encodeScenario } from '../../url/codec.ts';

/** The link that reproduces these results. */
export function shareUrlFor(scenario: Scenario): string {
  const url = new URL(window.location.href);
  url.search = encodeScenario(scenario);
  return url.href;
}
