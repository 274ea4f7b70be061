// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetSpreadResults } from '../../../lib/spread-results.ts';
import { pairCalculation } from '../../../lib/spread-test-calc.ts';
import { useScenarioStore } from '../../../state/scenario-store.ts';
import RobustnessNote from './robustness-note.tsx';

afterEach(() => {
  cleanup();
  resetSpreadResults();
});

// The pair at 10M requests of 100 ms: FaaS 10M × (2e-7 + 1.25e-9 × 100) = $3.25 against the VM's
// $7.30 (one instance throughout), so FaaS is cheaper. It flips
// - traffic up at 7.30 / 3.25e-7 = 22,461,538 a month: 22.5M, +125 %;
// - duration up where 10M × (2e-7 + 1.25e-9 × d) = 7.30, d = 424 ms; billed by the whole ms, any
//   duration above 423 ms is billed as 424 ms (a tie, no longer "FaaS cheaper"): 423 ms, +323 %.
// Neither lies within traffic ±50 % or duration ±30 %; CPU time moves only the VM, which stays one
// instance up to the duration (10 ms × 10 = 100 ms: 3.8 requests/s × 0.1 s = 0.38 of 1.4 vCPU).
describe('RobustnessNote', () => {
  it('states the nearest thresholds with their figures once worked out, and that they hold', async () => {
    render(<RobustnessNote calc={pairCalculation()} />);
    const note = screen.getByTestId('robustness');
    expect(note.getAttribute('data-ready')).toBe('false');
    expect(
      await screen.findByText(
        'FaaS stays cheaper unless traffic rises above 22.5M a month (+125%) or requests take 323% longer (423 ms). ' +
          "Robust: the answer holds across each input's spread (traffic ±50%, duration ±30%).",
      ),
    ).toBeTruthy();
    expect(note.getAttribute('data-ready')).toBe('true');
  });

  it('ranks the inputs by how far they move the gap, in words', async () => {
    render(<RobustnessNote calc={pairCalculation()} />);
    await screen.findByText(/FaaS stays cheaper unless/);
    // Gap = FaaS − VM. Traffic ×0.5: 1.625 − 7.30 = −5.675; ×1.5: 4.875 − 7.30 = −2.425 (3.25 wide).
    // Duration 70 ms: 2.875 − 7.30 = −4.425; 130 ms: 3.625 − 7.30 = −3.675 (0.75 wide).
    const rows = [...document.querySelectorAll('.tornado li')].map((li) =>
      li.getAttribute('data-input'),
    );
    expect(rows).toEqual(['traffic', 'duration']);
    expect(
      screen.getByText('duration ±30%: from FaaS $4.43 cheaper to FaaS $3.68 cheaper a month'),
    ).toBeTruthy();
  });

  it('edits a spread in the scenario', () => {
    render(<RobustnessNote calc={pairCalculation()} />);
    const box = screen.getByLabelText('Traffic spread');
    fireEvent.change(box, { target: { value: '20' } });
    expect(useScenarioStore.getState().scenario.spread.trafficPct).toBe(20);
    fireEvent.change(box, { target: { value: '120' } });
    // Above traffic's largest spread (100 %): the field says so in words.
    expect(screen.getByRole('alert').textContent).toMatch(/100/);
  });
});
