/**
 * The CLI as a function: argv in, exit code and text out. scripts/cost.ts only wires it to the
 * process, so tests can run it in-process as well as spawned.
 * Exit codes: 0 ok; 1 nothing to price or an internal error; 2 a bad flag, value or file.
 */
import { formatProblem } from '../../src/catalog/parse.ts';
import { evaluateScenario } from '../../src/engine/evaluate.ts';
import { timerVerdict } from '../../src/engine/timers.ts';
import { parseChoice, parseFlags, scenarioFromFlags, UsageError } from './cli-scenario.ts';
import type { Offer } from '../../src/catalog/schema.ts';
import type { Platform } from '../../src/catalog/platform.ts';
import type { Scenario } from '../../src/engine/scenario.ts';
import { flagHelp, FORMATS } from './cli-flags.ts';
import {
  findNonFinite,
  renderCompare,
  renderOfferTable,
  renderTable,
  toJsonOffers,
} from './cost-output.ts';
import { encodeScenario } from '../../src/url/codec.ts';
import type { ScenarioResult } from '../../src/engine/types.ts';
import type { Money } from '../../src/describe/format.ts';
import { resultsDocument, type DocumentExtras } from '../../src/lib/results-document.ts';
import { growthSeries, requestsInMonth } from '../../src/engine/growth.ts';
import { noSpread } from '../../src/engine/ranges.ts';
import { spreadAnalysis } from '../../src/engine/robustness.ts';
import { MAX_REQUESTS_PER_MONTH, requestsPerMonthOf } from '../../src/engine/scenario.ts';
import { applyChanges } from '../../src/url/compare.ts';
import { growthSentence, verdictRobustness } from '../../src/describe/ranges.ts';
import { readShareUrl } from './cli-scenario.ts';
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
  npm run -s cost -- --list-offers --format json
  npm run -s cost -- --spread traffic=50,duration=30 --growth 10 --months 24 --format json
  npm run -s cost -- --url "https://…/?v=1&n=1000&m=5" --compare "?mem=1024&a=europe"`;

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

    const { scenario, notices, traffic, spreadsApply, compareChanges } = scenarioFromFlags(
      flags,
      catalog.offers,
    );
    // --growth/--months, or a --url link's gr/gm: the scenario's growth group.
    const growth = scenario.growth
      ? { monthlyGrowthPct: scenario.growth.monthlyPct, months: scenario.growth.months }
      : null;
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
    const extras = documentExtras(scenario, catalog.offers, platform.platform, {
      spreadsApply,
      compareChanges,
      compareUrl: flags.compare,
      growth,
      err,
    });
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
      return done(0, imported + table + timer + extrasText(result, extras, display.money));
    }
    const document = resultsDocument(scenario, result, display.money, extras);
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

/**
 * What the flags add to the results: cost ranges and robustness (when spreads apply), scenario B
 * (`--compare URL`, or a --url link's `b.` parameters) and growth (`--growth`).
 */
function documentExtras(
  scenario: Scenario,
  offers: readonly Offer[],
  platform: Platform | undefined,
  opts: {
    spreadsApply: boolean;
    compareChanges: string | null;
    compareUrl: string | undefined;
    growth: { monthlyGrowthPct: number; months: number } | null;
    err: string[];
  },
): DocumentExtras {
  const extras: DocumentExtras = {};
  if (opts.spreadsApply && !noSpread(scenario.spread))
    extras.spreads = spreadAnalysis(scenario, offers, { platform });
  const offerIds = new Set(offers.map((o) => o.id));
  let changes: { text: string; version: number; flag: string } | null = null;
  if (opts.compareUrl !== undefined) {
    const link = readShareUrl(opts.compareUrl, offerIds, 'compare');
    const q = new URLSearchParams(link.search);
    // A link without `v` is from before versions (v0), as the page reads it.
    const version = q.has('v') ? Number(q.get('v')) : [...q.keys()].length > 0 ? 0 : 1;
    changes = {
      text: q.toString(),
      version: Number.isFinite(version) ? version : 1,
      flag: 'compare',
    };
  } else if (opts.compareChanges !== null)
    changes = { text: opts.compareChanges, version: 1, flag: 'url' };
  if (changes) {
    const b = applyChanges(scenario, changes.text, { offerIds, version: changes.version });
    for (const n of b.notices) {
      const param = changes.flag === 'compare' ? n.param.replace(/^b\./, '') : n.param;
      opts.err.push(
        `cost: --${changes.flag}: ${param} (${n.field}): ${n.reason} (ignored, as on the page)`,
      );
    }
    extras.compare = {
      scenario: b.scenario,
      result: evaluateScenario(b.scenario, offers, { platform }),
    };
  }
  if (opts.growth) {
    const today = requestsPerMonthOf(scenario.workload);
    const last = requestsInMonth(today, opts.growth.monthlyGrowthPct, opts.growth.months);
    if (last > MAX_REQUESTS_PER_MONTH)
      throw new UsageError(
        `--growth: ${opts.growth.monthlyGrowthPct}% a month for ${opts.growth.months} months reaches ${last.toExponential(2)} requests a month; the most is 10^12 (fewer --months or a lower rate)`,
      );
    extras.growth = growthSeries(scenario, offers, { platform, ...opts.growth });
  }
  return extras;
}

/** The table's closing part: robustness (as the page words it), scenario B beside A, growth. */
function extrasText(result: ScenarioResult, extras: DocumentExtras, money: Money): string {
  const out: string[] = [];
  const a = extras.spreads;
  if (a) {
    const words = verdictRobustness(a.robustness, a.spread);
    if (words) out.push(words.text);
  }
  if (extras.compare)
    out.push(
      renderCompare(result, extras.compare, `?${encodeScenario(extras.compare.scenario)}`, money),
    );
  if (extras.growth) out.push(growthSentence(extras.growth));
  return out.length > 0 ? `\n\n${out.join('\n\n')}` : '';
}
