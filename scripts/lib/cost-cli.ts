/**
 * The CLI as a function: argv in, exit code and text out. scripts/cost.ts only wires it to the
 * process, so tests can run it in-process as well as spawned.
 * Exit codes: 0 ok; 1 nothing to price or an internal error; 2 a bad flag, value or file.
 */
import { formatProblem } from '../../src/catalog/parse.ts';
import { evaluateScenario } from '../../src/engine/evaluate.ts';
import { timerVerdict } from '../../src/engine/timers.ts';
import { parseChoice, parseFlags, scenarioFromFlags, UsageError } from './cli-scenario.ts';
import { flagHelp, FORMATS } from './cli-flags.ts';
import { findNonFinite, renderOfferTable, renderTable, toJsonOffers } from './cost-output.ts';
import { resultsDocument } from '../../src/lib/results-document.ts';
import { FIELDS } from '../../src/scenario/spec.ts';
import { timerVerdictText } from '../../src/describe/faas-properties.ts';
import { moneyFor } from '../../src/describe/format.ts';
import { statusText } from '../../src/describe/results.ts';
import { loadCatalog, loadFx, loadPlatform } from '../../src/catalog/load-from-disk.ts';
import { trafficJson, trafficText } from './traffic-output.ts';

const F = FIELDS;
/** The default scenario in words, from the spec's defaults. */
const DEFAULTS_TEXT = `${F.requests.default.toLocaleString('en-US')} requests every ${F.everyMinutes.default} minutes, ${F.durationMs.default} ms, ${F.cpuMs.default} ms CPU, ${F.memoryMb.default} MB, ${F.patternKind.default}, ${F.area.default}, ${F.architecture.default}`;

export const HELP = `Usage: npm run -s cost -- [flags]      (or: npx breakeven-cost [flags])

Prices one workload on every FaaS, container and server offer in pricing-data/ with the same
engine as the web app. Flags override --scenario or --url, which override the default scenario
(${DEFAULTS_TEXT}).

${flagHelp()}

Exit codes: 0 ok · 1 nothing could be priced or an internal error · 2 bad flag, value or file.
Examples
  npm run -s cost -- --requests 1000 --every-minutes 5 --duration-ms 200 --memory-mb 512
  npm run -s cost -- --requests-per-month 50e6 --offers aws-lambda-arm64,aws-ec2-t4g-small --format json
  npm run -s cost -- --traffic access.log --offers aws-lambda-arm64,aws-ec2-t4g-small
  npm run -s cost -- --list-offers --format json`;

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCost(argv: string[]): CliOutput {
  const err: string[] = [];
  const done = (code: number, stdout: string): CliOutput => ({
    code,
    stdout: stdout && !stdout.endsWith('\n') ? `${stdout}\n` : stdout,
    stderr: err.map((l) => `${l}\n`).join(''),
  });
  try {
    const flags = parseFlags(argv);
    if (flags.help) return done(0, HELP);
    const format = parseChoice('format', flags.format ?? 'table', FORMATS);

    const catalog = loadCatalog();
    for (const p of catalog.problems) err.push(`catalog: ${formatProblem(p)}`);
    if (catalog.problems.length > 0)
      err.push(`catalog: ${catalog.problems.length} problem(s); the valid offers are still used.`);
    if (catalog.offers.length === 0) {
      err.push('cost: no valid offer in pricing-data/; nothing to price.');
      return done(1, '');
    }

    const { scenario, notices, traffic } = scenarioFromFlags(flags, catalog.offers);
    for (const n of notices) err.push(`cost: ${n}`);
    if (flags['list-offers']) {
      const inArea = catalog.offers.filter((o) => o.area === scenario.area);
      return done(
        0,
        format === 'json'
          ? JSON.stringify(toJsonOffers(inArea), null, 2)
          : renderOfferTable(inArea),
      );
    }

    // fx.json converts the display currency (offers were converted to USD when the catalog
    // loaded); without it figures stay in USD, with a notice.
    const fx = loadFx();
    if (!fx.ok && (scenario.currency ?? 'USD') !== 'USD') err.push(`cost: ${fx.message}`);
    // platform.json: cold starts, state stores, schedulers and limits; without it, none of them.
    const platform = loadPlatform();
    for (const p of platform.problems) err.push(`catalog: ${formatProblem(p)}`);
    const result = evaluateScenario(scenario, catalog.offers, { platform: platform.platform });
    const horizon = scenario.horizon;
    const display = moneyFor(scenario.currency, fx.ok ? fx.rates : undefined);
    if (display.notice) err.push(`cost: --currency: ${display.notice}`);
    for (const r of result.results)
      if (!r.available && format === 'json')
        err.push(
          `cost: ${r.offerId} is not priced here: ${statusText(r, display.money) ?? 'unavailable'}`,
        );
    if (format === 'table') {
      const table = renderTable(scenario, result, horizon, display.money);
      // A scheduled job gets its one-sentence verdict under the table.
      const timer =
        flags.preset !== undefined
          ? `\n\n${timerVerdictText(scenario, timerVerdict(result), display.money)}`
          : '';
      const imported = traffic ? `${trafficText(traffic)}\n\n` : '';
      return done(0, imported + table + timer);
    }
    const document = resultsDocument(scenario, result, display.money);
    const report = traffic ? { ...document, traffic: trafficJson(traffic) } : document;
    const bad = findNonFinite(report);
    if (bad) {
      err.push(`cost: internal error: the engine returned a non-finite number at ${bad}`);
      return done(1, '');
    }
    return done(0, JSON.stringify(report, null, 2));
  } catch (e) {
    if (e instanceof UsageError) {
      err.push(...e.message.split('\n').map((l) => `cost: ${l}`));
      return done(2, '');
    }
    err.push(`cost: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.BREAKEVEN_DEBUG && e instanceof Error && e.stack) err.push(e.stack);
    return done(1, '');
  }
}
