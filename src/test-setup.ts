/**
 * Vitest setup for every test file. Component tests wait for lazy chunks and deferred renders with
 * testing-library's findBy* and waitFor, whose 1 s default is shorter than a dynamic import takes
 * on a loaded 2-core machine (docs/TESTING.md): they wait on what the page shows, up to 20 s.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 20_000 });
