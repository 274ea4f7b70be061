import { useMemo } from 'react';
import { LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Horizon } from '../../../engine/scenario.ts';
import { freeTierRunOutSentence } from '../../../describe/results.ts';
import { cumulativeSeries } from '../../../engine/series.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { rankResults } from '../../../engine/ranking.ts';
import { formatMoney, linearMoneyTicks } from '../../../describe/format.ts';
import { setHorizon } from '../../../state/scenario-store.ts';
import { OfferLegend, TooltipList } from './chart-bits.tsx';
import { offerLines } from './offer-lines.tsx';
import { HoverReadout } from './hover-readout.tsx';
import { ChartOverlay, type OverlayMarker, type OverlayRing } from './chart-overlay.tsx';
import { encodeScenario } from '../../../url/codec.ts';
import { HORIZON_HOURS } from '../../../engine/units.ts';
import { seriesBand } from '../../../engine/ranges.ts';
import { useSpreadResults } from '../../../lib/spread-results.ts';
import { ChartBands, type BandSeries } from './chart-bands.tsx';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function ticksFor(h: Horizon): number[] {
  if (h === 'day') return [0, 6, 12, 18, 24];
  if (h === 'week') return [0, 24, 48, 72, 96, 120, 144, 168];
  return [0, 120, 240, 360, 480, 600, 730];
}

function hourLabel(hour: number, h: Horizon): string {
  if (h === 'day') return `${String(hour).padStart(2, '0')}:00`;
  if (h === 'week') return hour >= 168 ? 'end' : (DAYS[Math.floor(hour / 24)] ?? '');
  // Only the first tick says "day": "day 1, 6, 11 …" fits a phone's width, where seven "day N"
  // labels collided and the axis dropped some.
  const day = Math.round(hour / 24) + (hour >= 730 ? 0 : 1);
  return hour === 0 ? `day ${day}` : String(day);
}

/** The read-out's title for a point in time: "By 14:00", "By Tue 09:00", "After 25.8 days". */
function readoutTitle(hour: number, h: Horizon): string {
  if (h === 'day') return `By ${String(Math.floor(hour)).padStart(2, '0')}:00`;
  if (h === 'week')
    return `By ${DAYS[Math.floor(hour / 24) % 7] ?? ''} ${String(hour % 24).padStart(2, '0')}:00`;
  // The axis counts calendar days from "day 1"; elapsed days avoid an off-by-one reading.
  return `After ${(hour / 24).toFixed(1)} days`;
}

export interface ChartProps {
  calc: ReadyCalculation;
  /** The widget's variant: no explanatory paragraph (the text alternative stays). */
  compact?: boolean;
  /** Show the day / week / month buttons (the widget hides them when the reader may not change it). */
  horizonToggle?: boolean;
}

/** Cumulative cost through a day, a week or a month, with the point a free tier runs out. */
export function HorizonChart({ calc, compact = false, horizonToggle = true }: ChartProps) {
  const { scenario, result, styles } = calc;
  const h = scenario.horizon;
  // Offers that cannot run this workload (a hard limit) are left out of the pictures.
  const shown = rankResults(result).priced;
  const series = useMemo(
    () => shown.map((r) => ({ r, points: cumulativeSeries(r, h, result.weeklyProfile) })),
    // shown is derived from result
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, h],
  );
  const data = useMemo(() => {
    const rows = new Map<number, Record<string, number>>();
    for (const { r, points } of series)
      for (const p of points) {
        const row = rows.get(p.hour) ?? { hour: p.hour };
        row[r.offerId] = p.usd;
        rows.set(p.hour, row);
      }
    return [...rows.values()].sort((a, b) => (a.hour ?? 0) - (b.hour ?? 0));
  }, [series]);
  // In EUR or GBP, ticks at round amounts of that currency (USD keeps the chart's own).
  const yTicks = useMemo(() => {
    const values = data.flatMap((row) =>
      Object.entries(row)
        .filter(([k]) => k !== 'hour')
        .map(([, v]) => v),
    );
    const finite = values.filter((v) => Number.isFinite(v));
    if (finite.some((v) => v < 0)) return undefined;
    return linearMoneyTicks(Math.max(0, ...finite), calc.money);
  }, [data, calc.money]);
  // Each line's low–high over the spreads (worked out after the chart, src/lib/spread-results.ts).
  const spreads = useSpreadResults(calc, !compact);
  const ranges = spreads.fresh ? spreads.results?.ranges : undefined;
  const bands: BandSeries[] = ranges
    ? series.flatMap(({ r, points }) => {
        const range = ranges.get(r.offerId);
        return range
          ? [
              {
                key: r.offerId,
                color: styles.get(r.offerId)?.color ?? 'currentColor',
                points: seriesBand(points, range, h).map((p) => ({
                  x: p.hour,
                  low: p.lowUsd,
                  high: p.highUsd,
                })),
              },
            ]
          : [];
      })
    : [];
  const runouts =
    h === 'month'
      ? shown.filter(
          (r) => r.freeTierRunsOutAtHour !== null && r.freeTierRunsOutAtHour < HORIZON_HOURS.month,
        )
      : [];
  const totals = [...shown].sort((a, b) => a.totals[h] - b.totals[h]);
  // About five markers per line, offset per offer, so lines differ without colour.
  const markers: OverlayMarker[] = [];
  const every = Math.max(1, Math.round(data.length / 5));
  shown.forEach((r, i) => {
    const st = styles.get(r.offerId);
    if (!st) return;
    for (let idx = (i * 3) % every; idx < data.length; idx += every) {
      const x = data[idx]?.hour;
      const y = data[idx]?.[r.offerId];
      if (x !== undefined && y !== undefined)
        markers.push({ key: `${r.offerId}-${idx}`, x, y, shape: st.marker, color: st.color });
    }
  });
  // Where each free allowance runs out (requests, compute…), on its own line (nearest drawn point).
  const rings: OverlayRing[] = runouts.flatMap((r) => {
    const hours = r.freeTierRunOuts
      ? r.freeTierRunOuts.flatMap((x) => (x.hour === null ? [] : [x.hour]))
      : [r.freeTierRunsOutAtHour ?? 0];
    const pts = series.find((x) => x.r === r)?.points ?? [];
    return hours.map((hour, i) => {
      const near = pts.reduce(
        (a, b) => (Math.abs(b.hour - hour) < Math.abs(a.hour - hour) ? b : a),
        pts[0] ?? { hour, usd: 0 },
      );
      return {
        key: `${r.offerId}-${i}`,
        x: hour,
        y: near.usd,
        color: styles.get(r.offerId)?.color ?? 'currentColor',
      };
    });
  });

  return (
    <section
      className="card chart-card"
      aria-labelledby="hz-title"
      data-scenario={encodeScenario(scenario)}
      data-bands={bands.length > 0 ? bands.length : undefined}
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
      <div
        className="chart-box"
        role="img"
        aria-label={`Cumulative cost over a ${h} for ${shown.length} offers; the totals are listed below the chart.`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <XAxis
              dataKey="hour"
              type="number"
              domain={[0, HORIZON_HOURS[h]]}
              ticks={ticksFor(h)}
              tickFormatter={(v: number) => hourLabel(v, h)}
            />
            <YAxis
              tickFormatter={(v: number) => formatMoney(v, calc.money, 'compact')}
              width={56}
              {...(yTicks
                ? { ticks: yTicks, domain: [0, yTicks[yTicks.length - 1] ?? 'auto'] }
                : {})}
            />
            <ChartBands bands={bands} faint />
            {offerLines(shown, styles)}
            <ChartOverlay xGrid={ticksFor(h)} markers={markers} rings={rings} />
            <HoverReadout
              rows={data}
              xKey="hour"
              lines={shown.map((r) => ({
                id: r.offerId,
                color: styles.get(r.offerId)?.color ?? 'currentColor',
              }))}
              render={(row) => (
                <TooltipList
                  title={readoutTitle(row.hour ?? 0, h)}
                  rows={shown.map((r) => ({
                    id: r.offerId,
                    label: r.label,
                    usd: row[r.offerId] ?? 0,
                    color: styles.get(r.offerId)?.color ?? 'currentColor',
                  }))}
                />
              )}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <OfferLegend shown={shown} styles={styles} />
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
