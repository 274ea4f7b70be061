/**
 * Auto-height: the widget tells the page that frames it how tall it is, as
 * `{ type: "breakeven:resize", height }` (CSS pixels), whenever that changes. The message holds
 * nothing private, so it goes to any origin; public/embed.js on the host page checks that it came
 * from the iframe it sizes. Without a parent (opened on its own) nothing is posted.
 */
export const RESIZE_MESSAGE = 'breakeven:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

/** Post the height of `el` to the parent now and after every change; returns a stop function. */
export function startResizePosting(el: HTMLElement, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
    target.postMessage(message, '*');
  };
  const ro = new ResizeObserver(post);
  ro.observe(el);
  post();
  return () => ro.disconnect();
}
