import { useCalculation } from '../../../lib/calculation.ts';
import { ErrorBoundary } from '../../../lib/ui/error-boundary.tsx';
import { BreakdownChart } from './breakdown-chart.tsx';
import { BreakEvenChart } from './break-even-chart.tsx';
import { HorizonChart } from './horizon-chart.tsx';

/** The three charts, each behind its own error boundary. Loaded lazily (Recharts is large). */
export default function Charts() {
  const calc = useCalculation();
  if (calc.status !== 'ready') return null;
  return (
    <>
      <ErrorBoundary what="The break-even chart">
        <BreakEvenChart calc={calc} />
      </ErrorBoundary>
      <ErrorBoundary what="The cost-over-time chart">
        <HorizonChart calc={calc} />
      </ErrorBoundary>
      <ErrorBoundary what="The breakdown chart">
        <BreakdownChart calc={calc} />
      </ErrorBoundary>
    </>
  );
}
