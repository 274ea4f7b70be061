/**
 * The page loads the catalog as one runtime file, pricing-data/catalog.json (src/catalog/compact.ts:
 * `{ version, files: { "aws.json": …, "fx.json": … } }`). A test that breaks one catalog file edits
 * it inside that document, as a host serving a bad file would.
 */
import type { Page } from '@playwright/test';

/**
 * Serves catalog.json with `file` replaced by what `edit` returns, or left out when it returns
 * undefined (the page then reports the file as missing).
 */
export async function editCatalogFile(
  page: Page,
  file: string,
  edit: (json: unknown) => unknown,
): Promise<void> {
  await page.route('**/pricing-data/catalog.json', async (route) => {
    const res = await route.fetch();
    const doc = (await res.json()) as { files: Record<string, unknown> };
    const next = edit(doc.files[file]);
    if (next === undefined) delete doc.files[file];
    else doc.files[file] = next;
    await route.fulfill({ response: res, json: doc });
  });
}
