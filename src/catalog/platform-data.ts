/**
 * The committed pricing-data/platform.json, bundled and validated once at load. The engine prices
 * cold starts, state, limits and schedulers from it unless a caller passes other platform data.
 */
import platformJson from '../../pricing-data/platform.json';
import { parsePlatform, type Platform } from './platform.ts';

export const DEFAULT_PLATFORM: Platform = parsePlatform(platformJson);
