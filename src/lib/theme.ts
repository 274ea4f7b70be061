/**
 * The resolved theme as a React hook; the DOM side (stored choice, <html data-theme>) is in
 * theme-dom.ts, which the boot script uses without loading React.
 */
import { useSyncExternalStore } from 'react';
import { resolvedTheme, subscribe, type Theme } from './theme-dom.ts';

export { setTheme, type Theme } from './theme-dom.ts';

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, resolvedTheme, () => 'light');
}
