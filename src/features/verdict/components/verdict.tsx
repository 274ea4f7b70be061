import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { Horizon } from '../../../engine/scenario.ts';
import { rankResults } from '../../../engine/ranking.ts';
import type { OfferResult, ScenarioResult } from '../../../engine/types.ts';
import { useCalculation, type ReadyCalculation } from '../../../lib/calculation.ts';
import {
  formatCount,
  formatDate,
  formatMoney,
  formatPercent,
  formatRate,
  type Money,
} from '../../../describe/format.ts';
import { pickedName } from '../../../describe/picked-name.ts';
import { termAssumption } from '../../../describe/terms.ts';
import { CurrencyLine } from './currency-line.tsx';
import { encodeScenario } from '../../../url/codec.ts';
import { useScenarioStore } from '../../../state/scenario-store.ts';
import { PRERENDERED_CLASS, prerenderedVerdictFor } from '../../../lib/prerendered.ts';
import { preloadable } from '../../../lib/ui/preloadable.ts';

// The FaaS properties' sentences (timer verdict, external state, cold starts) load after the verdict.
const FaasPropertiesNote = lazy(() => import('./faas-properties-note.tsx'));
const cannotRunNote = preloadable(() => import('./cannot-run-note.tsx'));
const sizingNote = preloadable(() => import('./sizing-note.tsx'));
const pricedHereNote = preloadable(() => import('./priced-here-note.tsx'));
const CannotRunNote = cannotRunNote.Component;
const SizingNote = sizingNote.Component;
const PricedHereNote = pricedHereNote.Component;
// How robust the verdict is and the spreads: worked out after the verdict (lib/spread-results.ts).
const RobustnessNote = lazy(() => import('./robustness-note.tsx'));

/** The notes the headline shows (the widget's short verdict has only the cannot-run one). */
const headlineNotes = (compact: boolean) =>
  compact ? [cannotRunNote] : [cannotRunNote, sizingNote, pricedHereNote];

const PER: Record<Horizon, string> = { day: 'a day', week: 'a week', month: 'a month' };

function Name({ r }: { r: OfferResult }) {
  return <strong className={`family-${r.family}`}>{pickedName(r)}</strong>;
}

function Cost({ r, horizon, money }: { r: OfferResult; horizon: Horizon; money: Money }) {
  return <strong className="money">{formatMoney(r.totals[horizon], money)}</strong>;
}

function Busy({ r }: { r: OfferResult }) {
  if (!r.fleet) return null;
  const u = r.fleet.averageCpuUtilization;
  const n = r.fleet.peakInstances;
  return (
    <>
      {' '}
      and {n > 1 ? `its ${formatCount(n)} instances ` : ''}would be busy{' '}
      <strong className="num">{formatPercent(u)}</strong> of the time
      {/* A burstable instance above its baseline is throttled or pays for bursting. */}
      {r.warnings.some((w) => w.code === 'burstable-baseline')
        ? ', more than its CPU baseline (see the table)'
        : ''}
    </>
  );
}

/** How far the workload can grow (or shrink) before the answer flips, in the engine's words. */
function FlipSentence({ result }: { result: ScenarioResult }) {
  const f = rankResults(result);
  const b = f.headlineBreakEven;
  if (!b || !f.cheapestFaas || !f.cheapestAlwaysOn || f.cheaper === 'tie') return null;
  const at = b.requestsPerMonth ?? 0;
  const volume = <strong className="num">{formatCount(at)}</strong>;
  if (f.cheaper === 'faas') {
    if (b.status === 'never')
      return (
        <>
          {' '}
          FaaS stays cheaper all the way to <strong>10¹² requests a month</strong>.
        </>
      );
    if (b.status === 'crosses' && at > result.requestsPerMonth)
      return <> FaaS stays cheaper up to {volume} requests a month.</>;
    if (b.status === 'crosses')
      // Server bills rise in steps (one more instance), so the lines can cross more than once.
      return (
        <>
          {' '}
          The lines first cross at {volume} requests a month; server bills rise in steps, so FaaS is
          cheaper again at this volume.
        </>
      );
    return null;
  }
  if (b.status === 'faas-always-dearer')
    return (
      <>
        {' '}
        {f.cheapestFaas.label} costs more than {f.cheapestAlwaysOn.label} at{' '}
        <strong>any volume</strong>.
      </>
    );
  if (b.status === 'crosses' && at <= result.requestsPerMonth)
    return <> Always-on is cheaper from {volume} requests a month.</>;
  return null;
}

/**
 * The headline: one or two sentences with real numbers, the largest thing on the page. A locked
 * widget passes `currencyEditable={false}`.
 */
export function Verdict({
  currencyEditable = true,
  compact = false,
  prerender = false,
}: {
  currencyEditable?: boolean;
  /**
   * The widget's short verdict: without the server sizing sentence (with its editable target and
   * availability) the "N of M offers priced here" line and the robustness note with the spreads.
   */
  compact?: boolean;
  /** Rendered at build time into the HTML: never marked ready (tests and tools wait for the live one). */
  prerender?: boolean;
} = {}) {
  const calc = useCalculation();
  // Results follow the inputs a deferred render behind: the verdict says when it has caught up.
  const current = useScenarioStore((s) => s.scenario);
  const currencyId = useId();
  // The notes under the headline load while the engine and the catalog do, so the live verdict
  // arrives whole, as tall as the pre-rendered one it replaces: nothing below it moves twice.
  const [notesLoaded, setNotesLoaded] = useState(() =>
    headlineNotes(compact).every((n) => n.loaded()),
  );
  useEffect(() => {
    let live = true;
    // A failed download is retried by lazy() when the note is shown: show the verdict anyway.
    const done = () => {
      if (live) setNotesLoaded(true);
    };
    Promise.all(headlineNotes(compact).map((n) => n.preload())).then(done, done);
    return () => {
      live = false;
    };
  }, [compact]);
  // On a slow phone the engine can beat the notes' code: the pre-rendered verdict then stays until
  // the notes are here too, instead of the live one showing without them and growing (the
  // sentence under them moved down: Lighthouse's layout shift of 0.086).
  const holdPrerendered =
    calc.status === 'ready' &&
    !notesLoaded &&
    prerenderedVerdictFor(encodeScenario(current)) !== null;
  if (calc.status === 'loading' || holdPrerendered) {
    // The build's pre-rendered figures stand in while the code and catalog load, for the
    // scenario they were rendered for only.
    const pre = prerenderedVerdictFor(encodeScenario(current));
    return pre !== null ? (
      <div className={PRERENDERED_CLASS} hidden dangerouslySetInnerHTML={{ __html: pre }} />
    ) : (
      <div
        className="skeleton skeleton-verdict"
        role="status"
        aria-label="Working out the verdict"
      />
    );
  }
  if (calc.status !== 'ready') return null;
  return (
    <VerdictView
      calc={calc}
      current={encodeScenario(current)}
      currencyEditable={currencyEditable}
      currencyId={currencyId}
      compact={compact}
      prerender={prerender}
    />
  );
}

/**
 * The verdict for a ready calculation, without hooks: the page renders it through `Verdict`, and a
 * share link's early verdict (app/early-verdict.tsx) renders it before React DOM has arrived.
 */
export function VerdictView({
  calc,
  current,
  currencyEditable,
  currencyId,
  compact,
  prerender,
}: {
  calc: ReadyCalculation;
  /** The scenario in the inputs, encoded: the verdict is ready when it shows that one. */
  current: string;
  currencyEditable: boolean;
  /** The currency select's id (the page's from useId). */
  currencyId: string;
  compact: boolean;
  prerender: boolean;
}) {
  const sizing = !compact;
  const money = calc.money;
  const h = calc.scenario.horizon;
  const ranking = rankResults(calc.result);
  const { cheapestFaas: faas, cheapestAlwaysOn: alwaysOn } = ranking;
  const per = PER[h];
  const waste = alwaysOn?.fleet ? 1 - alwaysOn.fleet.averageCpuUtilization : null;
  const sc = calc.scenario;
  const shown = encodeScenario(sc);
  // Only when the user turned on a FaaS property (state, cold-start cost, timer): the default verdict stays as short as it was.
  const faasProps =
    faas &&
    (sc.trigger === 'schedule' ||
      (sc.state !== undefined && sc.state.store !== 'none') ||
      sc.coldStart?.includeCost === true)
      ? { scenario: sc, result: calc.result, faas, server: alwaysOn }
      : null;

  let body;
  if (!faas && !alwaysOn) {
    body = (
      <p className="verdict-text">
        {calc.result.results.length === 0
          ? 'Pick at least one FaaS offer and one always-on offer under “Compare” to get a verdict.'
          : calc.result.results.every((r) => r.status === 'unavailable')
            ? 'None of the chosen offers has a price in this region; choose others under “Compare”, or another region.'
            : 'None of the chosen offers can run this workload here; the table below says why.'}
      </p>
    );
  } else if (!faas || !alwaysOn) {
    const only = (faas ?? alwaysOn) as OfferResult;
    const other = only.family === 'faas' ? 'always-on' : 'FaaS';
    // Offers of the other kind may be chosen but unable to run this workload, or unpriced in this
    // area: then "add one" would be wrong advice.
    const others = calc.result.results.filter((r) => r.family !== only.family);
    const chosenOther = others.length > 0;
    // Not priced in this area at all (e.g. AWS outside us-east), or priced but unable to run it.
    const why = others.every((r) => !r.available)
      ? 'has a price in this region'
      : others.some((r) => !r.available)
        ? 'can run this workload or has a price in this region'
        : 'can run this workload';
    body = (
      <p className="verdict-text">
        The cheapest choice is <Name r={only} /> at <Cost r={only} horizon={h} money={money} />{' '}
        {per}
        {only.family === 'always-on' ? <Busy r={only} /> : null}.{' '}
        {chosenOther
          ? `None of the chosen ${other} offers ${why} (the table says why); choose another under “Compare” to see where the answer flips.`
          : `Add ${only.family === 'faas' ? 'an always-on server' : 'a FaaS offer'} under “Compare” to see where the answer flips.`}
      </p>
    );
  } else if (ranking.cheaper === 'always-on') {
    body = (
      <>
        <p className="verdict-text">
          <span className="vt-clause">
            <Name r={alwaysOn} /> costs <Cost r={alwaysOn} horizon={h} money={money} /> {per} for
            this workload
            <Busy r={alwaysOn} />;
          </span>{' '}
          <span className="vt-clause">
            the cheapest FaaS, <Name r={faas} />, costs <Cost r={faas} horizon={h} money={money} />.
          </span>
        </p>
        <p className="verdict-text verdict-flip">
          <FlipSentence result={calc.result} />
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p className="verdict-text">
          <span className="vt-clause">
            <Name r={faas} /> costs <Cost r={faas} horizon={h} money={money} /> {per} for this
            workload;
          </span>{' '}
          <span className="vt-clause">
            the cheapest always-on option, <Name r={alwaysOn} />, costs{' '}
            <Cost r={alwaysOn} horizon={h} money={money} />
            <Busy r={alwaysOn} />.
          </span>
        </p>
        <p className="verdict-text verdict-flip">
          <FlipSentence result={calc.result} />
        </p>
      </>
    );
  }

  return (
    <section
      className="verdict"
      aria-labelledby="verdict-title"
      aria-live="polite"
      data-scenario={shown}
      // Figures for the scenario in the inputs, not an earlier one: what tests and tools wait for.
      data-ready={!prerender && shown === current}
      // The pre-rendered verdict is a stand-in: assistive technology waits for the live one.
      aria-busy={prerender || undefined}
    >
      <h2 id="verdict-title" className="verdict-kicker">
        Verdict
      </h2>
      <CurrencyLine calc={calc} editable={currencyEditable} id={currencyId} />
      {body}
      {sizing ? (
        <Suspense fallback={null}>
          <PricedHereNote
            results={calc.result.results}
            area={sc.area}
            named={[faas, alwaysOn].filter((r) => r !== null)}
          />
        </Suspense>
      ) : null}
      {faasProps ? (
        <Suspense fallback={null}>
          <FaasPropertiesNote part="headline" {...faasProps} />
        </Suspense>
      ) : null}
      {sizing && alwaysOn?.fleet ? (
        <Suspense fallback={null}>
          <SizingNote calc={calc} server={alwaysOn} />
        </Suspense>
      ) : null}
      {waste !== null && alwaysOn && waste >= 0.5 ? (
        <p className="verdict-aside">
          An always-on server bills for every hour: {pickedName(alwaysOn)} would pay for{' '}
          <strong className="num">{formatPercent(waste)}</strong> of its CPU time sitting idle.
        </p>
      ) : null}
      {ranking.cannotRun.length > 0 ? (
        <p className="hint">
          Left out because {ranking.cannotRun.length === 1 ? 'it' : 'they'} cannot run this
          workload:{' '}
          <Suspense fallback={ranking.cannotRun.map((r) => r.label).join(', ')}>
            <CannotRunNote excluded={ranking.cannotRun} money={calc.money} />
          </Suspense>
        </p>
      ) : null}
      {/* How robust the answer is comes after what it is: it is worked out after the verdict shows
          (lib/spread-results.ts), so it arrives below the notes instead of pushing them down. */}
      {sizing && !prerender ? (
        <Suspense fallback={null}>
          <RobustnessNote calc={calc} />
        </Suspense>
      ) : null}
      <details className="assumptions">
        <summary>What this rests on</summary>
        <ul>
          <li>A 730-hour month (the AWS convention); a day is 24/730 of it and a week 168/730.</li>
          <li>
            Day and week views spread the month’s free tier evenly; the month view uses it up from
            the 1st.
          </li>
          <li>
            Servers are sized for the busiest hour, with at least{' '}
            {calc.scenario.alwaysOn.minInstances} instance
            {calc.scenario.alwaysOn.minInstances === 1 ? '' : 's'} and at most{' '}
            {calc.scenario.alwaysOn.requestsInFlightPerInstance} requests in flight each (the sizing
            sentence above has the rest).
          </li>
          <li>
            FaaS free tiers are {calc.scenario.faas.freeTier ? 'included' : 'switched off'}; list
            prices in USD
            {`, ${termAssumption(calc.scenario.alwaysOn.commitment)}`}
            {calc.money.rate ? `; shown in ${calc.money.currency} at one dated reference rate` : ''}
            .
          </li>
          <li>
            CPU time per request: {formatRate(calc.scenario.cpuMs ?? calc.scenario.durationMs)} ms
            of {formatRate(calc.scenario.durationMs)} ms.
          </li>
          {faasProps ? (
            <Suspense fallback={null}>
              <FaasPropertiesNote part="details" {...faasProps} />
            </Suspense>
          ) : null}
          {calc.loaded.pricesAsOf ? (
            <li>Prices as of {formatDate(calc.loaded.pricesAsOf)}.</li>
          ) : null}
        </ul>
      </details>
    </section>
  );
}
