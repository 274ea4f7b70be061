/**
 * The widget as a reader meets it: embed.html from the nginx site, framed by a page on another
 * site (blog.test, a second loopback port), with storage blocked in the frame as third-party
 * storage often is. Any CSP violation or console error fails a test (fixtures.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { expect, hostPage, SITE, test } from './fixtures.ts';
import { chartReady, verdict, verdictReady } from '../support/ready.ts';

const WIDGET_ORIGIN = new URL(SITE).origin;
const START = 'v=1&n=1000&m=5&d=200&c=20&mem=512';

/** Third-party storage blocked: in the widget's frames, touching localStorage throws. */
async function blockWidgetStorage(page: Page) {
  await page.context().addInitScript((origin: string) => {
    if (location.origin !== origin || window === window.top) return;
    for (const name of ['localStorage', 'sessionStorage'] as const)
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException(`${name} is blocked (third-party storage)`, 'SecurityError');
        },
      });
  }, WIDGET_ORIGIN);
}

function article(iframe: string, script = true): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Serverless costs, explained</title></head>
<body style="font-family: sans-serif; max-width: 760px; margin: 2rem auto">
<h1>Is serverless cheaper for us?</h1>
<p>Change the workload below to see where the answer flips.</p>
${iframe}
<p id="after">The rest of the article.</p>
${script ? `<script src="${SITE}embed.js" async></script>` : ''}
</body></html>`;
}

function widgetFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${SITE}embed.html`));
  if (!frame) throw new Error('no widget frame');
  return frame;
}

/** The widget's own height, measured inside its frame (what it reports to the page). */
function widgetHeight(page: Page): Promise<number> {
  return widgetFrame(page).evaluate(() =>
    Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
  );
}

test('embedded on another site: renders, resizes after an edit, opens the full calculator, and keeps its DOM to itself', async ({
  page,
  context,
}, testInfo) => {
  await blockWidgetStorage(page);
  const src = `${SITE}embed.html?${START}`;
  await page.goto(
    hostPage(
      'article.html',
      article(
        `<iframe src="${src}" title="Breakeven: FaaS or always-on?" width="100%" height="560" style="border:0" loading="lazy" data-breakeven></iframe>`,
      ),
    ),
  );
  const iframe = page.locator('iframe');
  const widget = page.frameLocator('iframe');
  await expect(await verdictReady(widget)).toContainText('costs');
  // embed.js sized the iframe to the widget's own height.
  await expect(iframe).toHaveAttribute('data-breakeven-sized', '');
  const contentHeight = () => widgetHeight(page);
  await expect
    .poll(async () => ((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))
    .toBe(0);
  const before = (await iframe.boundingBox())?.height ?? 0;
  await chartReady(widget, 'Cost over a month');
  await expect
    .poll(async () => ((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))
    .toBe(0);
  await page.screenshot({ path: testInfo.outputPath('host-page.png'), fullPage: true });

  // A 20-minute request is over Lambda's 15-minute limit: the verdict grows a line about it.
  await widget.getByLabel('Duration', { exact: true }).fill('1200000');
  await expect(await verdictReady(widget)).toContainText('cannot run this workload');
  await expect.poll(async () => (await iframe.boundingBox())?.height).not.toBe(before);
  await expect
    .poll(async () => ((await iframe.boundingBox())?.height ?? 0) - (await contentHeight()))
    .toBe(0);
  // No scrollbar inside the frame: the page shows the whole widget.
  const frameScroll = await widgetFrame(page).evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
  }));
  expect(frameScroll.scroll).toBeLessThanOrEqual(frameScroll.view);

  // Cross-origin: the host page can neither read the widget's document nor reach into it.
  const access = await page.evaluate(() => {
    const f = document.querySelector('iframe');
    const doc = f?.contentDocument ?? null;
    let reach = 'no';
    try {
      reach = String(f?.contentWindow?.document.body.innerHTML.length);
    } catch (e) {
      reach = (e as Error).name;
    }
    return { doc: doc === null ? 'null' : 'readable', reach };
  });
  expect(access).toEqual({ doc: 'null', reach: 'SecurityError' });

  // "Open in full calculator" opens the app with the reader's scenario, edit included.
  const link = widget.getByRole('link', { name: /Open in full calculator/ });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith(SITE)).toBe(true);
  expect(href).toContain('d=1200000');
  const [app] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await app.waitForLoadState();
  expect(app.url()).toBe(href);
  await expect(app.getByLabel('Duration', { exact: true })).toHaveValue('1,200,000');
  await expect(app.getByLabel('Requests', { exact: true })).toHaveValue('1,000');
  await expect(app.getByLabel('Memory', { exact: true })).toHaveValue('512');
  await expect(await verdictReady(app)).toContainText('cannot run this workload');
});

test('without embed.js the iframe keeps its default height and the verdict is in view', async ({
  page,
}) => {
  await blockWidgetStorage(page);
  await page.goto(
    hostPage(
      'no-script.html',
      article(
        `<iframe src="${SITE}embed.html?${START}" title="Breakeven" width="100%" height="560" style="border:0"></iframe>`,
        false,
      ),
    ),
  );
  const iframe = page.locator('iframe');
  const shown = await verdictReady(page.frameLocator('iframe'));
  await expect(shown).toContainText('costs');
  expect((await iframe.boundingBox())?.height).toBe(560);
  const frameBox = await iframe.boundingBox();
  const verdictBox = await shown.boundingBox();
  expect(verdictBox && frameBox && verdictBox.y + 40 < frameBox.y + frameBox.height).toBe(true);
});

test('widget parameters: bad values degrade with the app’s notices; lock makes a read-only figure', async ({
  page,
}) => {
  // The same bad app parameters, in the app and in the widget, give the same notices.
  await page.goto('./?v=1&n=banana&mem=-5&h=year');
  // The calculator renders after the static shell has painted: wait for it, then its notices.
  await verdictReady(page);
  await expect(page.getByRole('status').locator('li')).toHaveCount(3);
  const appNotices = await page.getByRole('status').locator('li').allTextContents();

  const res = await page.goto(
    './embed.html?v=1&n=banana&mem=-5&h=year&theme=purple&controls=n,zoom&lock=maybe&chart=pie',
  );
  // Any site may frame the widget; the rest of its policy is as strict as the app's.
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/frame-ancestors \*$/);
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe');
  await verdictReady(page);
  await expect(page.getByRole('status').locator('li')).toHaveCount(7);
  const notices = await page.getByRole('status').locator('li').allTextContents();
  expect(notices.slice(0, 3)).toEqual(appNotices);
  expect(notices.slice(3)).toEqual([
    'theme: "purple" is not one of light, dark, auto.',
    'lock (read-only): "maybe" is not 1 or 0.',
    'controls: "zoom" is not a control (use n, m, d, mem, c, pat, h, cur, chart or none).',
    'chart: "pie" is not one of time, breakeven.',
  ]);
  // Everything fell back to its default, and the widget works.
  await expect(verdict(page)).toContainText('costs');
  await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('1,000');
  await chartReady(page, 'Cost over a month');

  // lock=1: the scenario as text, no inputs and no switches; the chart asked for.
  await page.goto(
    `./embed.html?${START}&lock=1&chart=breakeven&offers=aws-lambda-arm64,do-basic-1gb`,
  );
  await expect(await verdictReady(page)).toContainText('costs');
  await chartReady(page, 'Where the answer flips');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Chart' })).toHaveCount(0);
  await expect(page.locator('.sentence')).toHaveText(
    '1,000 requests every 5 minutes, 200 ms each, 512 MB',
  );
  await expect(verdict(page)).toContainText('AWS Lambda');
  await expect(verdict(page)).toContainText('DigitalOcean');

  // controls: only the ones named can be changed.
  await page.goto(`./embed.html?${START}&controls=n,chart`);
  await verdictReady(page);
  await expect(page.getByRole('textbox')).toHaveCount(1);
  await expect(page.getByLabel('Requests', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Break-even' }).click();
  await expect(page.getByRole('heading', { name: 'Where the answer flips' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Horizon' })).toHaveCount(0);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const)
  test(`theme=${theme} paints the widget in ${theme} colours, and axe finds nothing serious`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(`./embed.html?${START}&theme=${theme}`);
    await expect(await verdictReady(page)).toContainText('costs');
    await chartReady(page, 'Cost over a month');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(theme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(255, 255, 255)');
    await page.screenshot({ path: testInfo.outputPath(`widget-${theme}.png`), fullPage: true });
    for (const d of await page.locator('details').all())
      await d.evaluate((el) => el.setAttribute('open', ''));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Break-even' }).click();
    await chartReady(page, 'Where the answer flips');
    expect(await seriousViolations(page)).toEqual([]);
  });

test('in a 360 px column the widget wraps without sideways scrolling', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const extra of ['', '&lock=1&chart=breakeven']) {
    await page.goto(`./embed.html?${START}${extra}`);
    await expect(await verdictReady(page)).toContainText('costs');
    await chartReady(page, extra ? 'Where the answer flips' : 'Cost over a month');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: testInfo.outputPath(`widget-360${extra ? '-locked' : ''}.png`),
      fullPage: true,
    });
  }
});

test('the Embed dialog previews the widget, and its snippet works pasted into a plain page elsewhere', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?v=1&n=250&m=2&d=350&c=20&mem=1024');
  await expect(await verdictReady(page)).toContainText('costs');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this calculator' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Theme').selectOption('dark');
  const preview = page.frameLocator('.ed-preview');
  await expect(await verdictReady(preview)).toContainText('costs');
  await expect(preview.getByLabel('Requests', { exact: true })).toHaveValue('250');
  await chartReady(preview, 'Cost over a month');
  await page.screenshot({ path: testInfo.outputPath('embed-dialog.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(dialog.getByRole('status')).toHaveText('HTML copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await dialog.getByLabel('HTML to paste').inputValue());
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/tools\/breakeven\/embed\.html\?v=1&#38;n=250&#38;/,
  );
  expect(snippet).toContain('theme=dark');

  // Pasted as is into a plain page on another site.
  await blockWidgetStorage(page);
  const blog = await context.newPage();
  await blog.goto(
    hostPage(
      'pasted.html',
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>My post</title></head>\n<body>\n<h1>My post</h1>\n${snippet}\n</body></html>\n`,
    ),
  );
  const widget = blog.frameLocator('iframe');
  await expect(await verdictReady(widget)).toContainText('costs');
  await expect(widget.getByLabel('Requests', { exact: true })).toHaveValue('250');
  await expect(widget.getByLabel('Memory', { exact: true })).toHaveValue('1,024');
  await expect(blog.locator('iframe')).toHaveAttribute('data-breakeven-sized', '');
  const bg = await widgetFrame(blog).evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );
  expect(bg).toBe('rgb(15, 20, 25)');
  await chartReady(widget, 'Cost over a month');
  await expect
    .poll(
      async () =>
        ((await blog.locator('iframe').boundingBox())?.height ?? 0) - (await widgetHeight(blog)),
    )
    .toBe(0);
  await blog.screenshot({ path: testInfo.outputPath('pasted-snippet.png'), fullPage: true });
});

test('embed.js sizes each widget from its own messages only: other frames and the page cannot resize it', async ({
  page,
}) => {
  // A frame on the host's origin that claims to be a widget and shouts a height to the page.
  hostPage(
    'spoof.html',
    `<!doctype html><title>Not a widget</title><script>
      setInterval(() => parent.postMessage({ type: 'breakeven:resize', height: 3333 }, '*'), 50);
    </script>`,
  );
  await page.goto(
    hostPage(
      'two-widgets.html',
      article(
        `<iframe id="a" src="${SITE}embed.html?${START}" title="Widget A" width="100%" height="500" style="border:0"></iframe>
<iframe id="b" src="${SITE}embed.html?${START}&lock=1" title="Widget B" width="100%" height="500" style="border:0"></iframe>
<iframe id="spoof" src="/spoof.html" title="Spoof" width="100%" height="100" style="border:0" data-breakeven></iframe>`,
      ),
    ),
  );
  for (const id of ['a', 'b'])
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-breakeven-sized', '');
  // The two widgets differ (B has no inputs), so each got its own height.
  const heights = async () =>
    Promise.all(['a', 'b'].map(async (id) => (await page.locator(`#${id}`).boundingBox())?.height));
  await expect.poll(async () => new Set(await heights()).size).toBe(2);
  const before = await heights();
  // The page itself posting to its own window, and the spoofing frame, change nothing: a widget
  // may still resize itself as its chart loads, but never to a height someone else sent.
  // embed.js is listening (it sized both frames), and listeners run in the order they were added:
  // once this listener has seen the page's own message and three of the spoof frame's, embed.js
  // has handled them all.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let spoofed = 0;
        let own = false;
        const seen = (e: MessageEvent<{ height?: number } | null>) => {
          if (e.data?.height === 3333) spoofed++;
          if (e.data?.height === 4444) own = true;
          if (own && spoofed >= 3) {
            window.removeEventListener('message', seen);
            resolve();
          }
        };
        window.addEventListener('message', seen);
        window.postMessage({ type: 'breakeven:resize', height: 4444 }, '*');
      }),
  );
  const now = await heights();
  expect(now).not.toContain(4444);
  expect(now).not.toContain(3333);
  // The spoof frame is on the host's own origin and marked as a widget: it may size itself
  // (that is the host's choice), but never another frame.
  expect(before).not.toContain(3333);
  expect(before).not.toContain(4444);
});
