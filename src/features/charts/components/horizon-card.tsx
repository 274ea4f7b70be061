/**
 * The cost-over-time chart's card (heading, horizon buttons, legend, totals in words), without the
 * plot: the page draws the plot with Recharts (horizon-chart.tsx), the widget first as a static
 * SVG (light-horizon-chart.tsx), so nothing here imports Recharts.
 */
import type { ReactNode } from 'react';
import { freeTierRunOutSentence } from '../../../describe/results.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { formatMoney } from '../../../describe/format.ts';
import { setHorizon } from '../../../state/scenario-store.ts';
import { encodeScenario } from '../../../url/codec.ts';
import { ChartBox } from './chart-bits.tsx';
import type { HorizonModel } from '../horizon-model.ts';
import { stylesOf } from '../../../lib/palette.ts';

export interface HorizonCardProps {
  calc: ReadyCalculation;
  /** The widget's variant: no explanatory paragraph (the text alternative stays). */
  compact?: boolean;
  /** Show the day / week / month buttons (the widget hides them when the reader may not change it). */
  horizonToggle?: boolean;
}

/** Cumulative cost through a day, a week or a month, with the point a free tier runs out. */
export function HorizonCard({
  calc,
  model,
  compact = false,
  horizonToggle = true,
  bands = 0,
  children,
}: HorizonCardProps & {
  model: HorizonModel;
  /** How many cost bands the plot draws (0: none yet). */
  bands?: number;
  /** The plot, drawn in the chart box. */
  children: ReactNode;
}) {
  const { scenario } = calc;
  const styles = stylesOf(calc);
  const { h, shown, runouts } = model;
  const totals = [...shown].sort((a, b) => a.totals[h] - b.totals[h]);
  return (
    <section
      className="card chart-card"
      aria-labelledby="hz-title"
      data-scenario={encodeScenario(scenario)}
      data-bands={bands > 0 ? bands : undefined}
    >
      {/* The toggle sits beside the heading, not in it: the region's name is the heading alone. */}
      <div className="card-head">
        <h2 id="hz-title">Cost over a {h}</h2>
        {horizonToggle ? (
          <span className="segmented" role="group" aria-label="Horizon">
            {(['day', 'week', 'month'] as const).map((x) => (
              <button key={x} type="button" aria-pressed={h === x} onClick={() => setHorizon(x)}>
                {x[0]?.toUpperCase() + x.slice(1)}
              </button>
            ))}
          </span>
        ) : null}
      </div>
      {compact ? null : (
        <p className="hint">
          {h === 'month'
            ? 'Cumulative cost through a 730-hour month, from the 1st: free tiers are used up first, so a FaaS line stays flat until its free tier runs out (ringed).'
            : `Cumulative cost through a typical ${h}: its share of the monthly bill (${h === 'day' ? '24' : '168'}/730), free tier spread evenly over the month.`}{' '}
          Shaded: each line scaled to its low–high over the spreads.
        </p>
      )}
      <ChartBox
        label={`Cumulative cost over a ${h} for ${shown.length} offers; the totals are listed below the chart.`}
        shown={shown}
        styles={styles}
      >
        {children}
      </ChartBox>
      <div className="chart-summary" data-testid="horizon-summary">
        <p>
          Over a {h}:{' '}
          {totals.map((r, i) => (
            <span key={r.offerId}>
              {i > 0 ? '; ' : ''}
              {r.label} <span className="money">{formatMoney(r.totals[h], calc.money)}</span>
            </span>
          ))}
          .
        </p>
        {runouts.length > 0 ? (
          <p>
            {runouts.map((r) => freeTierRunOutSentence(r, r.freeTierRunsOutAtHour ?? 0)).join('; ')}
            .
          </p>
        ) : null}
      </div>
    </section>
  );
}
