/**
 * What both pages' boot scripts share: run the app's import once the static HTML (and its
 * pre-rendered verdict) is on screen, so no large script stands between the HTML and its first
 * paint; and if that import fails, replace the skeleton with a Reload box instead of leaving it
 * there forever. DOM only, no React: it runs before the app's code has arrived.
 */

/** Calls `start` once, just after the next paint (at once in a tab that is hidden). */
export function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  // requestAnimationFrame runs just before the next paint; the task it queues runs just after it.
  // A background tab paints nothing (rAF waits until it is shown), so a tab that is hidden now, or
  // becomes hidden before that frame, starts at once instead.
  if (document.visibilityState === 'hidden') once();
  else {
    requestAnimationFrame(() => setTimeout(once, 0));
    document.addEventListener('visibilitychange', once, { once: true });
  }
}

/** Replaces #root's content with "`what` could not be loaded" and a Reload button. */
export function showLoadFailure(what: string): void {
  // A failed chunk (offline, or a deploy replaced the files) must not leave a skeleton forever.
  const root = document.getElementById('root');
  if (!root) return;
  const box = document.createElement('div');
  box.className = 'error-box';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = `${what} could not be loaded.`;
  p.append(strong, ' Reload the page to try again; if it keeps failing, check the connection.');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'btn';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  box.append(p, reload);
  root.replaceChildren(box);
}
