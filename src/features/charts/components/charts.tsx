import { memo, type ComponentType } from 'react';
import { useCalculation, type ReadyCalculation } from '../../../lib/calculation.ts';
import { useInOwnTask } from '../../../lib/own-task.ts';
import { ErrorBoundary } from '../../../lib/ui/error-boundary.tsx';
import { BreakdownChart } from './breakdown-chart.tsx';
import { BreakEvenChart } from './break-even-chart.tsx';
import { HorizonChart } from './horizon-chart.tsx';

type Chart = ComponentType<{ calc: ReadyCalculation }>;

// Memoised: the commit that brings a new calculation redraws none of them (InOwnTask holds it).
const BreakEven = memo(BreakEvenChart);
const Horizon = memo(HorizonChart);
const Breakdown = memo(BreakdownChart);

/** A chart that takes a new calculation in a task of its own, after the verdict's commit. */
function InOwnTask({ calc, chart: C }: { calc: ReadyCalculation; chart: Chart }) {
  return <C calc={useInOwnTask(calc)} />;
}

/** The three charts, each behind its own error boundary. Loaded lazily (Recharts is large). */
export default function Charts() {
  const calc = useCalculation();
  if (calc.status !== 'ready') return null;
  return (
    <>
      <ErrorBoundary what="The break-even chart">
        <InOwnTask calc={calc} chart={BreakEven} />
      </ErrorBoundary>
      <ErrorBoundary what="The cost-over-time chart">
        <InOwnTask calc={calc} chart={Horizon} />
      </ErrorBoundary>
      <ErrorBoundary what="The breakdown chart">
        <InOwnTask calc={calc} chart={Breakdown} />
      </ErrorBoundary>
    </>
  );
}
