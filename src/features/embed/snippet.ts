/**
 * The HTML a site owner pastes to embed the widget: an <iframe> for the current scenario and,
 * optionally, the script that sizes it. Every attribute value is escaped, so whatever the URL or
 * title holds, the snippet stays one iframe and one script.
 */

/** Escape text for a double-quoted HTML attribute (and for text content). */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A height that shows the workload, the verdict and the chart switch without embed.js. */
export const DEFAULT_EMBED_HEIGHT = 800;

export interface SnippetOptions {
  /** Absolute URL of embed.html with its query string. */
  src: string;
  /** Absolute URL of embed.js, or undefined to leave the script out. */
  script?: string | undefined;
  title?: string;
  height?: number;
}

export function embedSnippet(o: SnippetOptions): string {
  const title = o.title ?? 'Breakeven: is FaaS or an always-on server cheaper for this workload?';
  const height = Math.round(o.height ?? DEFAULT_EMBED_HEIGHT);
  const attrs: Array<[string, string]> = [
    ['src', o.src],
    ['title', title],
    ['width', '100%'],
    ['height', String(height)],
    ['style', 'border: 0; max-width: 100%'],
    ['loading', 'lazy'],
  ];
  const iframe = `<iframe ${attrs.map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')} data-breakeven></iframe>`;
  return o.script ? `${iframe}\n<script src="${escapeAttr(o.script)}" async></script>` : iframe;
}
