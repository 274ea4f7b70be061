/**
 * Test helper: a stand-in for the browser's Worker that runs the real spread worker's handler,
 * with messages cloned as postMessage clones them; its replies wait in `held` until the test lets
 * them through. Only imported by *.test.tsx files.
 */
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
}
