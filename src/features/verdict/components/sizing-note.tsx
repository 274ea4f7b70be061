/**
 * The verdict's sizing sentence: how the cheapest server was sized (peak in flight, memory, CPU
 * target and its headroom, availability), with the target and the availability editable here, and
 * the same server's figure with the other availability in one line. Its own chunk: the first
 * verdict does not wait for it.
 */
import { useMemo } from 'react';
import { formatCount, formatMoney, formatPercent } from '../../../describe/format.ts';
import { AVAILABILITY_CHOICES } from '../../../describe/server-choices.ts';
import { peakReadingText, sizedByText } from '../../../describe/sizing.ts';
import { fmtMemory } from '../../../describe/words.ts';
import { coldStartOptionsOf } from '../../../engine/scenario.ts';
import type { OfferResult } from '../../../engine/types.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { setAlwaysOn } from '../../../state/scenario-store.ts';

const PER = { day: 'a day', week: 'a week', month: 'a month' } as const;

export default function SizingNote({
  calc,
  server,
}: {
  calc: ReadyCalculation;
  server: OfferResult;
}) {
  const sc = calc.scenario;
  const a = sc.alwaysOn;
  const f = server.fleet;
  const other = a.availability === 'single' ? 'multi-zone' : 'single';
  // The same server with the other availability: one offer, priced by the same engine.
  const otherResult = useMemo(
    () =>
      // (Component tests pass results without an engine.)
      calc.engine.evaluateScenario?.(
        { ...sc, alwaysOn: { ...sc.alwaysOn, availability: other }, offers: [server.offerId] },
        calc.loaded.catalog.offers,
        { platform: calc.loaded.platform },
      )?.results[0],
    [calc, sc, other, server.offerId],
  );
  if (!f) return null;
  const pct = Math.round(a.targetUtilization * 100);
  const h = sc.horizon;
  const noLb = (r: OfferResult | undefined) =>
    r?.warnings.some((w) => w.code === 'no-load-balancer') ?? false;
  let otherLine: string | null = null;
  if (otherResult && otherResult.status === 'priced') {
    const cost = formatMoney(otherResult.totals[h], calc.money);
    otherLine =
      other === 'multi-zone'
        ? `Across two zones with a load balancer (${formatCount(otherResult.fleet?.peakInstances ?? 0)} instances) it would cost ${cost} ${PER[h]}${noLb(otherResult) ? `, without a load balancer: ${server.provider} has none priced here` : ''}.`
        : `In one zone, one instance fewer and no load balancer, it would cost ${cost} ${PER[h]}.`;
  } else if (otherResult && other === 'multi-zone')
    otherLine = 'It cannot run across two zones (the table says why once you switch).';
  return (
    <div className="verdict-sizing" data-testid="sizing-note">
      <p>
        {server.label}: {formatCount(f.peakInstances)} × {fmtMemory(f.memoryMbPerInstance)}, sized
        for {/* Light traffic: the busiest moment's percentile is no request at all. */}
        {f.peakInFlight === 0 ? 'under ' : null}
        <strong className="num">{formatCount(Math.max(1, f.peakInFlight))}</strong>{' '}
        {f.peakInFlight <= 1 ? 'request' : 'requests'} in flight at the busiest moment (
        {peakReadingText(coldStartOptionsOf(sc).arrivals)}), {fmtMemory(a.workingSetMb)} each over{' '}
        {fmtMemory(a.baseMemoryMb)} base
        {f.requestsPerInstance > 0
          ? ` (${formatCount(f.requestsPerInstance)} per instance)`
          : ''}; {sizedByText(f.sizedBy)}.
      </p>
      <div className="field-row">
        <NumberField
          label="Target CPU in the busiest hour"
          unit="%"
          value={pct}
          min={0}
          minExclusive
          max={100}
          width="3.5rem"
          onCommit={(v) => v !== undefined && setAlwaysOn({ targetUtilization: v / 100 })}
        />
        <span className="hint">
          {formatPercent(1 - a.targetUtilization)} headroom for peaks inside the hour
        </span>
      </div>
      <div className="field-row">
        <label htmlFor="availability">Availability</label>
        <select
          id="availability"
          value={a.availability}
          onChange={(e) =>
            setAlwaysOn({ availability: e.target.value === 'multi-zone' ? 'multi-zone' : 'single' })
          }
        >
          {AVAILABILITY_CHOICES.map(([v, name]) => (
            <option key={v} value={v}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {otherLine ? <p className="hint">{otherLine}</p> : null}
    </div>
  );
}
