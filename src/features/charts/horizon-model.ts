/**
 * What the cost-over-time chart draws, worked out from the calculation: its series, rows, ticks,
 * markers and rings. Shared by the Recharts plot (horizon-chart.tsx) and the static one
 * (light-horizon-chart.tsx); nothing here imports Recharts.
 */
import { useMemo } from 'react';
import type { Horizon } from '../../engine/scenario.ts';
import type { OfferResult } from '../../engine/types.ts';
import { cumulativeSeries, type SeriesPoint } from '../../engine/series.ts';
import type { ReadyCalculation } from '../../lib/calculation.ts';
import { rankResults } from '../../engine/ranking.ts';
import { HORIZON_HOURS } from '../../engine/units.ts';
import type { OverlayMarker, OverlayRing } from './components/chart-overlay.tsx';
import { colourOf, lineMarkers, moneyTicksOf } from './chart-rows.ts';
import { stylesOf } from '../../lib/palette.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function ticksFor(h: Horizon): number[] {
  if (h === 'day') return [0, 6, 12, 18, 24];
  if (h === 'week') return [0, 24, 48, 72, 96, 120, 144, 168];
  return [0, 120, 240, 360, 480, 600, 730];
}

export function hourLabel(hour: number, h: Horizon): string {
  if (h === 'day') return `${String(hour).padStart(2, '0')}:00`;
  if (h === 'week') return hour >= 168 ? 'end' : (DAYS[Math.floor(hour / 24)] ?? '');
  // Only the first tick says "day": "day 1, 6, 11 …" fits a phone's width, where seven "day N"
  // labels collided and the axis dropped some.
  const day = Math.round(hour / 24) + (hour >= 730 ? 0 : 1);
  return hour === 0 ? `day ${day}` : String(day);
}

/** The read-out's title for a point in time: "By 14:00", "By Tue 09:00", "After 25.8 days". */
export function readoutTitle(hour: number, h: Horizon): string {
  if (h === 'day') return `By ${String(Math.floor(hour)).padStart(2, '0')}:00`;
  if (h === 'week')
    return `By ${DAYS[Math.floor(hour / 24) % 7] ?? ''} ${String(hour % 24).padStart(2, '0')}:00`;
  // The axis counts calendar days from "day 1"; elapsed days avoid an off-by-one reading.
  return `After ${(hour / 24).toFixed(1)} days`;
}

export interface HorizonModel {
  h: Horizon;
  /** The priced offers, drawn in this order (those a hard limit stops are left out). */
  shown: readonly OfferResult[];
  series: ReadonlyArray<{ r: OfferResult; points: SeriesPoint[] }>;
  /** One row per hour drawn: `hour` and each offer's cumulative USD under its id. */
  data: Record<string, number>[];
  /** Round amounts of the shown currency, from 0; undefined when a line goes below zero. */
  yTicks: number[] | undefined;
  markers: OverlayMarker[];
  rings: OverlayRing[];
  /** Offers whose free tier runs out within the month (month only). */
  runouts: readonly OfferResult[];
}

/** What the cost-over-time chart draws, from the calculation. */
export function useHorizonModel(calc: ReadyCalculation): HorizonModel {
  const { scenario, result } = calc;
  const styles = stylesOf(calc);
  const h = scenario.horizon;
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
  // Ticks at round amounts of the shown currency (the static plot draws the same).
  const yTicks = useMemo(() => moneyTicksOf(data, 'hour', calc.money), [data, calc.money]);
  const runouts =
    h === 'month'
      ? shown.filter(
          (r) => r.freeTierRunsOutAtHour !== null && r.freeTierRunsOutAtHour < HORIZON_HOURS.month,
        )
      : [];
  // About five markers per line, offset per offer, so lines differ without colour.
  const markers = lineMarkers(shown, styles, data, 'hour');
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
        color: colourOf(styles, r.offerId),
      };
    });
  });
  return { h, shown, series, data, yTicks, markers, rings, runouts };
}
