// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startResizePosting } from './resize.ts';

let observed: (() => void) | undefined;
class FakeResizeObserver {
  constructor(cb: () => void) {
    observed = cb;
  }
  observe() {}
  disconnect() {
    observed = undefined;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('auto-height', () => {
  it('posts {type: "breakeven:resize", height} to the parent once per new height', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const el = document.createElement('div');
    let height = 412.3;
    el.getBoundingClientRect = () => ({ height }) as DOMRect;
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const stop = startResizePosting(el, parent);
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'breakeven:resize', height: 413 },
      '*',
    );
    observed?.();
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    height = 600;
    observed?.();
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'breakeven:resize', height: 600 },
      '*',
    );
    stop();
    expect(observed).toBeUndefined();
  });

  it('posts nothing when the page is not framed', () => {
    const post = vi.spyOn(window, 'postMessage');
    startResizePosting(document.body, window)();
    expect(post).not.toHaveBeenCalled();
  });
});
