/**
 * The verdict the build pre-renders into index.html and embed.html (the default scenario's): it
 * says what the live verdict says, a share link never shows it, and on a phone the results come
 * before the offer picker. The chromium project serves the build (playwright.config.ts), so these
 * run against the pre-rendered HTML.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { verdict, verdictReady } from './support/ready.ts';

/** Words and figures, with React's text separators and line breaks evened out. */
const words = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The pre-rendered verdict's sentences, read from the HTML as served, with JavaScript off. */
async function prerenderedSentences(browser: Browser, path: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(path);
    const pre = page.locator('.prerendered .verdict');
    await expect(pre).toHaveAttribute('data-ready', 'false');
    // Without the first-paint script nothing reveals it: the safe default.
    await expect(pre).toBeHidden();
    return (await pre.locator('.verdict-text').allTextContents()).map(words);
  } finally {
    await context.close();
  }
}

async function liveSentences(page: Page): Promise<string[]> {
  const v = await verdictReady(page);
  return (await v.locator('.verdict-text').allTextContents()).map(words);
}

for (const path of ['./', './embed.html']) {
  test(`${path}: the pre-rendered verdict says what the live verdict says`, async ({
    browser,
    page,
  }) => {
    const pre = await prerenderedSentences(browser, path);
    expect(pre.join(' ')).toMatch(/\$\d+\.\d\d/);
    await page.goto(path);
    expect(await liveSentences(page)).toEqual(pre);
  });
}

/**
 * Runs before the page's own scripts: on every frame (requestAnimationFrame runs just before each
 * paint) and every DOM change, notes each visible verdict sentence.
 */
const WATCH = `(() => {
  window.__seen = [];
  const look = () => {
    for (const el of document.querySelectorAll('.verdict-text')) {
      if (el.checkVisibility())
        window.__seen.push({
          text: el.textContent.replace(/\\s+/g, ' ').trim(),
          at: location.href,
          ms: Math.round(performance.now()),

        });
    }
  };
  const frame = () => { look(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** The page's scripts arrive late, so the static HTML stays on screen for a good while. */
async function slowScripts(page: Page) {
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fallback();
  });
}

interface Seen {
  text: string;
  at: string;
  ms: number;
}
async function seen(page: Page): Promise<string[]> {
  const all = await page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
  // Each entry names its page: a report that mixes pages would be a bug in this test.
  expect(new Set(all.map((s) => s.at)).size).toBeLessThanOrEqual(1);
  return all.map((s) => s.text);
}

for (const [path, share] of [
  ['./', './?v=1&n=50000&m=5&d=120&mem=1024'],
  ['./embed.html', './embed.html?v=1&n=50000&m=5&d=120&mem=1024&theme=dark'],
] as const) {
  test(`${share}: a share link never paints the default scenario's figures`, async ({
    browser,
    page,
  }) => {
    const defaults = await prerenderedSentences(browser, path);
    const first = defaults[0] ?? '';
    expect(first).toMatch(/\$\d/);

    // The watcher sees the pre-rendered figures on the default page, before the app starts.
    await page.addInitScript(WATCH);
    await slowScripts(page);
    await page.goto(path);
    await expect.poll(() => seen(page)).toContain(first);

    await page.goto(share);
    const live = await liveSentences(page);
    expect(live[0]).not.toEqual(first);
    const shown = await seen(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain(first);
    for (const s of defaults) expect(shown).not.toContain(s);
  });
}

for (const [path, share, chunks, notYet] of [
  // The page's early verdict needs neither React DOM (core) nor the calculator (main).
  ['./', './?v=1&n=50000&m=5', ['early-verdict', 'app', 'engine'], ['core', 'main']],
  ['./embed.html', './embed.html?v=1&n=50000&m=5&theme=dark', ['engine'], []],
] as const) {
  test(`${share}: the head starts downloading the code the verdict waits for; ${path} only once it has painted`, async ({
    page,
  }) => {
    // The app never starts here, so every modulepreload in the head is the HTML's or first-paint.js's.
    await page.route(/\/assets\/(index|embed)-[\w-]+\.js$/, (route) => route.abort());
    // When each modulepreload is added to the page, on the page's clock.
    await page.addInitScript(() => {
      const added: number[] = [];
      (window as unknown as { __preloadsAt: number[] }).__preloadsAt = added;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLLinkElement && n.rel === 'modulepreload')
              added.push(performance.now());
      }).observe(document, { childList: true, subtree: true });
    });
    const preloaded = async () =>
      (
        await page
          .locator('link[rel="modulepreload"]')
          .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))
      )
        // A chunk is name-HASH.js, the hash 8 characters that may hold a '-' ("main-q-4vWI-7.js").
        .map((href) => /\/assets\/([a-z-]+)-[\w-]{8}\.js$/.exec(href)?.[1]);
    await page.goto(share);
    expect(await preloaded()).toEqual(expect.arrayContaining([...chunks]));
    for (const c of notYet) expect(await preloaded()).not.toContain(c);
    // The default page keeps the wire for its shell: the calculator's page adds what it fetches
    // next (the engine among it) once its first contentful paint is reported; the widget keeps
    // its own loading, without the engine.
    await page.goto(path);
    if (path !== './') {
      expect(await preloaded()).not.toContain('engine');
      return;
    }
    await expect.poll(preloaded).toContain('engine');
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    );
    const at = await page.evaluate(
      () => (window as unknown as { __preloadsAt: number[] }).__preloadsAt,
    );
    expect(at.length).toBeGreaterThan(0);
    for (const t of at) expect(t).toBeGreaterThanOrEqual(fcp);
  });
}

test('a page opened from a share link shows the skeleton, then its own verdict', async ({
  page,
}) => {
  await slowScripts(page);
  // Not waiting for the load event: a share link's head preloads the calculator, so once the page
  // has loaded the app may already have replaced the skeleton.
  await page.goto('./?v=1&n=50000&m=5', { waitUntil: 'commit' });
  await expect(page.locator('.prerender-standin')).toBeVisible();
  // The build's pre-rendered verdict is the default scenario's (1,000 requests): it stays hidden.
  // The page may already show the link's own verdict (50,000), rendered early: that one may show.
  const linkOwn = page.locator('[data-scenario*="n=50000&"]');
  await expect(page.locator('.prerendered').filter({ hasNot: linkOwn })).toBeHidden();
  await expect(await verdictReady(page)).toContainText('costs');
});

test('a share link shows its own verdict before the page mounts, saying what the live one says', async ({
  page,
}) => {
  // Notes the sentences of the first visible verdict that is not marked ready (the stand-in).
  await page.addInitScript(`(() => {
    const frame = () => {
      const v = [...document.querySelectorAll('.prerendered .verdict')].find((el) =>
        el.checkVisibility(),
      );
      if (v) {
        window.__early = {
          ready: v.getAttribute('data-ready'),
          workload: document.querySelector('#workload') !== null,
          text: [...v.querySelectorAll('.verdict-text')].map((p) => p.textContent),
        };
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`);
  await page.goto('./?v=1&n=50000&m=5&d=120&mem=1024');
  const live = await liveSentences(page);
  const early = await page.evaluate(
    () =>
      (window as unknown as { __early?: { ready: string; workload: boolean; text: string[] } })
        .__early,
  );
  expect(early).toBeDefined();
  // Shown before the page mounted (no workload panel yet), and never marked ready.
  expect(early?.workload).toBe(false);
  expect(early?.ready).toBe('false');
  expect(early?.text.map(words)).toEqual(live);
  expect(live.join(' ')).toMatch(/\$\d+\.\d\d/);
});

test('at 390 px the verdict and charts come before the offer picker; at 1280 px it sits beside them', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await verdictReady(page);
  // Lazy parts (the workload's fields, the charts, the picker) still grow the page after the
  // verdict: read every position in one go, once the picker itself is laid out.
  await expect(page.locator('.offers-area').first()).toBeVisible();
  const tops = await page.evaluate(() =>
    ['.verdict', '#workload', '.outputs > :nth-child(2)', '.offers-area'].map(
      (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? null,
    ),
  );
  const [verdictTop, workloadTop, chartsTop, offersTop] = tops;
  if (tops.some((t) => t === null)) throw new Error(`not laid out: ${JSON.stringify(tops)}`);
  expect(verdictTop!).toBeLessThan(workloadTop!);
  expect(workloadTop!).toBeLessThan(chartsTop!);
  expect(chartsTop!).toBeLessThan(offersTop!);
  await page.screenshot({ path: testInfo.outputPath('first-screen-390.png') });
  await page.screenshot({ path: testInfo.outputPath('page-390.png'), fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(verdict(page)).toBeVisible();
  const v = await page.locator('.verdict').boundingBox();
  const o = await page.locator('.offers-area').boundingBox();
  if (!v || !o) throw new Error('not laid out');
  // Two columns: the picker on the left, under the workload; the results on the right.
  expect(o.x + o.width).toBeLessThanOrEqual(v.x);
  await page.screenshot({ path: testInfo.outputPath('page-1280.png') });
});

test('a stored dark theme is the first thing painted, before any of the code has arrived', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('breakeven-theme', 'dark');
    // requestAnimationFrame runs just before a paint: what the first frame shows.
    requestAnimationFrame(() => {
      (window as unknown as { __firstFrame: string }).__firstFrame =
        `${document.documentElement.dataset.theme} ${document.querySelector('.intro') ? 'shell' : 'blank'}`;
    });
  });
  await slowScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __firstFrame?: string }).__firstFrame))
    .toBe('dark shell');
  // …and once the calculator has started, the theme is still the stored one.
  await verdictReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const [path, link] of [
  ['./', './?v=1'],
  ['./embed.html', './embed.html?v=1&chart=breakeven'],
] as const) {
  test(`${link}: a link with only its version is the default scenario, so the build's verdict shows at once`, async ({
    browser,
    page,
  }) => {
    const first = (await prerenderedSentences(browser, path))[0] ?? '';
    await page.addInitScript(WATCH);
    await slowScripts(page);
    await page.goto(link);
    // Seen while the code is still held back: the pre-rendered figures, not a skeleton.
    await expect.poll(() => seen(page)).toContain(first);
    expect(await liveSentences(page)).toContain(first);
  });
}
