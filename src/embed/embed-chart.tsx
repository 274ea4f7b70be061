/** The widget's one chart, lazily loaded with Recharts: the app's charts in their compact variant. */
import { BreakEvenChart } from '../features/charts/components/break-even-chart.tsx';
import { HorizonChart } from '../features/charts/components/horizon-chart.tsx';
import type { ReadyCalculation } from '../lib/calculation.ts';
import type { EmbedChart } from '../features/embed/embed-params.ts';

export default function EmbedChartView({
  calc,
  chart,
  horizonToggle,
}: {
  calc: ReadyCalculation;
  chart: EmbedChart;
  horizonToggle: boolean;
}) {
  return chart === 'breakeven' ? (
    <BreakEvenChart calc={calc} compact />
  ) : (
    <HorizonChart calc={calc} compact horizonToggle={horizonToggle} />
  );
}
