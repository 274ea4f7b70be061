/**
 * The embeddable widget: the app's workload sentence (compact), verdict and one of its charts,
 * on the same store, codec, catalog query and engine as the calculator. It keeps nothing in
 * localStorage (third-party storage is often blocked in iframes) and never touches the host page.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { CalculationProvider } from '../lib/calculation-provider.tsx';
import { NoticeBar } from '../features/share/components/notice-bar.tsx';
import { Verdict } from '../features/verdict/components/verdict.tsx';
import { WorkloadPanel } from '../features/workload/components/workload-panel.tsx';
import { useCalculation } from '../lib/calculation.ts';
import { formatDate } from '../describe/format.ts';
import { ErrorBoundary } from '../lib/ui/error-boundary.tsx';
import { LoadError } from '../lib/ui/load-error.tsx';
import { useScenarioStore } from '../state/scenario-store.ts';
import { encodeScenario } from '../url/codec.ts';
import type { EmbedChart, EmbedOptions } from '../features/embed/embed-params.ts';
import { fullCalculatorUrl } from '../features/embed/urls.ts';
import { startResizePosting } from './resize.ts';

// Each chart is drawn as plain SVG with its own hover read-out, without Recharts
// (static-line-plot.tsx says why). Its code is fetched when the first verdict is ready, after the
// verdict's own notes.
const LightHorizonChart = lazy(
  () => import('../features/charts/components/light-horizon-chart.tsx'),
);
const LightBreakEvenChart = lazy(
  () => import('../features/charts/components/light-break-even-chart.tsx'),
);

function OpenFull() {
  const scenario = useScenarioStore((s) => s.scenario);
  return (
    <a
      className="embed-open"
      href={fullCalculatorUrl(encodeScenario(scenario))}
      target="_blank"
      rel="noopener"
    >
      Open in full calculator<span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

function PricesAsOf() {
  const calc = useCalculation();
  const asOf = calc.status === 'ready' || calc.status === 'invalid' ? calc.loaded.pricesAsOf : null;
  return asOf ? <>List prices in USD as of {formatDate(asOf)}.</> : null;
}

const CHARTS: ReadonlyArray<{ id: EmbedChart; label: string }> = [
  { id: 'time', label: 'Cost over time' },
  { id: 'breakeven', label: 'Break-even' },
];

function ChartArea({ options }: { options: EmbedOptions }) {
  const calc = useCalculation();
  const [chart, setChart] = useState<EmbedChart>(options.chart);
  if (calc.status === 'error') return null;
  const placeholder = <div className="skeleton embed-skeleton-chart" aria-hidden="true" />;
  const horizonToggle = options.controls.has('h');
  return (
    <div className="embed-chart">
      {options.controls.has('chart') ? (
        <div className="segmented embed-chart-switch" role="group" aria-label="Chart">
          {CHARTS.map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={chart === c.id}
              onClick={() => setChart(c.id)}
            >
              {c.label}
            </button>
          ))}
        </div>
      ) : null}
      {calc.status === 'ready' && calc.result.results.length > 0 ? (
        <ErrorBoundary what="The chart">
          <Suspense fallback={placeholder}>
            {chart === 'time' ? (
              <LightHorizonChart calc={calc} compact horizonToggle={horizonToggle} />
            ) : (
              <LightBreakEvenChart calc={calc} />
            )}
          </Suspense>
        </ErrorBoundary>
      ) : calc.status === 'loading' ? (
        placeholder
      ) : null}
    </div>
  );
}

export function EmbedApp({
  options,
  queryClient,
}: {
  options: EmbedOptions;
  queryClient?: QueryClient;
}) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => (ref.current ? startResizePosting(ref.current) : undefined), []);
  return (
    <QueryClientProvider client={client}>
      <CalculationProvider>
        <div className="embed" ref={ref} data-locked={options.lock || undefined}>
          <div className="embed-head">
            <span className="embed-brand">
              <span className="brand-mark" aria-hidden="true">
                ◐
              </span>{' '}
              Breakeven
            </span>
            <OpenFull />
          </div>
          <NoticeBar />
          <ErrorBoundary what="The workload">
            <WorkloadPanel compact editable={options.controls} />
          </ErrorBoundary>
          <main className="embed-main" aria-label="Results">
            <LoadError />
            <ErrorBoundary what="The verdict">
              <Verdict currencyEditable={options.controls.has('cur')} compact />
            </ErrorBoundary>
            <ChartArea options={options} />
          </main>
          <p className="embed-foot">
            <PricesAsOf />
          </p>
        </div>
      </CalculationProvider>
    </QueryClientProvider>
  );
}
