/**
 * Light/dark without React: follows prefers-color-scheme until the user picks one with the toggle;
 * the choice is kept in localStorage and applied as <html data-theme>. The built pages apply it
 * before their first paint (public/first-paint.js, given this key by the build), the boot script
 * again before the app loads; the `useTheme` hook (theme.ts) reads it for the charts' colours (SVG
 * presentation attributes cannot use CSS variables reliably).
 */
export type Theme = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'breakeven-theme';
const KEY = THEME_STORAGE_KEY;
const listeners = new Set<() => void>();

function media(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
}

function stored(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

export function resolvedTheme(): Theme {
  const attr = typeof document === 'undefined' ? null : document.documentElement.dataset.theme;
  if (attr === 'light' || attr === 'dark') return attr;
  return media()?.matches ? 'dark' : 'light';
}

/** Apply the stored choice (called once at start-up, before React renders). */
export function applyStoredTheme(): void {
  const t = stored();
  if (t) document.documentElement.dataset.theme = t;
}

export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  listeners.forEach((l) => l());
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const m = media();
  m?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    m?.removeEventListener('change', listener);
  };
}
