/**
 * The committed pricing-data/platform.json, bundled and validated once at load. The engine prices
 * cold starts, state, limits and schedulers from it unless a caller passes other platform data.
 * Bad data never stops the engine: it falls back to an empty platform (no cold-start assumptions,
 * stores, schedulers or limits) and lists the problems in PLATFORM_PROBLEMS (a test keeps it empty).
 */
import platformJson from '../../pricing-data/platform.json';
import { parsePlatform, type Platform } from './platform.ts';

const EMPTY_PLATFORM: Platform = {
  checkedOn: '1970-01-01',
  runtimes: {
    initMs: { nodejs: 0, python: 0, go: 0, java: 0, dotnet: 0, ruby: 0 },
    provenance: {
      source: 'https://example.invalid/',
      checkedOn: '1970-01-01',
      verification: 'unverified',
    },
  },
  coldStarts: [],
  limits: [],
  stateStores: [],
  schedulers: [],
};

function load(): { platform: Platform; problems: string[] } {
  try {
    return { platform: parsePlatform(platformJson), problems: [] };
  } catch (e) {
    return { platform: EMPTY_PLATFORM, problems: String((e as Error).message).split('\n') };
  }
}

const loaded = load();
export const DEFAULT_PLATFORM: Platform = loaded.platform;
/** Why pricing-data/platform.json could not be used (empty when it is valid). */
export const PLATFORM_PROBLEMS: readonly string[] = loaded.problems;
