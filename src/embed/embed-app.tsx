/**
 * The embeddable widget: the app's workload sentence (compact), verdict and one of its charts,
 * on the same store, codec, catalog query and engine as the calculator. It keeps nothing in
 * localStorage (third-party storage is often blocked in iframes) and never touches the host page.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
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

// Each chart is drawn as plain SVG until the reader engages (static-line-plot.tsx says why). Its
// code is fetched when the first verdict is ready, after the verdict's own notes.
const LightHorizonChart = lazy(
  () => import('../features/charts/components/light-horizon-chart.tsx'),
);
const LightBreakEvenChart = lazy(
  () => import('../features/charts/components/light-break-even-chart.tsx'),
);
/** Recharts and both charts' plots drawn with it: one chunk, fetched when the reader engages. */
const preloadRecharts = () => import('../features/charts/components/break-even-chart.tsx');

/** What counts as the reader engaging with the widget: pointing at it, touching it, or the keys. */
const ENGAGE_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

/**
 * True once the reader has engaged with the widget and Recharts' code is in: the chart is then
 * drawn by Recharts (with its hover read-out) instead of the static SVG, as a transition. Until then no Recharts code is fetched or run, so loading the widget has no long
 * task for the chart (about 600 ms under Lighthouse's 4× CPU slowdown).
 */
function useInteractiveChart(): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (live) return;
    const engage = () => {
      for (const type of ENGAGE_EVENTS) document.removeEventListener(type, engage, true);
      preloadRecharts().then(
        () => startTransition(() => setLive(true)),
        () => undefined, // the static chart stays
      );
    };
    for (const type of ENGAGE_EVENTS) document.addEventListener(type, engage, true);
    return () => {
      for (const type of ENGAGE_EVENTS) document.removeEventListener(type, engage, true);
    };
  }, [live]);
  return live;
}

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
  const live = useInteractiveChart();
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
              <LightHorizonChart
                calc={calc}
                compact
                horizonToggle={horizonToggle}
                interactive={live}
              />
            ) : (
              <LightBreakEvenChart calc={calc} interactive={live} />
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
