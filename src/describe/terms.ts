/**
 * The scenario's commitment term in words: small, because the verdict's first render states it
 * (the rest of a server's fixed costs in words is in server-costs.ts, loaded later).
 */
import type { CommitmentTerm } from '../catalog/schema.ts';

/** "1-year", "3-year". */
export function termLabel(term: CommitmentTerm): string {
  return term === '1y' ? '1-year' : '3-year';
}

/** The scenario's term in a phrase: "on demand", "a 1-year commitment, no upfront". */
export function termPhrase(term: CommitmentTerm | 'none'): string {
  return term === 'none' ? 'on demand' : `a ${termLabel(term)} commitment, no upfront`;
}

/**
 * The verdict's assumption on the term, after "list prices in USD": "on demand (no commitment)",
 * "servers and Lambda duration on a 1-year commitment, no upfront, where a sourced rate exists".
 */
export function termAssumption(term: CommitmentTerm | 'none'): string {
  return term === 'none'
    ? `${termPhrase(term)} (no commitment)`
    : `servers and Lambda duration on ${termPhrase(term)}, where a sourced rate exists`;
}
