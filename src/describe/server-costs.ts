/**
 * A real server's fixed costs and commitments in words: the term and plan a fleet is priced on
 * ("1-year EC2 Instance Savings Plan, no upfront"), and the sentence the verdict adds about them.
 */
import type { Commitment, CommitmentTerm } from '../catalog/schema.ts';
import type { OfferResult } from '../engine/types.ts';
import { termLabel } from './terms.ts';

/** What each provider calls its commitment plan. */
export const COMMITMENT_PLAN_LABEL: Readonly<Record<Commitment['plan'], string>> = {
  'reserved-instance': 'Reserved Instance',
  'ec2-instance-savings-plan': 'EC2 Instance Savings Plan',
  'compute-savings-plan': 'Compute Savings Plan',
  'reserved-vm-instance': 'Reserved VM Instance',
  'committed-use-discount': 'committed use discount',
};

/** "1-year EC2 Instance Savings Plan, no upfront". */
export function commitmentName(term: CommitmentTerm, plan: Commitment['plan']): string {
  return `${termLabel(term)} ${COMMITMENT_PLAN_LABEL[plan]}, no upfront`;
}

/**
 * How an always-on offer is priced under the scenario's term, without a full stop:
 * "EC2 t4g.small on a 1-year EC2 Instance Savings Plan, no upfront",
 * "DigitalOcean 1 GB on demand (no 1-year commitment in the catalog)",
 * "EC2 t3.micro on demand (no sourced 1-year price)".
 */
export function commitmentClause(
  r: Pick<OfferResult, 'label' | 'lines' | 'warnings'>,
  term: CommitmentTerm | 'none',
): string {
  if (term === 'none') return `${r.label} on demand`;
  for (const l of r.lines)
    if (l.basis.type === 'commitment')
      return `${r.label} on a ${commitmentName(l.basis.term, l.basis.plan)}`;
  const why = r.warnings.some((w) => w.code === 'commitment-unpriced')
    ? `no sourced ${termLabel(term)} price`
    : `no ${termLabel(term)} commitment in the catalog`;
  return `${r.label} on demand (${why})`;
}

/**
 * The verdict's sentence on the always-on side's fixed costs and term: "EC2 t4g.small is priced on
 * a 1-year EC2 Instance Savings Plan, no upfront, with its public IPv4 address and root disk."
 */
export function serverCostsSentence(
  r: Pick<OfferResult, 'label' | 'lines' | 'warnings' | 'kind'>,
  term: CommitmentTerm | 'none',
  extrasOn: boolean,
): string {
  const clause = commitmentClause(r, term).replace(`${r.label} `, '');
  const hasIp = r.lines.some((l) => l.basis.type === 'public-ipv4');
  const hasDisk = r.lines.some((l) => l.basis.type === 'root-disk');
  const extras =
    r.kind !== 'always-on'
      ? ''
      : !extrasOn
        ? ', without its public IPv4 address and root disk (switched off)'
        : hasIp && hasDisk
          ? ', with its public IPv4 address and root disk'
          : hasIp
            ? ', with its public IPv4 address'
            : hasDisk
              ? ', with its root disk'
              : '';
  return `${r.label} is priced ${clause}${extras}.`;
}
