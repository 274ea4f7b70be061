import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { NoticeBar } from '../features/share/components/notice-bar.tsx';
import { startUrlSync } from '../features/share/url-sync.ts';
import { WorkloadPanel } from '../features/workload/components/workload-panel.tsx';
import { CalculationProvider } from '../lib/calculation-provider.tsx';
import { ErrorBoundary } from '../lib/ui/error-boundary.tsx';
import { HeaderTools } from './header-tools.tsx';
import { ResultsColumn, VerdictColumn } from './results-column.tsx';

// The offer picker is not needed for the first verdict (the scenario names the offers): its own
// chunk, requested on the first render, while the engine and the catalog it lists are on their way.
const OffersPanel = lazy(() => import('../features/offers/components/offers-panel.tsx'));

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  useEffect(() => startUrlSync(), []);
  return (
    <QueryClientProvider client={client}>
      <CalculationProvider>
        <HeaderTools />
        <NoticeBar />
        <div className="layout">
          <div className="inputs">
            <ErrorBoundary what="The workload panel">
              <WorkloadPanel />
            </ErrorBoundary>
            {/* Its own box, so a phone can show it after the results (global.css). */}
            <div className="offers-area">
              <ErrorBoundary what="The offer picker">
                <Suspense
                  fallback={
                    <div className="panel skeleton skeleton-inputs" aria-label="Loading offers" />
                  }
                >
                  <OffersPanel />
                </Suspense>
              </ErrorBoundary>
            </div>
          </div>
          <main className="outputs" id="results" aria-label="Results" tabIndex={-1}>
            <div className="verdict-area">
              <VerdictColumn />
            </div>
            <ResultsColumn />
          </main>
        </div>
      </CalculationProvider>
    </QueryClientProvider>
  );
}
