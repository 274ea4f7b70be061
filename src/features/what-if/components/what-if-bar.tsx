import { lazy, Suspense } from 'react';
import { DEFAULT_GROWTH_OPTIONS } from '../../../engine/default-scenario.ts';
import { setCompare, updateScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import { ErrorBoundary } from '../../../lib/ui/error-boundary.tsx';

// Scenario B's editor and table load when B is shown (a click, or a link with `b.` keys).
const ComparePanel = lazy(() => import('./compare-panel.tsx'));

/** Scenario B (A with a few changes) as the share link writes it: `b.v=1` until B changes a field. */
const B_EQUAL_TO_A = 'b.v=1';

/** Show or hide the growth series (the scenario's optional `growth` group). */
function setGrowthShown(shown: boolean): void {
  updateScenario((s) => {
    if (shown) return s.growth ? s : { ...s, growth: DEFAULT_GROWTH_OPTIONS };
    const { growth: _g, ...rest } = s;
    void _g;
    return rest;
  });
}

/**
 * The what-ifs: "Compare with…" adds scenario B beside A, "Growth over time" the monthly bills as
 * traffic grows (the growth chart itself is the charts feature's, composed by the app). Each shows
 * its own panel, and its button hides it again.
 */
export function WhatIfBar() {
  const compare = useScenarioStore((s) => s.compare);
  const growth = useScenarioStore((s) => s.scenario.growth !== undefined);
  return (
    <>
      <div className="what-if-bar" role="group" aria-label="What if">
        <button
          type="button"
          className="btn"
          aria-pressed={compare !== null}
          onClick={() => setCompare(compare === null ? B_EQUAL_TO_A : null)}
        >
          {compare === null ? 'Compare with…' : 'Remove scenario B'}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={growth}
          onClick={() => setGrowthShown(!growth)}
        >
          {growth ? 'Hide growth' : 'Growth over time'}
        </button>
      </div>
      {compare !== null ? (
        <ErrorBoundary what="The comparison with scenario B">
          <Suspense
            fallback={
              <div
                className="skeleton skeleton-chart"
                role="status"
                aria-label="Loading scenario B"
              />
            }
          >
            <ComparePanel />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}
