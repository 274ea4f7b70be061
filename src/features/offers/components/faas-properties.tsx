/**
 * The FaaS options: cold starts (how requests arrive, start-up time, keep-alive, whether the
 * billed start-up time goes into the totals) and external state per request. Loaded lazily when
 * the FaaS options are opened. The platform data it shows (per-provider keep-alive estimates,
 * per-runtime start-up times) is pricing-data/platform.json as loaded with the catalog.
 */
import { useId } from 'react';
import {
  coldStartAssumptionFor,
  type Platform,
  type ProductRef,
} from '../../../catalog/platform.ts';
import type { ColdStartOptions, StateOptions } from '../../../engine/scenario.ts';
import { formatInteger } from '../../../describe/format.ts';
import { CheckField } from '../../../lib/ui/check-field.tsx';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { boundsOf } from '../../../lib/number-input.ts';
import { setColdStart, setExternalState } from '../../../state/scenario-store.ts';
import { FIELDS as F, RUNTIMES } from '../../../scenario/spec.ts';

const ARRIVALS: ReadonlyArray<{ id: ColdStartOptions['arrivals']; label: string }> = [
  { id: 'random', label: 'At random (Poisson) at the hour’s rate' },
  { id: 'even', label: 'Evenly spaced over the M minutes' },
  { id: 'bursts', label: 'All N at once, every M minutes' },
];

const RUNTIME_LABEL: Record<ColdStartOptions['runtime'], string> = {
  nodejs: 'Node.js',
  python: 'Python',
  go: 'Go',
  java: 'Java',
  dotnet: '.NET',
  ruby: 'Ruby',
};

const STORE_LABEL: Record<StateOptions['store'], string> = {
  none: 'None',
  dynamodb: 'DynamoDB on-demand (reads, writes)',
  s3: 'S3 (GET, PUT)',
  firestore: 'Firestore (reads, writes)',
  redis: 'Managed Redis (one node, by the hour)',
};

export interface FaasPropertiesProps {
  coldStart: ColdStartOptions;
  state: StateOptions;
  /** The chosen FaaS offers, for their keep-alive estimates. */
  faasOffers: ReadonlyArray<ProductRef & { label: string }>;
  /** pricing-data/platform.json as loaded with the catalog (the empty platform if it failed). */
  platform: Platform;
}

function keepAliveDefaults(
  faasOffers: FaasPropertiesProps['faasOffers'],
  platform: Platform,
): string {
  const parts: string[] = [];
  for (const o of faasOffers) {
    const a = coldStartAssumptionFor(platform, o);
    if (!a) continue;
    if (a.model === 'isolate' || a.keepAliveMinutes === null)
      parts.push(`${o.label}: isolates, cold starts negligible`);
    else
      parts.push(
        `${o.label} ${formatInteger(a.keepAliveMinutes)} min (${a.keepAliveBasis === 'estimate' ? 'estimate' : 'published'})`,
      );
  }
  if (parts.length > 0) return parts.join('; ');
  return faasOffers.length > 0 ? 'none known for the chosen offers' : 'no FaaS offer chosen';
}

export default function FaasProperties({
  coldStart,
  state,
  faasOffers,
  platform,
}: FaasPropertiesProps) {
  const arrId = useId();
  const rtId = useId();
  const storeId = useId();
  const runtimeInit = platform.runtimes.initMs[coldStart.runtime];
  const stateOn = state.store !== 'none';
  const perRequest = state.store !== 'redis';
  return (
    <div className="faas-properties">
      <fieldset className="subgroup">
        <legend>Cold starts</legend>
        <div className="field-row stacked">
          <label htmlFor={arrId}>How each batch of requests arrives</label>
          <select
            id={arrId}
            value={coldStart.arrivals}
            onChange={(e) =>
              setColdStart({ arrivals: e.target.value as ColdStartOptions['arrivals'] })
            }
          >
            {ARRIVALS.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          <label htmlFor={rtId}>Runtime</label>
          <select
            id={rtId}
            value={coldStart.runtime}
            onChange={(e) =>
              setColdStart({ runtime: e.target.value as ColdStartOptions['runtime'] })
            }
          >
            {RUNTIMES.map((r) => (
              <option key={r} value={r}>
                {RUNTIME_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          <NumberField
            label="Start-up (INIT) time"
            value={coldStart.initMs ?? undefined}
            {...boundsOf(F.initMs)}
            unit="ms"
            width="5rem"
            allowEmpty
            placeholder={formatInteger(runtimeInit)}
            describedBy="cs-init-hint"
            onCommit={(v) => setColdStart({ initMs: v ?? null })}
          />
        </div>
        <p className="hint" id="cs-init-hint">
          Empty: the {RUNTIME_LABEL[coldStart.runtime]} default, about {formatInteger(runtimeInit)}{' '}
          ms (public benchmarks of a small function).
        </p>
        <div className="field-row">
          <NumberField
            label="Idle keep-alive (estimate)"
            value={coldStart.keepAliveMinutes ?? undefined}
            {...boundsOf(F.keepAliveMinutes)}
            unit="min"
            width="4.5rem"
            allowEmpty
            placeholder="auto"
            describedBy="cs-ka-hint"
            onCommit={(v) => setColdStart({ keepAliveMinutes: v ?? null })}
          />
        </div>
        <p className="hint" id="cs-ka-hint">
          How long an idle instance stays warm. No provider publishes it, so this is an estimate.
          Empty (auto) uses each provider’s: {keepAliveDefaults(faasOffers, platform)}.
        </p>
        <CheckField
          checked={coldStart.includeCost}
          onChange={(on) => setColdStart({ includeCost: on })}
        >
          Add billed start-up (INIT) time to the totals
        </CheckField>
      </fieldset>
      <fieldset className="subgroup">
        <legend>External state</legend>
        <p className="hint">
          A function keeps nothing between requests: a cache or session lives in a store, billed per
          request. A server can keep it in memory.
        </p>
        <div className="field-row stacked">
          <label htmlFor={storeId}>Store</label>
          <select
            id={storeId}
            value={state.store}
            onChange={(e) => setExternalState({ store: e.target.value as StateOptions['store'] })}
          >
            {F.stateStore.values.map((id) => (
              <option key={id} value={id}>
                {STORE_LABEL[id]}
              </option>
            ))}
          </select>
        </div>
        {stateOn && perRequest ? (
          <>
            <div className="field-row">
              <NumberField
                label="Reads per request"
                value={state.readsPerRequest}
                {...boundsOf(F.stateReads)}
                width="4.5rem"
                onCommit={(v) => setExternalState({ readsPerRequest: v ?? 0 })}
              />
            </div>
            <div className="field-row">
              <NumberField
                label="Writes per request"
                value={state.writesPerRequest}
                {...boundsOf(F.stateWrites)}
                width="4.5rem"
                onCommit={(v) => setExternalState({ writesPerRequest: v ?? 0 })}
              />
            </div>
            {state.store === 'dynamodb' ? (
              <div className="field-row">
                <NumberField
                  label="Item size"
                  value={state.itemKb}
                  {...boundsOf(F.stateItemKb)}
                  unit="KB"
                  width="4.5rem"
                  onCommit={(v) => v !== undefined && setExternalState({ itemKb: v })}
                />
              </div>
            ) : null}
          </>
        ) : null}
        {state.store === 'redis' ? (
          <p className="hint">One node billed by the hour, whatever the traffic.</p>
        ) : null}
      </fieldset>
    </div>
  );
}
