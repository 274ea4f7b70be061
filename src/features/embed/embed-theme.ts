/**
 * The widget's `theme` key, on its own so the widget's boot script can pin the colours before the
 * first paint without loading the codec (embed-params.ts reads the same key, with its notices).
 */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** `light` or `dark` when the query string pins one; null for auto, none or a bad value. */
export function pinnedTheme(search: string): 'light' | 'dark' | null {
  const t = new URLSearchParams(search).get('theme');
  return t === 'light' || t === 'dark' ? t : null;
}
