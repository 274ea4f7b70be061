/**
 * The container and server options: container size; how servers are sized (minimum instances,
 * target utilisation, requests in flight, working set and base memory); a real server's fixed
 * costs (public IPv4 and root disk) and the commitment term. Loaded lazily when opened.
 */
import { useId } from 'react';
import type { Scenario } from '../../../engine/scenario.ts';
import { CheckField } from '../../../lib/ui/check-field.tsx';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { boundsOf } from '../../../lib/number-input.ts';
import { setAlwaysOn } from '../../../state/scenario-store.ts';
import { FIELDS as F } from '../../../scenario/spec.ts';
import { COMMITMENT_CHOICES } from '../../../describe/server-choices.ts';

type AlwaysOn = Scenario['alwaysOn'];

/** Fargate's published task sizes (vCPU, MB), a sensible menu for every container service. */
const CONTAINER_SIZES: ReadonlyArray<[number, number]> = [
  [0.25, 512],
  [0.25, 1024],
  [0.5, 1024],
  [0.5, 2048],
  [1, 2048],
  [2, 4096],
  [4, 8192],
];

export function ContainerOptionsBody({ alwaysOn }: { alwaysOn: AlwaysOn }) {
  const id = useId();
  const current = `${alwaysOn.containerVcpu}/${alwaysOn.containerMemoryMb}`;
  const sizes = CONTAINER_SIZES.some(([v, m]) => `${v}/${m}` === current)
    ? CONTAINER_SIZES
    : [
        ...CONTAINER_SIZES,
        [alwaysOn.containerVcpu, alwaysOn.containerMemoryMb] as [number, number],
      ];
  return (
    <>
      <div className="field-row">
        <label htmlFor={id}>Container size</label>
        <select
          id={id}
          value={current}
          onChange={(e) => {
            const [v, m] = e.target.value.split('/').map(Number);
            if (v !== undefined && m !== undefined)
              setAlwaysOn({ containerVcpu: v, containerMemoryMb: m });
          }}
        >
          {sizes.map(([v, m]) => (
            <option key={`${v}/${m}`} value={`${v}/${m}`}>
              {v} vCPU, {m >= 1024 ? `${m / 1024} GB` : `${m} MB`}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">
        Minimum instances and target utilisation below apply to containers too.
      </p>
    </>
  );
}

export function ServerOptionsBody({ alwaysOn }: { alwaysOn: AlwaysOn }) {
  const pct = Math.round(alwaysOn.targetUtilization * 100);
  const termId = useId();
  return (
    <>
      <div className="field-row">
        <NumberField
          label="Minimum instances"
          value={alwaysOn.minInstances}
          {...boundsOf(F.minInstances)}
          width="4.5rem"
          onCommit={(v) => v !== undefined && setAlwaysOn({ minInstances: v })}
        />
      </div>
      <div className="field-row">
        <label htmlFor="target-util">Target CPU utilisation in the busiest hour</label>
        <span className="value num">{pct}%</span>
        <input
          id="target-util"
          type="range"
          min={10}
          max={100}
          step={5}
          value={pct}
          aria-valuetext={`${pct}%`}
          onChange={(e) => setAlwaysOn({ targetUtilization: Number(e.target.value) / 100 })}
        />
      </div>
      <div className="field-row">
        <NumberField
          label="Requests in flight per instance"
          value={alwaysOn.requestsInFlightPerInstance}
          {...boundsOf(F.requestsInFlightPerInstance)}
          width="5rem"
          onCommit={(v) => v !== undefined && setAlwaysOn({ requestsInFlightPerInstance: v })}
        />
      </div>
      <div className="field-row">
        <NumberField
          label="Working set per request in flight"
          value={alwaysOn.workingSetMb}
          {...boundsOf(F.workingSetMb)}
          unit={F.workingSetMb.unit}
          width="5rem"
          onCommit={(v) => v !== undefined && setAlwaysOn({ workingSetMb: v })}
        />
      </div>
      <div className="field-row">
        <NumberField
          label="Base memory per instance (OS and runtime)"
          value={alwaysOn.baseMemoryMb}
          {...boundsOf(F.baseMemoryMb)}
          unit={F.baseMemoryMb.unit}
          width="5rem"
          onCommit={(v) => v !== undefined && setAlwaysOn({ baseMemoryMb: v })}
        />
      </div>
      <p className="hint">
        On a server each request in flight holds its working set, apart from the FaaS memory
        setting; an instance holds as many as fit in its memory less the base.
      </p>
      <CheckField
        checked={alwaysOn.loadBalancer}
        onChange={(on) => setAlwaysOn({ loadBalancer: on })}
      >
        Put a load balancer in front
      </CheckField>
      <CheckField
        checked={alwaysOn.serverExtras}
        onChange={(on) => setAlwaysOn({ serverExtras: on })}
      >
        Count each server&rsquo;s public IPv4 address and root disk where the provider charges for
        them
      </CheckField>
      <div className="field-row">
        <label htmlFor={termId}>Commitment</label>
        <select
          id={termId}
          value={alwaysOn.commitment}
          onChange={(e) => setAlwaysOn({ commitment: e.target.value as AlwaysOn['commitment'] })}
        >
          {COMMITMENT_CHOICES.map(([t, name]) => (
            <option key={t} value={t}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">
        A term is priced only where the catalog has a sourced rate for it; other servers stay on
        demand and say so.
      </p>
    </>
  );
}
