/**
 * What the break-even chart draws, worked out from the calculation and its sweep: the offers
 * shown, rows, ticks, markers, crossing rings and the table's rows. Shared by the Recharts plot
 * (break-even-chart.tsx) and the widget's static one (light-break-even-chart.tsx); nothing here
 * imports Recharts.
 */
import { useMemo } from 'react';
import type { Scenario } from '../../engine/scenario.ts';
import type { BreakEven, OfferResult, SweepPoint } from '../../engine/types.ts';
import type { ReadyCalculation } from '../../lib/calculation.ts';
import { rankResults } from '../../engine/ranking.ts';
import { formatCount, usdOf } from '../../describe/format.ts';
import type { OverlayMarker, OverlayRing } from './components/chart-overlay.tsx';
import { colourOf, lineMarkers, type ChartRow } from './chart-rows.ts';
import type { TooltipRow } from './components/chart-bits.tsx';
import { stylesOf } from '../../lib/palette.ts';

/** The log y axis cannot show $0: costs below a cent are drawn at a cent (tooltips show the truth). */
export const FLOOR_USD = 0.01;
/** The x axis: requests a month, on a log scale. */
export const X_DOMAIN = [100, 1e12] as const;
export const X_TICKS = [1e2, 1e4, 1e6, 1e8, 1e10, 1e12];
const TABLE_AT = [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/**
 * Whether a vertical line's label at `x` goes left of the line: near the plot's right edge (10¹²
 * requests) it would run off the plot. 12 px text averages about 6.5 px a character.
 */
export function labelGoesLeft(x: number, label: string, plotRight: number): boolean {
  return x + 4 + label.length * 6.5 > plotRight;
}

/** Volumes the chart's lines are drawn at: 24 a decade from 100 to 10¹² a month. */
export const SWEEP_POINTS = 241;

/**
 * What the sweep depends on: it spans every volume, so it ignores the workload's own volume and
 * the horizon (editing "N requests" moves only the marker, not the 241 × offers costs).
 */
export function sweepKey(scenario: Scenario): string {
  return JSON.stringify({ ...scenario, workload: null, horizon: null, currency: null });
}

export interface BreakEvenModel {
  /** The priced offers, drawn in this order (those a hard limit stops, or unpriced, are left out). */
  shown: readonly OfferResult[];
  /** Pairs of priced offers: the words and the rings use only these. */
  pairs: readonly BreakEven[];
  /** One row per volume: `x` and each offer's monthly USD (at least a cent) under its id. */
  data: Record<string, number>[];
  /** Round amounts of the shown currency (a cent, a unit, a hundred…), at their USD value. */
  yTicks: number[];
  markers: OverlayMarker[];
  rings: OverlayRing[];
  /** Where "your workload" is drawn: today's volume, within the axis. */
  workloadX: number;
  /** The sweep's points nearest each volume of the table. */
  tableRows: SweepPoint[];
  labelOf: (id: string) => string;
  /** The hover read-out at a row: its volume and every offer shown priced there (the true cost, not floored). */
  readoutAt: (row: ChartRow) => { title: string; rows: TooltipRow[] } | null;
}

/** What the break-even chart draws, from the calculation and the sweep that goes with it. */
export function useBreakEvenModel(
  calc: ReadyCalculation,
  points: readonly SweepPoint[],
): BreakEvenModel {
  const { result, money } = calc;
  const styles = stylesOf(calc);
  const ranking = rankResults(result);
  const shown = ranking.priced;
  const data = useMemo(
    () =>
      points.map((p) => {
        const row: Record<string, number> = { x: p.requestsPerMonth };
        for (const [id, usd] of Object.entries(p.usd)) row[id] = Math.max(usd, FLOOR_USD);
        return row;
      }),
    [points],
  );
  const yTicks = useMemo(() => {
    const maxY = Math.max(
      1,
      ...points.flatMap((p) => Object.values(p.usd)).filter((v) => Number.isFinite(v)),
    );
    // Round values in the shown currency (€0.01, €1, €100…), placed at their USD equivalent.
    const ticks: number[] = [];
    for (let t = FLOOR_USD; usdOf(t, money) <= maxY * 10; t *= 100) ticks.push(usdOf(t, money));
    return ticks;
  }, [points, money]);
  const pairs = ranking.breakEven;
  const crossings = pairs.filter(
    (b) => b.status === 'crosses' && b.requestsPerMonth !== null && b.faasMonthlyUsd !== null,
  );
  // Markers every 40th point (offset per offer), so lines differ without colour.
  const markers = lineMarkers(shown, styles, data, 'x', { every: 40, offset: 7 });
  const rings: OverlayRing[] = crossings.map((b) => ({
    key: `${b.faasOfferId}-${b.alwaysOnOfferId}`,
    x: b.requestsPerMonth ?? 0,
    y: Math.max(FLOOR_USD, b.faasMonthlyUsd ?? FLOOR_USD),
    color: colourOf(styles, b.faasOfferId),
  }));
  const labelOf = (id: string) => result.results.find((r) => r.offerId === id)?.label ?? id;
  const tableRows = TABLE_AT.map((x) => {
    let best = points[0];
    for (const p of points)
      if (
        best &&
        Math.abs(Math.log(p.requestsPerMonth / x)) < Math.abs(Math.log(best.requestsPerMonth / x))
      )
        best = p;
    return best;
  }).filter((p) => p !== undefined);
  const workloadX = Math.max(X_DOMAIN[0], Math.min(X_DOMAIN[1], result.requestsPerMonth));
  const shownIds = new Set(shown.map((r) => r.offerId));
  const readoutAt = (row: ChartRow) => {
    const x = row.x;
    const p = points.find((q) => q.requestsPerMonth === x);
    if (x === undefined || !p) return null;
    return {
      title: `${formatCount(x)} requests a month`,
      rows: Object.entries(p.usd)
        .filter(([id]) => shownIds.has(id))
        .map(([id, usd]) => ({ id, usd, label: labelOf(id), color: colourOf(styles, id) })),
    };
  };
  return { shown, pairs, data, yTicks, markers, rings, workloadX, tableRows, labelOf, readoutAt };
}
