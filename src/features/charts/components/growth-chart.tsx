import { memo, useMemo } from 'react';
import { growthSeries, requestsInMonth, type Growth } from '../../../engine/growth.ts';
import { rankResults } from '../../../engine/ranking.ts';
import { requestsPerMonthOf, type GrowthOptions } from '../../../engine/scenario.ts';
import { labelsOf } from '../../../describe/results.ts';
import { growthFlipText, growthMonthName, growthTooFarText } from '../../../describe/what-if.ts';
import { useCalculation, type ReadyCalculation } from '../../../lib/calculation.ts';
import { useInOwnTask } from '../../../lib/own-task.ts';
import { useChartAnswer } from '../../../lib/chart-answers.ts';
import { pricedScenario } from '../../../lib/priced-scenario.ts';
import { boundsOf } from '../../../lib/number-input.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { FIELDS as F, MAX_REQUESTS_PER_MONTH } from '../../../scenario/spec.ts';
import { updateScenario } from '../../../state/scenario-store.ts';
import { encodeScenario } from '../../../url/codec.ts';
import { ChartOverlay } from './chart-overlay.tsx';
import { ChartBox } from './chart-bits.tsx';
import { LinePlot } from './line-plot.tsx';
import { lineMarkers, moneyAxisOf, plotRows } from '../chart-rows.ts';
import { stylesOf } from '../../../lib/palette.ts';

/** The page offers 12 or 24 months (the CLI's --months takes 1 to 120). */
const MONTH_CHOICES = [12, 24] as const;

function setGrowth(patch: Partial<GrowthOptions>): void {
  updateScenario((s) => (s.growth ? { ...s, growth: { ...s.growth, ...patch } } : s));
}

/**
 * Cost month by month as traffic grows at a steady rate (src/engine/growth.ts), one line per
 * offer shown, with the month the cheapest answer flips marked and said in words.
 */
export default function GrowthChart() {
  // Redrawn in a task of its own after the verdict's (lib/own-task.ts).
  const calc = useInOwnTask(useCalculation());
  if (calc.status !== 'ready' || !calc.scenario.growth || calc.result.results.length === 0)
    return null;
  return <Growth calc={calc} growth={calc.scenario.growth} />;
}

const Growth = memo(function Growth({
  calc: current,
  growth,
}: {
  calc: ReadyCalculation;
  growth: GrowthOptions;
}) {
  const today = requestsPerMonthOf(current.scenario.workload);
  const lastRequests = requestsInMonth(today, growth.monthlyPct, growth.months);
  const tooFar = lastRequests > MAX_REQUESTS_PER_MONTH;
  // The months are worked out in the spread worker after an edit (lib/chart-answers.ts): until
  // they come, the chart shows the months it has, with the calculation they go with. Past the
  // largest volume there is nothing to work out (0 months).
  const priced = pricedScenario(current);
  const months = tooFar ? 0 : growth.months;
  const answer = useChartAnswer(
    current.loaded,
    JSON.stringify({ ...priced, horizon: null, currency: null, growth: { ...growth, months } }),
    () => ({ kind: 'growth', scenario: priced, monthlyGrowthPct: growth.monthlyPct, months }),
    () =>
      growthSeries(priced, current.loaded.catalog.offers, {
        platform: current.loaded.platform,
        monthlyGrowthPct: growth.monthlyPct,
        months,
      }),
    { calc: current, growth },
  );
  const drawn = tooFar ? current : answer.shownFor.calc;

  return (
    <section
      className="card chart-card growth-card"
      aria-labelledby="growth-title"
      data-scenario={encodeScenario(drawn.scenario)}
    >
      <div className="card-head">
        <h2 id="growth-title">Cost as traffic grows</h2>
        <span className="segmented" role="group" aria-label="Months">
          {MONTH_CHOICES.map((n) => (
            <button
              key={n}
              type="button"
              aria-pressed={growth.months === n}
              onClick={() => setGrowth({ months: n })}
            >
              {n} months
            </button>
          ))}
        </span>
      </div>
      <p className="growth-rate">
        <NumberField
          label="Traffic growth a month"
          value={growth.monthlyPct}
          {...boundsOf(F.growthPct)}
          unit="%"
          width="4rem"
          onCommit={(v) => v !== undefined && setGrowth({ monthlyPct: v })}
        />
      </p>
      {tooFar ? (
        <p className="error-box" role="alert">
          {growthTooFarText(growth.monthlyPct, growth.months, lastRequests)}
        </p>
      ) : answer.value === null ? (
        <p className="hint">The growth chart could not be worked out for this scenario.</p>
      ) : (
        <GrowthMonths calc={drawn} growth={answer.shownFor.growth} g={answer.value} />
      )}
    </section>
  );
});

/** The months as a chart, with the month the answer flips said in words. */
function GrowthMonths({
  calc,
  growth,
  g,
}: {
  calc: ReadyCalculation;
  growth: GrowthOptions;
  g: Growth;
}) {
  const styles = stylesOf(calc);
  // Month 1 is this calendar month.
  const start = useMemo(() => new Date(), []);
  const ranking = rankResults(calc.result);
  const drawn = new Set(
    g.months.flatMap((m) => m.results.filter((r) => r.totalUsd !== null).map((r) => r.offerId)),
  );
  const shown = ranking.ordered.filter((r) => r.status !== 'unavailable' && drawn.has(r.offerId));
  const data = useMemo(
    () =>
      g.months.map((m) => {
        const row: Record<string, number | undefined> = { month: m.month };
        for (const r of m.results) if (r.totalUsd !== null) row[r.offerId] = r.totalUsd;
        return row;
      }),
    [g],
  );
  // Fast growth spans decades: the money axis turns to a log scale then (moneyAxisOf).
  const axis = useMemo(() => moneyAxisOf(data, 'month', calc.money), [data, calc.money]);
  const plotted = useMemo(() => plotRows(data, 'month', axis), [data, axis]);
  const ticks = Array.from({ length: growth.months / (growth.months > 12 ? 3 : 1) }, (_, i) =>
    growth.months > 12 ? 3 * i + 1 : i + 1,
  );
  // About five markers per line, offset per offer, so lines differ without colour.
  const markers = lineMarkers(shown, styles, plotted, 'month');
  const labelOf = labelsOf(calc.result.results);
  const flip = g.flipMonth;

  return (
    <>
      <p className="hint">
        Each offer’s bill for one month of traffic, month 1 being today’s (
        {growthMonthName(start, 1)}); month k is today’s × (1 + rate)^(k−1).
        {axis.log ? ' The cost axis is a log scale: each step is ten times the one below.' : null}
      </p>
      <ChartBox
        label={`Monthly cost over ${growth.months} months of growth for ${shown.length} offers; when the answer flips is said below the chart.`}
        shown={shown}
        styles={styles}
      >
        <LinePlot
          data={plotted}
          readoutRows={data}
          xKey="month"
          xDomain={[1, growth.months]}
          xTicks={ticks}
          xLabel={(v) => (v === 1 ? 'month 1' : String(v))}
          yTicks={axis.ticks}
          {...(axis.log && axis.ticks
            ? { logY: true, yDomain: [axis.ticks[0] ?? 'auto', axis.ticks.at(-1) ?? 'auto'] }
            : {})}
          money={calc.money}
          shown={shown}
          styles={styles}
          over={
            <ChartOverlay
              xGrid={ticks}
              markers={markers}
              {...(flip !== null ? { vertical: { x: flip, label: `Flips: month ${flip}` } } : {})}
            />
          }
          readout={{
            title: (row) => `Month ${row.month ?? 1} (${growthMonthName(start, row.month ?? 1)})`,
          }}
        />
      </ChartBox>
      <p className="chart-summary" data-testid="growth-flip" data-flip-month={flip ?? 'none'}>
        {growthFlipText(g, labelOf, start)}
      </p>
    </>
  );
}
