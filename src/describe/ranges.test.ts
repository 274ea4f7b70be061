import { describe, expect, it } from 'vitest';
import type { Robustness, Threshold } from '../engine/robustness.ts';
import { USD_MONEY } from './format.ts';
import { rangeText, tornadoText, verdictRobustness } from './ranges.ts';

const spread = { trafficPct: 50, durationPct: 30, cpuPct: 30 };

function threshold(t: Partial<Threshold> & Pick<Threshold, 'input' | 'direction' | 'factor'>) {
  return { value: 0, answer: 'faas', withinSpread: false, ...t } as const;
}

function robust(thresholds: Threshold[]): Robustness {
  return {
    answer: 'always-on',
    gapUsd: 1.9,
    thresholds,
    tornado: [],
    holdsWithinSpreads: !thresholds.some((t) => t.withinSpread),
  };
}

describe('the verdict’s robustness sentence', () => {
  it('names the nearest two thresholds with their figures, and says the spread reaches them', () => {
    // Traffic 10M × 0.47 = 4.7M (−53 %, within ±50 %? no: 0.47 < 0.5) and duration 200 ms × 0.6
    // = 120 ms (40 % shorter, beyond ±30 %): both named, neither within its spread.
    const r = robust([
      threshold({ input: 'traffic', direction: 'down', factor: 0.47, value: 4.7e6 }),
      threshold({ input: 'duration', direction: 'down', factor: 0.6, value: 120 }),
      threshold({ input: 'cpu', direction: 'up', factor: 3, value: 60 }),
    ]);
    const summary =
      'Always-on stays cheaper unless traffic falls below 4.7M a month (−53%) or requests get 40% shorter (120 ms).';
    const spreads =
      "Robust: the answer holds across each input's spread (traffic ±50%, duration ±30%, CPU time ±30%).";
    // The page shows both sentences; the CLI and the JSON document carry them apart.
    expect(verdictRobustness(r, spread)).toEqual({
      summary,
      spreads,
      text: `${summary} ${spreads}`,
      fragile: false,
    });
  });

  it('calls a flip within a spread fragile', () => {
    // 10M × 0.86 = 8.6M, 14 % below today: inside traffic's ±50 %.
    const r = robust([
      threshold({
        input: 'traffic',
        direction: 'down',
        factor: 0.86,
        value: 8.6e6,
        withinSpread: true,
      }),
    ]);
    const v = verdictRobustness(r, spread);
    expect(v?.fragile).toBe(true);
    expect(v?.text).toBe(
      'Always-on stays cheaper unless traffic falls below 8.6M a month (−14%). ' +
        'Fragile: traffic within its spread can flip the answer (traffic ±50%, duration ±30%, CPU time ±30%).',
    );
  });

  it('leaves out thresholds beyond a tenth or ten times today, and then holds across the spread', () => {
    // Traffic × 40 and duration ÷ 20: real flips, but far outside any estimate's error.
    const r = robust([
      threshold({ input: 'traffic', direction: 'up', factor: 40, value: 4e8 }),
      threshold({ input: 'duration', direction: 'down', factor: 0.05, value: 10 }),
    ]);
    const summary =
      'Always-on stays cheaper across the whole spread (traffic ±50%, duration ±30%, CPU time ±30%), and from a tenth to ten times each input.';
    expect(verdictRobustness(r, spread)).toEqual({
      summary,
      spreads: null,
      text: summary,
      fragile: false,
    });
  });

  it('names a flip within a wide spread even beyond a tenth of today', () => {
    // Traffic ±100 % reaches 0; a flip at 5 % of today's traffic is inside it.
    const r = robust([
      threshold({
        input: 'traffic',
        direction: 'down',
        factor: 0.05,
        value: 5e5,
        withinSpread: true,
      }),
    ]);
    expect(verdictRobustness(r, { ...spread, trafficPct: 100 })?.fragile).toBe(true);
  });

  it('says nothing for a tie or a missing family', () => {
    expect(verdictRobustness({ ...robust([]), answer: 'tie' }, spread)).toBeNull();
    expect(verdictRobustness({ ...robust([]), answer: null }, spread)).toBeNull();
  });
});

describe('ranges and tornado bars in words', () => {
  it('writes a range as low–high, one amount when it does not move', () => {
    const r = { offerId: 'x', lowUsd: 9.8, typicalUsd: 12.3, highUsd: 15.1 };
    expect(rangeText(r, USD_MONEY)).toBe('$9.80–$15.10');
    expect(rangeText({ ...r, lowUsd: 6, highUsd: 6 }, USD_MONEY)).toBe('$6.00');
  });

  it('reads a bar from the input’s low end to its high end', () => {
    // The gap is cheapest FaaS minus cheapest always-on: −4.82 favours FaaS, +8.61 always-on.
    const bar = {
      input: 'traffic' as const,
      spreadPct: 50,
      lowGapUsd: -4.82,
      highGapUsd: 8.61,
      atLowUsd: -4.82,
      atHighUsd: 8.61,
    };
    expect(tornadoText(bar, USD_MONEY)).toBe(
      'traffic ±50%: from FaaS $4.82 cheaper to always-on $8.61 cheaper a month',
    );
    expect(
      tornadoText(
        {
          ...bar,
          input: 'cpu',
          spreadPct: 30,
          lowGapUsd: 1.9,
          highGapUsd: 1.9,
          atLowUsd: 1.9,
          atHighUsd: 1.9,
        },
        USD_MONEY,
      ),
    ).toBe('CPU time ±30%: no change (always-on $1.90 cheaper a month)');
  });
});

describe('threshold percentages', () => {
  it('rounds the exact factor, not its float noise', () => {
    // 200 ms × 0.835 = 167 ms: 16.5 % shorter, which rounds to 17 (the search returns
    // 0.8350000000049987, whose 16.49999… would read 16).
    const r = robust([
      threshold({ input: 'duration', direction: 'down', factor: 0.8350000000049987, value: 167 }),
    ]);
    expect(verdictRobustness(r, spread)?.text).toMatch(
      /^Always-on stays cheaper unless requests get 17% shorter \(167 ms\)\./,
    );
  });
});
