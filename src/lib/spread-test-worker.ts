/**
 * Test helper: a stand-in for the browser's Worker that runs the real spread worker's handler,
 * with messages cloned as postMessage clones them; its replies wait in `held` until the test lets
 * them through. Only imported by *.test.tsx files.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetSpreadResults } from './spread-results.ts';
import {
  spreadWorkerHandler,
  type FromSpreadWorker,
  type ToSpreadWorker,
} from './spread-protocol.ts';

/**
 * A stand-in for the browser's Worker: runs the real handler, with messages cloned as
 * postMessage clones them; its replies wait in `held` until the test lets them through.
 */
export class FakeWorker {
  static made: FakeWorker[] = [];
  static failOnMessage = false;
  onmessage: ((e: MessageEvent<FromSpreadWorker>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: Event) => void) | null = null;
  sent: ToSpreadWorker[] = [];
  held: FromSpreadWorker[] = [];
  private handle = spreadWorkerHandler(
    (m) => this.held.push(structuredClone(m)),
    (next) => setTimeout(next, 0),
  );
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: ToSpreadWorker): void {
    this.sent.push(m);
    if (FakeWorker.failOnMessage) {
      setTimeout(() => this.onerror?.(new Event('error')), 0);
      return;
    }
    setTimeout(() => this.handle(structuredClone(m)), 0);
  }
  /** Hand the held replies (those for request `id`, or all) to the page. */
  deliver(id?: number): void {
    const now = this.held.filter((m) => id === undefined || m.id === id);
    this.held = this.held.filter((m) => !now.includes(m));
    for (const m of now) this.onmessage?.(new MessageEvent('message', { data: m }));
  }
  terminate(): void {}
  /** The ids of the requests of one kind the page has sent, in order. */
  sentIds(type: ToSpreadWorker['type']): number[] {
    return this.sent.flatMap((m) => (m.type === type && 'id' in m ? [m.id] : []));
  }
}

/** Every test of the file gets a fresh FakeWorker as `Worker`, and the page's results reset after. */
export function withFakeWorker(): void {
  beforeEach(() => {
    FakeWorker.made = [];
    FakeWorker.failOnMessage = false;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    cleanup();
    resetSpreadResults();
    vi.unstubAllGlobals();
  });
}
