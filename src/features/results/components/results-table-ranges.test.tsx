// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CalculationContext } from '../../../lib/calculation.ts';
import { resetSpreadResults } from '../../../lib/spread-results.ts';
import { pairCalculation } from '../../../lib/spread-test-calc.ts';
import { ResultsTable } from './results-table.tsx';

afterEach(() => {
  cleanup();
  resetSpreadResults();
});

const cell = (id: string, col: 'month' | 'range') =>
  document.querySelector(`tr[data-offer-id="${id}"] td[data-col="${col}"]`)?.textContent;

describe('ResultsTable: cost ranges', () => {
  it('adds each offer’s low–high over the spreads under its month, once worked out', async () => {
    render(
      <CalculationContext value={pairCalculation()}>
        <ResultsTable />
      </CalculationContext>,
    );
    // Before the spreads are worked out: the figure, and an empty range.
    expect(cell('test-faas', 'month')).toBe('$3.25');
    expect(cell('test-faas', 'range')).toBe('');
    // Traffic ±50 % (5M–15M), duration ±30 % (70–130 ms):
    // low 5M × (2e-7 + 1.25e-9 × 70) = $1.4375, high 15M × (2e-7 + 1.25e-9 × 130) = $5.4375.
    await screen.findByText('$1.44–$5.44');
    expect(cell('test-faas', 'month')).toBe('$3.25');
    // The VM stays one instance ($7.30) across the spreads.
    expect(cell('test-vm', 'range')).toBe('no change');
  });

  it('shows no range when no input has a spread', async () => {
    render(
      <CalculationContext value={pairCalculation({ trafficPct: 0, durationPct: 0, cpuPct: 0 })}>
        <ResultsTable />
      </CalculationContext>,
    );
    expect(cell('test-faas', 'month')).toBe('$3.25');
    expect(cell('test-faas', 'range')).toBeUndefined();
    expect(screen.queryByText('Low–high')).toBeNull();
  });
});
