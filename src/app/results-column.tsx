import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useCalculation } from '../lib/calculation.ts';
import { Verdict } from '../features/verdict/components/verdict.tsx';
import { ErrorBoundary } from '../lib/ui/error-boundary.tsx';
import { LoadError } from '../lib/ui/load-error.tsx';

// Only shown when a catalog file is bad, which is rare: its code loads only then.
const CatalogProblems = lazy(() =>
  import('./catalog-problems.tsx').then((m) => ({ default: m.CatalogProblems })),
);

// Recharts is the biggest dependency: it loads after first render, and the verdict never waits for it.
const Charts = lazy(() => import('../features/charts/components/charts.tsx'));

// The table can only show once the engine and catalog have loaded (both lazy): its code loads in
// parallel with them, started on mount, so it never waits and stays out of the first-load bundle.
// The what-if buttons (compare, growth) come with it (results-tail.tsx).
const importTable = () => import('./results-tail.tsx');
const ResultsTable = lazy(() => importTable().then((m) => ({ default: m.ResultsTail })));

function ChartsSkeleton() {
  return (
    <>
      <div className="skeleton skeleton-chart" role="status" aria-label="Loading charts" />
      <div className="skeleton skeleton-chart" />
    </>
  );
}

/** The verdict and what may stand in for it (load failure, unpriceable scenario, catalog notes). */
export function VerdictColumn() {
  const calc = useCalculation();
  if (calc.status === 'error') return <LoadError />;
  return (
    <>
      <ErrorBoundary what="The verdict">
        <Verdict />
      </ErrorBoundary>
      {calc.status === 'invalid' ? (
        <div className="error-box" role="alert">
          <p>
            <strong>This scenario could not be priced.</strong> {calc.message}
          </p>
        </div>
      ) : null}
      <a className="mobile-only change-workload" href="#workload">
        Change the workload
      </a>
      {(calc.status === 'ready' || calc.status === 'invalid') &&
      calc.loaded.catalog.problems.length > 0 ? (
        <Suspense fallback={null}>
          <CatalogProblems />
        </Suspense>
      ) : null}
    </>
  );
}

/** Charts and the results table, under the verdict. */
/** True once the element comes within a screen of the viewport (and stays true). */
function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return [ref, near] as const;
}

export function ResultsColumn() {
  const calc = useCalculation();
  // On a phone the charts sit below the verdict and the workload: fetch and draw them only as the
  // reader scrolls towards them, so the first screen is ready sooner.
  const [chartsRef, chartsNear] = useNearViewport<HTMLDivElement>();
  useEffect(() => {
    void importTable();
  }, []);
  if (calc.status === 'error') return null;
  return (
    <>
      {calc.status === 'loading' || !chartsNear ? (
        <div ref={chartsRef} className="charts-placeholder">
          <ChartsSkeleton />
        </div>
      ) : calc.status === 'ready' && calc.result.results.some((r) => r.status === 'priced') ? (
        <ErrorBoundary what="The charts">
          <Suspense fallback={<ChartsSkeleton />}>
            <Charts />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      <ErrorBoundary what="The results table">
        <Suspense fallback={null}>
          <ResultsTable />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}
