/**
 * The pages the measurements load (`npm run ttv`, `npm run size`): the default page, a share link
 * with parameters and the widget, as paths under the site's root.
 */
/** 50,000 requests every 5 minutes, 120 ms each, 1,024 MB: not the default scenario. */
export const SHARE_LINK_PATH = '/?v=1&n=50000&m=5&d=120&mem=1024';

export const MEASURED_PAGES = [
  { name: 'default page', path: '/' },
  { name: 'share link with parameters', path: SHARE_LINK_PATH },
  { name: 'widget (embed.html)', path: '/embed.html' },
] as const;
