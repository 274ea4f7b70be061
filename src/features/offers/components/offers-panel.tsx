import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { getCatalogQueryOptions } from '../../../catalog/catalog-query.ts';
import type { Platform, ProductRef } from '../../../catalog/platform.ts';
import type { Offer } from '../../../catalog/schema.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { boundsOf } from '../../../lib/number-input.ts';
import {
  setArchitecture,
  setArea,
  setFaas,
  setOfferSelected,
  setOffers,
  useScenarioStore,
} from '../../../state/scenario-store.ts';
import {
  DEFAULT_COLD_START_OPTIONS,
  DEFAULT_STATE_OPTIONS,
} from '../../../engine/default-scenario.ts';
import { defaultOfferIds, FIELDS as F } from '../../../scenario/spec.ts';

import { AREA_LABELS } from '../../../catalog/areas.ts';

// Cold starts and external state load when the FaaS options are opened.
const FaasProperties = lazy(() => import('./faas-properties.tsx'));
// Container and server options load when they are opened.
const ContainerOptionsBody = lazy(() =>
  import('./server-options.tsx').then((m) => ({ default: m.ContainerOptionsBody })),
);
const ServerOptionsBody = lazy(() =>
  import('./server-options.tsx').then((m) => ({ default: m.ServerOptionsBody })),
);

type PickerState = Pick<Scenario, 'area' | 'offers' | 'faas' | 'alwaysOn' | 'coldStart' | 'state'>;

const AREAS = (Object.keys(AREA_LABELS) as Array<Scenario['area']>).map((id) => ({
  id,
  label: AREA_LABELS[id],
}));

const GROUPS: ReadonlyArray<{ kind: Offer['kind']; title: string; hint: string }> = [
  { kind: 'faas', title: 'Functions (FaaS)', hint: 'pay per request and per millisecond' },
  {
    kind: 'autoscaled-container',
    title: 'Autoscaled containers',
    hint: 'pay per instance-hour, fleet follows traffic',
  },
  { kind: 'always-on', title: 'Always-on servers', hint: 'pay per hour, sized for the peak hour' },
];

function OfferCheckbox({ offer, checked }: { offer: Offer; checked: boolean }) {
  const family = offer.kind === 'faas' ? 'faas' : 'always-on';
  return (
    <label className={`offer-option offer-${family}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => setOfferSelected(offer.id, e.target.checked)}
      />
      <span>
        <span className="oo-product">{offer.product}</span>{' '}
        <span className="oo-provider">{offer.provider}</span>
      </span>
    </label>
  );
}

function FaasOptions({
  s,
  frontDoors,
  known,
  faasOffers,
  platform,
}: {
  s: PickerState;
  frontDoors: Offer[];
  known: readonly Offer[];
  faasOffers: ReadonlyArray<ProductRef & { label: string }>;
  /** pricing-data/platform.json as loaded with the catalog. */
  platform: Platform;
}) {
  const fdId = useId();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>FaaS options: cold starts, state, front door</summary>
      <fieldset className="inline-radios">
        <legend>Architecture (Lambda and Fargate come in both)</legend>
        {(['arm64', 'x86_64'] as const).map((a) => (
          <label key={a} className="check">
            <input
              type="radio"
              name="arch"
              checked={s.faas.architecture === a}
              onChange={() => setArchitecture(a, known)}
            />
            {a === 'arm64' ? 'Arm (Graviton)' : 'x86'}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={s.faas.freeTier}
          onChange={(e) => setFaas({ freeTier: e.target.checked })}
        />
        Include the monthly free tier
      </label>
      <div className="field-row">
        <label htmlFor={fdId}>Front door</label>
        <select
          id={fdId}
          value={s.faas.frontDoor ?? ''}
          onChange={(e) => setFaas({ frontDoor: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">None (function URL)</option>
          {frontDoors.map((o) => (
            <option key={o.id} value={o.id}>
              {o.product}
            </option>
          ))}
        </select>
      </div>
      {s.faas.frontDoor ? (
        <label className="check">
          <input
            type="checkbox"
            checked={s.faas.newCustomerFreeTier}
            onChange={(e) => setFaas({ newCustomerFreeTier: e.target.checked })}
          />
          Front door’s 12-month free tier (AWS accounts created before 15 July 2025)
        </label>
      ) : null}
      <div className="field-row">
        <NumberField
          label="Warm instances kept (provisioned concurrency)"
          value={s.faas.provisionedConcurrency}
          {...boundsOf(F.provisionedConcurrency)}
          width="4.5rem"
          onCommit={(v) => setFaas({ provisionedConcurrency: v ?? 0 })}
        />
      </div>
      {open ? (
        <Suspense fallback={<p className="hint">Loading cold-start and state options…</p>}>
          <FaasProperties
            coldStart={s.coldStart ?? DEFAULT_COLD_START_OPTIONS}
            state={s.state ?? DEFAULT_STATE_OPTIONS}
            faasOffers={faasOffers}
            platform={platform}
          />
        </Suspense>
      ) : null}
    </details>
  );
}

function ContainerOptions({ s }: { s: PickerState }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Container options</summary>
      {open ? (
        <Suspense fallback={<p className="hint">Loading…</p>}>
          <ContainerOptionsBody alwaysOn={s.alwaysOn} />
        </Suspense>
      ) : null}
    </details>
  );
}

function ServerOptions({ s }: { s: PickerState }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Server options: sizing, fixed costs, commitment</summary>
      {open ? (
        <Suspense fallback={<p className="hint">Loading…</p>}>
          <ServerOptionsBody alwaysOn={s.alwaysOn} />
        </Suspense>
      ) : null}
    </details>
  );
}

/** Offers grouped by kind, with each group's options folded away. */
export function OffersPanel() {
  const q = useQuery(getCatalogQueryOptions());
  // Only what the picker shows: editing the workload does not re-render forty checkboxes.
  const s = {
    area: useScenarioStore((st) => st.scenario.area),
    offers: useScenarioStore((st) => st.scenario.offers),
    faas: useScenarioStore((st) => st.scenario.faas),
    alwaysOn: useScenarioStore((st) => st.scenario.alwaysOn),
    coldStart: useScenarioStore((st) => st.scenario.coldStart),
    state: useScenarioStore((st) => st.scenario.state),
  };
  const areaId = useId();

  if (q.isPending)
    return <div className="panel skeleton skeleton-inputs" aria-label="Loading offers" />;
  if (q.isError) return null; // the results column explains the failure and offers a retry

  const inArea = q.data.catalog.offers.filter((o) => o.area === s.area);
  const selected = new Set(s.offers);
  const frontDoors = inArea.filter((o) => o.kind === 'front-door' && o.appliesTo.includes('faas'));

  return (
    <section className="panel offers-panel" aria-labelledby="offers-title">
      <h2 id="offers-title" className="panel-title">
        Compare
      </h2>
      <div className="field-row area-row">
        <label htmlFor={areaId}>Region</label>
        <select
          id={areaId}
          value={s.area}
          onChange={(e) => setArea(e.target.value as Scenario['area'])}
        >
          {AREAS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      {GROUPS.map((g) => {
        const offers = inArea
          .filter((o) => o.kind === g.kind)
          .sort(
            (a, b) => a.provider.localeCompare(b.provider) || a.product.localeCompare(b.product),
          );
        if (offers.length === 0) return null;
        return (
          <fieldset key={g.kind} className={`offer-group group-${g.kind}`}>
            <legend>
              <span className="og-title">{g.title}</span> <span className="og-hint">{g.hint}</span>
            </legend>
            {offers.map((o) => (
              <OfferCheckbox key={o.id} offer={o} checked={selected.has(o.id)} />
            ))}
            {g.kind === 'faas' ? (
              <FaasOptions
                s={s}
                frontDoors={frontDoors}
                known={inArea}
                platform={q.data.platform}
                faasOffers={offers
                  .filter((o) => selected.has(o.id))
                  .map((o) => ({
                    providerId: o.providerId,
                    productId: o.productId,
                    label: o.product.replace(/\s*\(.*\)$/, ''),
                  }))}
              />
            ) : null}
            {g.kind === 'autoscaled-container' ? <ContainerOptions s={s} /> : null}
            {g.kind === 'always-on' ? <ServerOptions s={s} /> : null}
          </fieldset>
        );
      })}
      <div className="offer-actions">
        <button
          type="button"
          className="btn-link"
          onClick={() =>
            setOffers(defaultOfferIds(s.area).filter((id) => inArea.some((o) => o.id === id)))
          }
        >
          Reset to the default comparison
        </button>{' '}
        ·{' '}
        <button type="button" className="btn-link" onClick={() => setOffers([])}>
          Clear
        </button>
      </div>
    </section>
  );
}
