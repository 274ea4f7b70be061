import { memo, useMemo } from 'react';
import { AREA_LABELS } from '../../../catalog/areas.ts';
import { comparableIds } from '../../../catalog/comparable-ids.ts';
import { offerDifferences } from '../../../engine/compare.ts';
import { PATTERN_DEFAULTS } from '../../../engine/default-scenario.ts';
import { rankResults } from '../../../engine/ranking.ts';
import { requestsPerMonthOf, type Scenario } from '../../../engine/scenario.ts';
import type { OfferResult } from '../../../engine/types.ts';
import { formatCount } from '../../../describe/format.ts';
import { statusText } from '../../../describe/results.ts';
import { AVAILABILITY_CHOICES, COMMITMENT_CHOICES } from '../../../describe/server-choices.ts';
import {
  compareBillText,
  compareVerdict,
  formatChange,
  formatDifference,
} from '../../../describe/what-if.ts';
import { useCalculation, type ReadyCalculation } from '../../../lib/calculation.ts';
import { useInOwnTask } from '../../../lib/own-task.ts';
import { useChartAnswer } from '../../../lib/chart-answers.ts';
import { boundsOf } from '../../../lib/number-input.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import {
  ARCHITECTURES,
  FIELDS as F,
  PATTERN_KINDS,
  type NumberBounds,
} from '../../../scenario/spec.ts';
import {
  setCompare,
  useScenarioStore,
  withArchitecture,
  withArea,
} from '../../../state/scenario-store.ts';
import { encodeScenario } from '../../../url/codec.ts';
import { applyChanges, changesBetween } from '../../../url/compare.ts';
import { compareChangesOf, withCompare } from '../../../url/compare-link.ts';
import './what-if.css';

const PATTERN_NAMES: Readonly<Record<Scenario['pattern']['kind'], string>> = {
  constant: 'Constant',
  'business-hours': 'Business hours',
  diurnal: 'Diurnal',
  spiky: 'Spiky',
  custom: 'Imported week',
};

/** The engine's scenario: on the page an empty choice means none chosen, to the engine every offer. */
function priced(s: Scenario): Scenario {
  return s.offers.length > 0 ? s : { ...s, offers: ['none-chosen'] };
}

/** Scenario B, built from A (the priced scenario) and B's `b.` link parameters. */
function useScenarioB(calc: ReadyCalculation, compare: string): Scenario {
  return useMemo(
    () =>
      applyChanges(calc.scenario, compareChangesOf(compare) ?? '', {
        offerIds: comparableIds(calc.loaded.catalog.offers),
      }).scenario,
    [calc, compare],
  );
}

/**
 * B's results. After an edit they are worked out in the spread worker (lib/chart-answers.ts):
 * until they come, the panel's figures stay those of the last A and B, with that A.
 */
function useResultsB(calc: ReadyCalculation, compare: string, b: Scenario) {
  const pricedB = priced(b);
  return useChartAnswer(
    calc.loaded,
    JSON.stringify({ ...pricedB, horizon: null, currency: null }),
    () => ({ kind: 'evaluate', scenario: pricedB }),
    () =>
      calc.engine.evaluateScenario(pricedB, calc.loaded.catalog.offers, {
        platform: calc.loaded.platform,
      }),
    { calc, compare },
  );
}

/** B as the link writes it: its parameters that differ from A's, each under `b.`. */
function commitB(a: Scenario, b: Scenario): void {
  setCompare(withCompare('', changesBetween(a, b)));
}

/** A monthly bill, or why there is none ("cannot run: …", "no price here"). */
function Bill({ r, calc }: { r: OfferResult | undefined; calc: ReadyCalculation }) {
  const text = compareBillText(r, calc.money);
  if (r?.status === 'priced') return <span className="money">{text}</span>;
  return (
    <span className="muted" title={r ? (statusText(r, calc.money) ?? undefined) : undefined}>
      {text}
    </span>
  );
}

/** One of B's number fields; only a valid value reaches B (an emptied box leaves B as it was). */
function BNumber({
  field,
  onCommit,
  ...rest
}: {
  label: string;
  value: number;
  field: NumberBounds;
  unit?: string;
  width: string;
  allowSuffix?: boolean;
  onCommit: (value: number) => void;
}) {
  return (
    <span className="ce-field">
      <NumberField
        {...rest}
        {...boundsOf(field)}
        onCommit={(v) => {
          if (v !== undefined) onCommit(v);
        }}
      />
    </span>
  );
}

/** One of B's choices: a labelled list of values and what each reads as. */
function BChoice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <label className="ce-field">
      <span className="nf-label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Scenario B beside A: B's few changes (traffic, duration, memory, region, architecture, pattern,
 * the servers' availability and commitment), both answers, and each offer's monthly bill in A and B with the difference.
 */
export default function ComparePanel() {
  // Redrawn in a task of its own after the verdict's (lib/own-task.ts).
  const calc = useInOwnTask(useCalculation());
  const compare = useScenarioStore((s) => s.compare);
  if (calc.status !== 'ready' || compare === null) return null;
  return <Compare calc={calc} compare={compare} />;
}

const Compare = memo(function Compare({
  calc: current,
  compare,
}: {
  calc: ReadyCalculation;
  compare: string;
}) {
  const a = current.scenario;
  const b = useScenarioB(current, compare);
  const answer = useResultsB(current, compare, b);
  // The figures: B's results and the A and B they go with.
  const calc = answer.shownFor.calc;
  const resultB = answer.value;
  const rankA = rankResults(calc.result);
  const rankB = resultB ? rankResults(resultB) : null;
  const diffs = new Map(
    resultB ? offerDifferences(calc.result, resultB).map((d) => [d.offerId, d]) : [],
  );
  const inB = new Map(resultB?.results.map((r) => [r.offerId, r]));
  const inA = new Map(calc.result.results.map((r) => [r.offerId, r]));
  const ids = [...new Set([...rankA.ordered, ...(rankB?.ordered ?? [])].map((r) => r.offerId))];
  const edit = (change: (s: Scenario) => Scenario) => commitB(a, change(b));
  const offers = current.loaded.catalog.offers;
  const changed = compareChangesOf(compare) ?? '';
  const shownChanges = compareChangesOf(answer.shownFor.compare) ?? '';

  return (
    <section
      className="card compare-card"
      aria-labelledby="cmp-title"
      data-scenario={encodeScenario(calc.scenario)}
      data-compare={shownChanges}
    >
      <div className="card-head">
        <h2 id="cmp-title">Scenario A against B</h2>
        <button type="button" className="btn" onClick={() => setCompare(null)}>
          Remove B
        </button>
      </div>
      <p className="hint">
        A is the scenario above. B is A with the changes below; everything else follows A.
      </p>
      <div className="compare-edit" role="group" aria-label="Scenario B">
        <BNumber
          label="B: requests"
          value={b.workload.requests}
          field={F.requests}
          allowSuffix
          width="5.5rem"
          onCommit={(v) => edit((s) => ({ ...s, workload: { ...s.workload, requests: v } }))}
        />
        <BNumber
          label="every"
          value={b.workload.everyMinutes}
          field={F.everyMinutes}
          unit="minutes"
          width="4rem"
          onCommit={(v) => edit((s) => ({ ...s, workload: { ...s.workload, everyMinutes: v } }))}
        />
        <BNumber
          label="B: duration"
          value={b.durationMs}
          field={F.durationMs}
          unit="ms"
          width="5rem"
          onCommit={(v) =>
            edit((s) => ({
              ...s,
              durationMs: v,
              ...(s.cpuMs !== undefined ? { cpuMs: Math.min(s.cpuMs, v) } : {}),
            }))
          }
        />
        <BNumber
          label="B: memory"
          value={b.memoryMb}
          field={F.memoryMb}
          unit="MB"
          width="5rem"
          onCommit={(v) => edit((s) => ({ ...s, memoryMb: v }))}
        />
        <BChoice
          label="B: region"
          value={b.area}
          options={(Object.keys(AREA_LABELS) as Array<Scenario['area']>).map((id) => [
            id,
            AREA_LABELS[id],
          ])}
          onChange={(area) => edit((s) => withArea(s, area))}
        />
        <BChoice
          label="B: FaaS architecture"
          value={b.faas.architecture}
          options={ARCHITECTURES.map((x) => [x, x === 'arm64' ? 'Arm' : 'x86'])}
          onChange={(arch) =>
            edit((s) =>
              withArchitecture(
                s,
                arch,
                offers.filter((o) => o.area === s.area),
              ),
            )
          }
        />
        <BChoice
          label="B: traffic pattern"
          value={b.pattern.kind}
          options={PATTERN_KINDS.filter((k) => k !== 'custom' || a.pattern.kind === 'custom').map(
            (k) => [k, PATTERN_NAMES[k]],
          )}
          onChange={(kind) =>
            edit((s) => ({
              ...s,
              pattern:
                kind === a.pattern.kind ? a.pattern : structuredClone(PATTERN_DEFAULTS[kind]),
            }))
          }
        />
        <BChoice
          label="B: servers' availability"
          value={b.alwaysOn.availability}
          options={AVAILABILITY_CHOICES}
          onChange={(availability) =>
            edit((s) => ({ ...s, alwaysOn: { ...s.alwaysOn, availability } }))
          }
        />
        <BChoice
          label="B: commitment"
          value={b.alwaysOn.commitment}
          options={COMMITMENT_CHOICES}
          onChange={(commitment) =>
            edit((s) => ({ ...s, alwaysOn: { ...s.alwaysOn, commitment } }))
          }
        />
      </div>
      <p className="hint">
        A: {formatCount(requestsPerMonthOf(a.workload))} requests a month; B:{' '}
        {formatCount(requestsPerMonthOf(b.workload))}.{' '}
        {changed === '' ? 'B has no changes yet: change a field above.' : null}
      </p>
      <div className="compare-verdicts">
        <div>
          <h3>A</h3>
          <p data-testid="compare-verdict-a">{compareVerdict(rankA, 'month', calc.money)}</p>
        </div>
        <div>
          <h3>B</h3>
          <p data-testid="compare-verdict-b">
            {rankB
              ? compareVerdict(rankB, 'month', calc.money)
              : 'B’s figures could not be worked out.'}
          </p>
        </div>
      </div>
      <div className="table-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">
            Each offer’s monthly bill in scenario A and B, and the difference B minus A
          </caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              {['A', 'B', 'Δ', 'Δ%'].map((h) => (
                <th key={h} scope="col" className="r">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => {
              const ra = inA.get(id);
              const rb = inB.get(id);
              const d = diffs.get(id);
              return (
                <tr key={id}>
                  <th scope="row">{(ra ?? rb)?.label ?? id}</th>
                  <td className="r">
                    <Bill r={ra} calc={calc} />
                  </td>
                  <td className="r">
                    <Bill r={rb} calc={calc} />
                  </td>
                  <td className="r money">
                    {d ? formatDifference(d.differenceUsd, calc.money) : '—'}
                  </td>
                  <td className="r">{d ? formatChange(d.aMonthlyUsd, d.bMonthlyUsd) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
