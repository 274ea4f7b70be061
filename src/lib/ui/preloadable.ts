import { lazy, type ComponentType } from 'react';

/**
 * A lazy component whose code can be fetched ahead of its first render. Once `preload()` has
 * loaded it, React.lazy reads the module at once (its factory then hands back a thenable that
 * calls back synchronously), so the component renders in the same commit as its parent instead of
 * a null fallback first: content under it does not move when it arrives.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): {
  Component: ComponentType<P>;
  preload: () => Promise<unknown>;
  /** Whether the code is here, so the component renders without suspending. */
  loaded: () => boolean;
} {
  let loaded: { default: ComponentType<P> } | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    pending ??= load().then(
      (m) => (loaded = m),
      (e: unknown) => {
        pending = undefined; // a failed download is tried again on the next call
        throw e;
      },
    );
    return pending;
  };
  const Component = lazy(() => {
    const m = loaded;
    // React.lazy only calls then(); a thenable that has the module resolves before lazy checks.
    return m ? ({ then: (ok: (v: typeof m) => void) => ok(m) } as Promise<typeof m>) : preload();
  });
  return { Component, preload, loaded: () => loaded !== undefined };
}
