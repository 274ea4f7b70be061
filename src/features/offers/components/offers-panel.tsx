import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { getCatalogQueryOptions } from '../../../catalog/catalog-query.ts';
import type { Platform, ProductRef } from '../../../catalog/platform.ts';
import type { Offer } from '../../../catalog/schema.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { CheckField } from '../../../lib/ui/check-field.tsx';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { boundsOf } from '../../../lib/number-input.ts';
import {
  setArchitecture,
  setArea,
  setFaas,
  setSelection,
  useScenarioStore,
} from '../../../state/scenario-store.ts';
import {
  pickerProviders,
  pinsIn,
  withFamily,
  withFamilySize,
  withOffer,
  type EntryKind,
  type PickerFamily,
  type PickerEntry,
  type PickerProvider,
  type Selection,
} from '../picker.ts';
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

type PickerState = Pick<
  Scenario,
  'area' | 'offers' | 'pins' | 'faas' | 'alwaysOn' | 'coldStart' | 'state'
>;

const AREAS = (Object.keys(AREA_LABELS) as Array<Scenario['area']>).map((id) => ({
  id,
  label: AREA_LABELS[id],
}));

const KIND_TAG: Record<EntryKind, string> = {
  faas: 'function',
  'autoscaled-container': 'container',
  'always-on': 'server',
};

function colourOf(kind: EntryKind): string {
  return kind === 'faas' ? 'offer-faas' : 'offer-always-on';
}

/** One offer or family: its checkbox, and for a family the size it is priced at. */
function Entry({ e, sel }: { e: PickerEntry; sel: Selection }) {
  return (
    <li className={`offer-option ${colourOf(e.kind)}`}>
      <label>
        <input
          type="checkbox"
          checked={e.checked}
          onChange={(ev) => {
            const on = ev.target.checked;
            const next = e.type === 'family' ? withFamily(sel, e, on) : withOffer(sel, e.id, on);
            setSelection(next.offers, next.pins);
          }}
        />
        <span className="oo-name">{e.name}</span>{' '}
        <span className="oo-kind">{KIND_TAG[e.kind]}</span>
      </label>
      {e.type === 'family' ? <FamilySize e={e} sel={sel} /> : null}
    </li>
  );
}

/** A family's size: the cheapest that fits, or one chosen; and the sizes a link names besides. */
function FamilySize({ e, sel }: { e: PickerFamily; sel: Selection }) {
  const sizeId = useId();
  return (
    <>
      {e.sizes.length > 1 || e.size !== '' ? (
        <>
          <label htmlFor={sizeId} className="visually-hidden">
            Size of {e.name}
          </label>
          <select
            id={sizeId}
            className="oo-size"
            value={e.size}
            onChange={(ev) => {
              const next = withFamilySize(sel, e, ev.target.value);
              setSelection(next.offers, next.pins);
            }}
          >
            <option value="">cheapest size that fits</option>
            {e.sizes.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {e.alsoExact.length > 0 ? (
        <span className="oo-also">also {e.alsoExact.join(', ')}, as the link names them</span>
      ) : null}
    </>
  );
}

/** One provider: a disclosure, closed by default, whose summary says what is compared. */
function ProviderGroup({ p, sel }: { p: PickerProvider; sel: Selection }) {
  return (
    <details className="provider-group">
      <summary>
        <span className="pg-name">{p.name}</span>{' '}
        <span className="pg-chosen">{p.chosen.length > 0 ? p.chosen.join(', ') : 'none'}</span>
      </summary>
      <ul className="pg-entries">
        {p.entries.map((e) => (
          <Entry key={e.id} e={e} sel={sel} />
        ))}
      </ul>
    </details>
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
      <CheckField checked={s.faas.freeTier} onChange={(on) => setFaas({ freeTier: on })}>
        Include the monthly free tier
      </CheckField>
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
        <CheckField
          checked={s.faas.newCustomerFreeTier}
          onChange={(on) => setFaas({ newCustomerFreeTier: on })}
        >
          Front door’s 12-month free tier (AWS accounts created before 15 July 2025)
        </CheckField>
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

/** Options whose form (`server-options.tsx`) loads when they are first opened. */
function OptionsOnOpen({
  summary,
  Body,
  alwaysOn,
}: {
  summary: string;
  Body: typeof ServerOptionsBody;
  alwaysOn: Scenario['alwaysOn'];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (
        <Suspense fallback={<p className="hint">Loading…</p>}>
          <Body alwaysOn={alwaysOn} />
        </Suspense>
      ) : null}
    </details>
  );
}

/**
 * The offers compared, by provider: functions, containers and instance families (a family at its
 * cheapest size that fits, or a size pinned beside it). Each provider folds away, so a phone
 * reaches the charts sooner; the options of each kind follow.
 */
export default function OffersPanel() {
  const q = useQuery(getCatalogQueryOptions());
  // Only what the picker shows: editing the workload does not re-render the picker.
  const s = {
    area: useScenarioStore((st) => st.scenario.area),
    offers: useScenarioStore((st) => st.scenario.offers),
    pins: useScenarioStore((st) => st.scenario.pins),
    faas: useScenarioStore((st) => st.scenario.faas),
    alwaysOn: useScenarioStore((st) => st.scenario.alwaysOn),
    coldStart: useScenarioStore((st) => st.scenario.coldStart),
    state: useScenarioStore((st) => st.scenario.state),
  };
  const areaId = useId();

  if (q.isPending)
    return <div className="panel skeleton skeleton-inputs" aria-label="Loading offers" />;
  if (q.isError) return null; // the results column explains the failure and offers a retry

  const all = q.data.catalog.offers;
  const inArea = all.filter((o) => o.area === s.area);
  const sel: Selection = { offers: s.offers, pins: s.pins };
  const providers = pickerProviders(inArea, sel);
  const selected = new Set(s.offers);
  const frontDoors = inArea.filter((o) => o.kind === 'front-door' && o.appliesTo.includes('faas'));
  const faasOffers = inArea.filter((o) => o.kind === 'faas');

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
          onChange={(e) => {
            const area = e.target.value as Scenario['area'];
            setArea(area);
            // A pinned size not sold in the new area would leave its family unpriced there.
            const pins = pinsIn(
              s.pins,
              all.filter((o) => o.area === area),
            );
            if (pins.length !== s.pins.length)
              setSelection(useScenarioStore.getState().scenario.offers, pins);
          }}
        >
          {AREAS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <p className="hint picker-hint">
        A server family is priced at its cheapest size that fits the workload, unless you choose a
        size.
      </p>
      <div className="provider-list">
        {providers.map((p) => (
          <ProviderGroup key={p.id} p={p} sel={sel} />
        ))}
      </div>
      <div className="offer-options">
        <FaasOptions
          s={s}
          frontDoors={frontDoors}
          known={inArea}
          platform={q.data.platform}
          faasOffers={faasOffers
            .filter((o) => selected.has(o.id))
            .map((o) => ({
              providerId: o.providerId,
              productId: o.productId,
              label: o.product.replace(/\s*\(.*\)$/, ''),
            }))}
        />
        {inArea.some((o) => o.kind === 'autoscaled-container') ? (
          <OptionsOnOpen
            summary="Container options"
            Body={ContainerOptionsBody}
            alwaysOn={s.alwaysOn}
          />
        ) : null}
        <OptionsOnOpen
          summary="Server options: sizing, fixed costs, commitment"
          Body={ServerOptionsBody}
          alwaysOn={s.alwaysOn}
        />
      </div>
      <div className="offer-actions">
        <button
          type="button"
          className="btn-link"
          onClick={() =>
            setSelection(
              defaultOfferIds(s.area).filter((id) => inArea.some((o) => o.id === id)),
              [],
            )
          }
        >
          Reset to the default comparison
        </button>{' '}
        ·{' '}
        <button type="button" className="btn-link" onClick={() => setSelection([], [])}>
          Clear
        </button>
      </div>
    </section>
  );
}
