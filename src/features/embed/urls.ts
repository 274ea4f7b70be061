/**
 * Where the two pages are, relative to each other: index.html and embed.html sit side by side in
 * dist/, so either page finds the other from its own address, whatever path the site is under.
 */

/** The calculator (index.html beside embed.html) for a query string. */
export function fullCalculatorUrl(search: string, here: string = window.location.href): string {
  const url = new URL('./', here);
  url.search = search;
  return url.href;
}

/** The widget (embed.html beside index.html) for a query string. */
export function widgetUrl(search: string, here: string = window.location.href): string {
  const url = new URL('embed.html', here);
  url.search = search;
  return url.href;
}
