/**
 * Why the offers left out of the verdict cannot run the workload, in src/describe's words. Its own
 * chunk: the sentences of every warning stay out of the page's first load, and most workloads
 * never need them.
 */
import type { Money } from '../../../describe/format.ts';
import { statusText } from '../../../describe/results.ts';
import type { OfferResult } from '../../../engine/types.ts';

export default function CannotRunNote({
  excluded,
  money,
}: {
  excluded: readonly OfferResult[];
  money: Money;
}) {
  return <>{excluded.map((r) => statusText(r, money) ?? r.label).join(' ')}</>;
}
