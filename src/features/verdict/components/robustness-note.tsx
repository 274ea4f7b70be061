/**
 * How robust the verdict is: the nearest thresholds at which the answer flips (each an exact
 * break-even in one input, src/engine/robustness.ts), a small tornado of what moves the gap most,
 * and the spreads themselves, editable. Its own chunk, and its figures are worked out after the
 * verdict (src/lib/spread-results.ts): the first verdict and every edit's verdict never wait for it.
 */
import { verdictRobustness, ESTIMATE_NAMES, tornadoText } from '../../../describe/ranges.ts';
import type { TornadoBar } from '../../../engine/robustness.ts';
import type { Spread } from '../../../engine/scenario.ts';
import { FIELDS } from '../../../scenario/spec.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import type { Money } from '../../../describe/format.ts';
import { boundsOf } from '../../../lib/number-input.ts';
import { useSpreadResults } from '../../../lib/spread-results.ts';
import type { SpreadPartName } from '../../../lib/spread-work.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { updateScenario } from '../../../state/scenario-store.ts';

const SPREAD_KEYS: ReadonlyArray<keyof Spread> = ['trafficPct', 'durationPct', 'cpuPct'];

const FIELD_OF = {
  trafficPct: FIELDS.spreadTrafficPct,
  durationPct: FIELDS.spreadDurationPct,
  cpuPct: FIELDS.spreadCpuPct,
} as const;

/** A name starting a label: "Traffic", "CPU time spread". */
const capitalised = (name: string) => `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;

function setSpread(key: keyof Spread, pct: number): void {
  updateScenario((s) => ({ ...s, spread: { ...s.spread, [key]: pct } }));
}

/**
 * One bar a row: the gap (cheapest FaaS minus cheapest always-on, a month) over the input's spread,
 * on one scale for every row, around zero; left of the zero line FaaS is cheaper (its colour),
 * right of it always-on. SVG attributes only (no style attribute).
 */
function Tornado({ bars, money }: { bars: readonly TornadoBar[]; money: Money }) {
  const reach = Math.max(...bars.flatMap((b) => [Math.abs(b.lowGapUsd), Math.abs(b.highGapUsd)]));
  const x = (usd: number) => 100 + (reach > 0 ? (usd / reach) * 96 : 0);
  return (
    <ul className="tornado" aria-label="What moves the verdict, widest first">
      {bars.map((b) => {
        const from = x(b.lowGapUsd);
        const to = x(b.highGapUsd);
        return (
          <li key={b.input} data-input={b.input} title={tornadoText(b, money)}>
            <span className="tornado-name" aria-hidden="true">
              {capitalised(ESTIMATE_NAMES[b.input])}
            </span>
            <svg
              className="tornado-track"
              viewBox="0 0 200 12"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              {from < 100 ? (
                <rect
                  className="tornado-faas"
                  x={from}
                  y={1}
                  width={Math.min(to, 100) - from}
                  height={10}
                />
              ) : null}
              {to > 100 ? (
                <rect
                  className="tornado-always-on"
                  x={Math.max(from, 100)}
                  y={1}
                  width={to - Math.max(from, 100)}
                  height={10}
                />
              ) : null}
              <line className="tornado-zero" x1={100} x2={100} y1={0} y2={12} />
              {from === to ? (
                <line className="tornado-zero" x1={from} x2={from} y1={2} y2={10} />
              ) : null}
            </svg>
            {/* The bar's two ends in figures, under it: a bar alone has no scale to read. */}
            <span className="tornado-figures">{tornadoText(b, money)}</span>
          </li>
        );
      })}
    </ul>
  );
}

const PART_NAMES: Readonly<Record<SpreadPartName, string>> = {
  ranges: 'the cost ranges',
  robustness: 'how robust the answer is',
  band: 'the break-even chart’s bands',
};

/** "The cost ranges and the break-even chart's bands": the parts that failed, in words. */
function failedText(parts: readonly SpreadPartName[]): string {
  const names = parts.map((p) => PART_NAMES[p]);
  const text =
    names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default function RobustnessNote({ calc }: { calc: ReadyCalculation }) {
  const { results, fresh } = useSpreadResults(calc);
  const latest = fresh ? results?.robustness : undefined;
  const ready = latest !== undefined;
  // While an edit's figures are worked out, the last ones stay (dimmed), so the verdict does not jump.
  const r = ready ? latest : (results?.lastRobustness ?? null);
  const spread = calc.scenario.spread;
  const said = r ? verdictRobustness(r, spread) : null;
  const failed = (fresh && results?.failed) || [];
  return (
    <div
      className="verdict-robust"
      data-testid="robustness"
      data-ready={ready}
      aria-busy={ready ? undefined : true}
    >
      {said ? (
        <p className={said.fragile ? 'robust-text fragile' : 'robust-text'}>{said.text}</p>
      ) : null}
      {failed.length > 0 ? (
        <p className="hint" data-testid="spread-failed">
          {failedText(failed)} could not be worked out here, so{' '}
          {failed.length === 1 ? 'it is' : 'they are'} left out.
        </p>
      ) : null}
      <details className="what-moves">
        <summary>What moves the verdict</summary>
        {r && r.tornado.length > 0 ? (
          <>
            <p className="hint">
              The monthly gap between the cheapest FaaS and the cheapest always-on offer as each
              estimate moves across its spread alone:{' '}
              <span className="family-faas">FaaS cheaper</span> left of the line,{' '}
              <span className="family-always-on">always-on cheaper</span> right of it.
            </p>
            <Tornado bars={r.tornado} money={calc.money} />
          </>
        ) : null}
        <fieldset className="spread-fields">
          <legend>How far each estimate may be off (±)</legend>
          {SPREAD_KEYS.map((key) => (
            <NumberField
              key={key}
              label={capitalised(FIELD_OF[key].label)}
              unit="%"
              width="3rem"
              value={spread[key]}
              {...boundsOf(FIELD_OF[key])}
              onCommit={(v) => v !== undefined && setSpread(key, v)}
            />
          ))}
        </fieldset>
      </details>
    </div>
  );
}
