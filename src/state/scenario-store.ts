/**
 * The one app-state store: the scenario the user describes, plus notices about share-link values
 * that could not be used. The catalog is server state (TanStack Query) and never lives here.
 * Actions are module-level functions that call setState, so components need no hook to act.
 */
import { create } from 'zustand';
import type { Architecture } from '../catalog/schema.ts';
import { architectureTwin, type VariantFields } from '../catalog/variants.ts';
import type {
  ColdStartOptions,
  Horizon,
  Pattern,
  Scenario,
  StateOptions,
} from '../engine/scenario.ts';
import { defaultOfferIds } from '../scenario/spec.ts';
import type { CodecNotice } from '../url/codec.ts';
import {
  DEFAULT_COLD_START_OPTIONS,
  DEFAULT_PAGE_SCENARIO,
  DEFAULT_STATE_OPTIONS,
} from '../engine/default-scenario.ts';

export interface ScenarioState {
  scenario: Scenario;
  /** Share-link parameters that were ignored, shown until dismissed. */
  notices: CodecNotice[];
  /**
   * The CPU time the user asked for. The scenario's `cpuMs` is this, capped at the duration: while
   * someone retypes the duration ("2", "20", "200"), CPU time follows it down and back up to what
   * they set, instead of being cut to 2 ms for good.
   */
  cpuWanted: number | undefined;
  /**
   * Scenario B beside A: its parameters as the share link writes them after A's (`b.mem=1024`;
   * src/url/compare.ts builds B from A and these), or null when B is not shown.
   */
  compare: string | null;
  /** Requests were edited while the timer preset was on, which left it (the preset says so). */
  leftTimer?: boolean;
}

export const useScenarioStore = create<ScenarioState>()(() => ({
  scenario: DEFAULT_PAGE_SCENARIO,
  notices: [],
  cpuWanted: DEFAULT_PAGE_SCENARIO.cpuMs,
  compare: null,
}));

/** Replace the scenario (e.g. decoded from a link) and its notices. */
export function loadScenario(scenario: Scenario, notices: CodecNotice[] = []): void {
  useScenarioStore.setState({ scenario, notices, cpuWanted: scenario.cpuMs, leftTimer: false });
}

/** Show scenario B with these `b.` link parameters, or hide it (null). */
export function setCompare(compare: string | null): void {
  useScenarioStore.setState({ compare });
}

export function updateScenario(change: (s: Scenario) => Scenario): void {
  useScenarioStore.setState((st) => ({ scenario: change(st.scenario) }));
}

export function setWorkload(requests: number, everyMinutes: number): void {
  updateScenario((s) => ({ ...s, workload: { requests, everyMinutes } }));
}

/**
 * Requests per batch. A scheduled job is one run every M minutes, so another count leaves the
 * timer preset (HTTP requests again, as "Back to HTTP requests" does) and flags `leftTimer`.
 */
export function setRequests(requests: number): void {
  useScenarioStore.setState(({ scenario: s }) => {
    const { trigger, ...rest } = s;
    const left = trigger === 'schedule' && requests !== s.workload.requests;
    const workload = { ...s.workload, requests };
    return left
      ? { scenario: { ...rest, workload }, leftTimer: true }
      : { scenario: { ...s, workload } };
  });
}

export function setEveryMinutes(everyMinutes: number): void {
  updateScenario((s) => ({ ...s, workload: { ...s.workload, everyMinutes } }));
}

/** A scenario with CPU time `wanted` capped at its duration (undefined: the whole duration). */
function withCpu(s: Scenario, wanted: number | undefined): Scenario {
  const { cpuMs: _old, ...rest } = s;
  void _old;
  return wanted === undefined ? rest : { ...rest, cpuMs: Math.min(wanted, s.durationMs) };
}

/** Duration; CPU time is the user's, capped at the new duration (and back up when it grows). */
export function setDurationMs(durationMs: number): void {
  useScenarioStore.setState((st) => ({
    scenario: withCpu({ ...st.scenario, durationMs }, st.cpuWanted),
  }));
}

/** CPU time per request; undefined means "the whole duration". */
export function setCpuMs(cpuMs: number | undefined): void {
  useScenarioStore.setState((st) => ({
    scenario: withCpu(st.scenario, cpuMs),
    cpuWanted: cpuMs,
  }));
}

export function setMemoryMb(memoryMb: number): void {
  updateScenario((s) => ({ ...s, memoryMb }));
}

export function setPattern(pattern: Pattern): void {
  updateScenario((s) => ({ ...s, pattern }));
}

export function setHorizon(horizon: Horizon): void {
  updateScenario((s) => ({ ...s, horizon }));
}

/** Display currency; USD (the base) drops the field so old links and the default stay as they were. */
export function setCurrency(currency: NonNullable<Scenario['currency']>): void {
  updateScenario((s) => {
    const { currency: _c, ...rest } = s;
    void _c;
    return currency === 'USD' ? rest : { ...rest, currency };
  });
}

/**
 * A new area. The default comparison becomes the new area's (the same question with the offers
 * priced there); a hand-picked selection is kept as it is, and offers without a price in the new
 * area say so.
 */
export function setArea(area: Scenario['area']): void {
  updateScenario((s) => withArea(s, area));
}

/** The scenario in a new area (setArea's rule; scenario B's editor applies it to B). */
export function withArea(s: Scenario, area: Scenario['area']): Scenario {
  const was = defaultOfferIds(s.area);
  const isDefault = s.offers.length === was.length && was.every((id) => s.offers.includes(id));
  return { ...s, area, offers: isDefault ? defaultOfferIds(area) : s.offers };
}

export function setFaas(patch: Partial<Scenario['faas']>): void {
  updateScenario((s) => ({ ...s, faas: { ...s.faas, ...patch } }));
}

export function setAlwaysOn(patch: Partial<Scenario['alwaysOn']>): void {
  updateScenario((s) => ({ ...s, alwaysOn: { ...s.alwaysOn, ...patch } }));
}

/** Cold-start options; the scenario gains the group on the first change. */
export function setColdStart(patch: Partial<ColdStartOptions>): void {
  updateScenario((s) => ({
    ...s,
    coldStart: { ...(s.coldStart ?? DEFAULT_COLD_START_OPTIONS), ...patch },
  }));
}

/** External state per request; store "none" switches it off. */
export function setExternalState(patch: Partial<StateOptions>): void {
  updateScenario((s) => ({ ...s, state: { ...(s.state ?? DEFAULT_STATE_OPTIONS), ...patch } }));
}

/**
 * The scheduled-job preset: the scenario `timerScenario` built (one run every M minutes for D
 * seconds, fired by a scheduler). `undefined` goes back to HTTP requests, keeping the workload.
 */
export function setTimerScenario(timer: Scenario | undefined): void {
  if (timer) {
    useScenarioStore.setState({ scenario: timer, cpuWanted: timer.cpuMs, leftTimer: false });
    return;
  }
  updateScenario((s) => {
    const { trigger: _t, ...rest } = s;
    void _t;
    return rest;
  });
}

export function setOfferSelected(offerId: string, selected: boolean): void {
  updateScenario((s) => {
    const has = s.offers.includes(offerId);
    if (selected === has) return s;
    return {
      ...s,
      offers: selected ? [...s.offers, offerId] : s.offers.filter((id) => id !== offerId),
    };
  });
}

export function setOffers(offers: string[]): void {
  updateScenario((s) => ({ ...s, offers }));
}

/** The offers compared and the sizes pinned, in one change (the offer picker writes both). */
export function setSelection(offers: readonly string[], pins: readonly string[]): void {
  updateScenario((s) => ({ ...s, offers: [...offers], pins: [...pins] }));
}

export function addNotices(notices: CodecNotice[]): void {
  if (notices.length === 0) return;
  useScenarioStore.setState((st) => ({ notices: [...st.notices, ...notices] }));
}

export function dismissNotices(): void {
  useScenarioStore.setState({ notices: [] });
}

/**
 * Switch architecture: records it and swaps each chosen offer that comes in both (Lambda, Fargate)
 * for its twin among `offers` (the catalog in the scenario's area), matched by provider, product
 * and architecture fields.
 */
export function setArchitecture(
  architecture: Architecture,
  offers: readonly VariantFields[],
): void {
  updateScenario((s) => withArchitecture(s, architecture, offers));
}

/** The scenario with another FaaS architecture (setArchitecture's rule, also for scenario B). */
export function withArchitecture(
  s: Scenario,
  architecture: Architecture,
  offers: readonly VariantFields[],
): Scenario {
  return {
    ...s,
    faas: { ...s.faas, architecture },
    offers: [
      ...new Set(
        s.offers.map((id) => {
          const offer = offers.find((o) => o.id === id);
          return offer ? architectureTwin(offer, architecture, offers).id : id;
        }),
      ),
    ],
  };
}
