import type { Page } from '@playwright/test';

/**
 * A full-page screenshot with every panel painted. The page sets `content-visibility: auto` on
 * panels below the fold (they render when scrolled to), which a full-page capture would show as
 * blank boxes; this turns it off for the picture only.
 */
export async function fullPageScreenshot(page: Page, path: string): Promise<void> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.screenshot({ path, fullPage: true });
}
