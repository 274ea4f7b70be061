import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
const fake = join(dir, 'chromium');
writeFileSync(fake, '');
const missing = join(dir, 'missing');

describe('findChromium: CHROMIUM_PATH, then the system Chromium, then Playwright’s', () => {
  it('prefers CHROMIUM_PATH when that file exists', () => {
    const places = { system: fake, playwright: () => fake };
    expect(findChromium({ CHROMIUM_PATH: fake }, places)).toEqual({
      path: fake,
      from: 'CHROMIUM_PATH',
    });
  });
  it('falls through a CHROMIUM_PATH that does not exist to the system one', () => {
    const places = { system: fake, playwright: () => null };
    expect(findChromium({ CHROMIUM_PATH: missing }, places)).toEqual({
      path: fake,
      from: 'system',
    });
  });
  it('then uses Playwright’s download, and reports none when there is nothing', () => {
    expect(findChromium({}, { system: missing, playwright: () => fake })).toEqual({
      path: fake,
      from: 'playwright',
    });
    expect(findChromium({}, { system: missing, playwright: () => null })).toBeNull();
  });
});
