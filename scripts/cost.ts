#!/usr/bin/env -S node --import tsx
/**
 * `npm run -s cost -- [flags]` (also the package bin `breakeven-cost`): the engine on the command
 * line. See `--help`, and the README for the JSON contracts.
 */
import { runCost } from './lib/cost-cli.ts';

const { code, stdout, stderr } = runCost(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
