/**
 * The widget's query string: every parameter of the app (decoded by the app's codec, with the same
 * notices), plus its own keys, read the same way. A bad value costs only that key, which keeps its
 * default and yields a notice naming it.
 *
 * - `theme=light|dark|auto` (default auto: follows the reader's system);
 * - `offers=id,id,…`: the offers compared (the widget has no offer picker; `p` works too);
 * - `controls=n,m,d,mem,c,pat,h,cur,chart` (or `none`): what the reader may change, named by the
 *   app's own keys (`cur` the display currency), plus `chart` for the chart switch;
 * - `lock=1`: a read-only figure, no controls at all (the currency included);
 * - `chart=time|breakeven`: the chart shown first.
 */
import {
  bool,
  decodeScenario,
  oneOf,
  read,
  type Check,
  type CodecNotice,
  type Decoded,
} from '../../url/codec.ts';
import { EMBED_THEMES, type EmbedTheme } from './embed-theme.ts';

export const CONTROL_KEYS = ['n', 'm', 'd', 'mem', 'c', 'pat', 'h', 'cur', 'chart'] as const;
export type ControlKey = (typeof CONTROL_KEYS)[number];
/**
 * The workload sentence, the horizon, the currency and the chart switch: enough to play, small
 * enough to embed.
 */
export const DEFAULT_CONTROLS: readonly ControlKey[] = ['n', 'm', 'd', 'mem', 'h', 'cur', 'chart'];

export type EmbedChart = 'time' | 'breakeven';

export interface EmbedOptions {
  theme: EmbedTheme;
  /** What the reader may change; empty when locked. */
  controls: ReadonlySet<ControlKey>;
  lock: boolean;
  chart: EmbedChart;
}

export interface EmbedDecoded extends Decoded {
  options: EmbedOptions;
}

const controlList: Check<ControlKey[]> = (raw) => {
  if (raw === '' || raw === 'none') return { ok: true, value: [] };
  const keys = raw.split(',');
  const bad = keys.filter((k) => !(CONTROL_KEYS as readonly string[]).includes(k));
  if (bad.length > 0)
    return {
      ok: false,
      reason: `${bad.map((k) => `"${k}"`).join(', ')} ${bad.length === 1 ? 'is not a control' : 'are not controls'} (use ${CONTROL_KEYS.join(', ')} or none)`,
    };
  return { ok: true, value: keys as ControlKey[] };
};

/** Query string → scenario (the app's codec), widget options and every notice. */
export function decodeEmbed(search: string): EmbedDecoded {
  const q = new URLSearchParams(search);
  // `offers` is the widget's name for the app's `p`: read as `p`, reported as `offers`.
  const viaOffers = q.has('offers');
  if (viaOffers) {
    q.delete('p');
    for (const v of new URLSearchParams(search).getAll('offers')) q.append('p', v);
    q.delete('offers');
  }
  const { scenario, notices: codecNotices } = decodeScenario(q);
  const notices: CodecNotice[] = codecNotices.map((n) =>
    viaOffers && n.param === 'p' ? { ...n, param: 'offers' } : n,
  );
  const theme = read(q, 'theme', 'theme', oneOf(EMBED_THEMES), notices);
  const lock = read(q, 'lock', 'read-only', bool, notices);
  const controls = read(q, 'controls', 'controls', controlList, notices);
  const chart = read(q, 'chart', 'chart', oneOf(['time', 'breakeven'] as const), notices);
  const locked = lock.found && lock.value;
  return {
    scenario,
    notices,
    options: {
      theme: theme.found ? theme.value : 'auto',
      lock: locked,
      controls: new Set(locked ? [] : controls.found ? controls.value : DEFAULT_CONTROLS),
      chart: chart.found ? chart.value : 'time',
    },
  };
}

/** The widget's own keys for a set of options, left out at their defaults (for the Embed dialog). */
export function encodeEmbedOptions(o: Partial<EmbedOptions>): URLSearchParams {
  const q = new URLSearchParams();
  if (o.theme && o.theme !== 'auto') q.set('theme', o.theme);
  if (o.lock) q.set('lock', '1');
  else if (o.controls) {
    const list = CONTROL_KEYS.filter((k) => o.controls?.has(k));
    if (list.join(',') !== DEFAULT_CONTROLS.join(','))
      q.set('controls', list.length === 0 ? 'none' : list.join(','));
  }
  if (o.chart && o.chart !== 'time') q.set('chart', o.chart);
  return q;
}
