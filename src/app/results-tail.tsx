import { lazy, Suspense } from 'react';
import { ResultsTable } from '../features/results/components/results-table.tsx';
import { WhatIfBar } from '../features/what-if/components/what-if-bar.tsx';
import { useScenarioStore } from '../state/scenario-store.ts';
import { ErrorBoundary } from '../lib/ui/error-boundary.tsx';

// The growth chart (Recharts, like the other charts) loads when growth is shown.
const GrowthChart = lazy(() => import('../features/charts/components/growth-chart.tsx'));

/**
 * Under the charts: the what-ifs (scenario B, growth) and the results table. One lazy chunk with
 * the table, so the what-if buttons add nothing to the first load; their panels load when opened.
 */
export function ResultsTail() {
  const growth = useScenarioStore((s) => s.scenario.growth !== undefined);
  return (
    <>
      <ErrorBoundary what="Compare and growth">
        <WhatIfBar />
        {growth ? (
          <Suspense
            fallback={
              <div className="skeleton skeleton-chart" role="status" aria-label="Loading growth" />
            }
          >
            <GrowthChart />
          </Suspense>
        ) : null}
      </ErrorBoundary>
      <ResultsTable />
    </>
  );
}
