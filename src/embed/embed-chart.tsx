/**
 * The widget's break-even chart, lazily loaded with Recharts (the app's chart in its compact
 * variant). The cost-over-time chart is light-horizon-chart.tsx, static until the reader engages.
 */
import { BreakEvenChart } from '../features/charts/components/break-even-chart.tsx';
import type { ReadyCalculation } from '../lib/calculation.ts';

export default function EmbedBreakEvenChart({ calc }: { calc: ReadyCalculation }) {
  return <BreakEvenChart calc={calc} compact />;
}
