import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LineItem, LineKind, OfferResult } from '../../../engine/types.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { formatUsd, formatUsdCompact } from '../../../lib/format.ts';
import { useTheme } from '../../../lib/theme.ts';

const KIND_ORDER: LineKind[] = [
  'instances',
  'compute',
  'requests',
  'provisioned',
  'base-fee',
  'front-door',
  'load-balancer',
  'egress',
  'storage',
  'free-tier',
];
const KIND_LABEL: Record<LineKind, string> = {
  instances: 'Instances',
  compute: 'Compute',
  requests: 'Requests',
  provisioned: 'Provisioned',
  'base-fee': 'Base fee',
  'front-door': 'Front door',
  'load-balancer': 'Load balancer',
  egress: 'Data out',
  storage: 'Storage',
  'free-tier': 'Free tier (credit)',
};
/** Shades per line kind inside each family (same hue family as the offer's lines elsewhere). */
const SHADES = {
  light: {
    faas: [
      '#0e7490',
      '#155e75',
      '#22d3ee',
      '#0891b2',
      '#164e63',
      '#67e8f9',
      '#06b6d4',
      '#0e7490',
      '#a5f3fc',
      '#94a3b8',
    ],
    'always-on': [
      '#c2410c',
      '#9a3412',
      '#fb923c',
      '#ea580c',
      '#7c2d12',
      '#fdba74',
      '#f97316',
      '#c2410c',
      '#fed7aa',
      '#94a3b8',
    ],
  },
  dark: {
    faas: [
      '#22d3ee',
      '#67e8f9',
      '#0e7490',
      '#a5f3fc',
      '#06b6d4',
      '#155e75',
      '#cffafe',
      '#22d3ee',
      '#0891b2',
      '#64748b',
    ],
    'always-on': [
      '#fb923c',
      '#fdba74',
      '#c2410c',
      '#fed7aa',
      '#f97316',
      '#9a3412',
      '#ffedd5',
      '#fb923c',
      '#ea580c',
      '#64748b',
    ],
  },
} as const;

interface Row {
  name: string;
  offer: OfferResult;
  [key: string]: unknown;
}

/** Each offer's bill as stacked line items for the chosen horizon (credits to the left of zero). */
export function BreakdownChart({ calc }: { calc: ReadyCalculation }) {
  const { scenario, result, engine } = calc;
  const theme = useTheme();
  const h = scenario.horizon;
  const shown = result.results.filter((r) => r.available);
  const scaled = new Map<string, LineItem[]>(
    shown.map((r) => [r.offerId, engine.scaleLines(r.lines, h)]),
  );
  // One bar segment per line kind present; an offer with two lines of one kind gets one per line.
  const keys: { key: string; kind: LineKind }[] = [];
  const rows: Row[] = shown.map((r) => {
    const row: Row = { name: r.label, offer: r };
    const perKind = new Map<LineKind, number>();
    for (const l of scaled.get(r.offerId) ?? []) {
      const n = perKind.get(l.kind) ?? 0;
      perKind.set(l.kind, n + 1);
      const key = `${l.kind}#${n}`;
      row[key] = l.usd;
      row[`${key}:label`] = l.label;
      if (!keys.some((k) => k.key === key)) keys.push({ key, kind: l.kind });
    }
    return row;
  });
  keys.sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.key.localeCompare(b.key),
  );
  const height = Math.max(160, rows.length * 44 + 48);
  const kindsPresent = [...new Set(keys.map((k) => k.kind))];

  return (
    <section className="card chart-card" aria-labelledby="bd-title">
      <h2 id="bd-title">What each bill is made of</h2>
      <p className="hint">Line items per {h}, stacked. Free-tier credits sit left of zero.</p>
      <div
        className="chart-box"
        style={{ height }}
        role="img"
        aria-label={`Stacked line items per ${h} for ${rows.length} offers; the same items are listed in the table below.`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            stackOffset="sign"
            margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="2 4" horizontal={false} className="grid" />
            <XAxis type="number" tickFormatter={(v: number) => formatUsdCompact(v)} />
            <YAxis
              type="category"
              dataKey="name"
              width={150}
              tick={{ fontSize: 12 }}
              interval={0}
            />
            <ReferenceLine x={0} stroke="currentColor" />
            <Tooltip
              cursor={{ fillOpacity: 0.08 }}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as Row | undefined;
                if (!active || !row) return null;
                const lines = scaled.get(row.offer.offerId) ?? [];
                return (
                  <div className="chart-tooltip">
                    <p>
                      {row.name}: {formatUsd(row.offer.totals[h])} a {h}
                    </p>
                    <ol>
                      {lines.map((l) => (
                        <li key={l.id}>
                          <span>{l.label}</span>
                          <span className="money">{formatUsd(l.usd)}</span>
                        </li>
                      ))}
                    </ol>
                  </div>
                );
              }}
            />
            {keys.map((k) => (
              <Bar
                key={k.key}
                dataKey={k.key}
                stackId="bill"
                isAnimationActive={false}
                name={KIND_LABEL[k.kind]}
              >
                {rows.map((row) => (
                  <Cell
                    key={row.offer.offerId}
                    fill={SHADES[theme][row.offer.family][KIND_ORDER.indexOf(k.kind)] ?? '#888'}
                    stroke="var(--bg, #fff)"
                  />
                ))}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="legend" aria-hidden="true">
        {kindsPresent.map((k) => (
          <li key={k}>
            <svg width="22" height="12">
              <rect
                x="0"
                y="1"
                width="10"
                height="10"
                fill={SHADES[theme].faas[KIND_ORDER.indexOf(k)]}
              />
              <rect
                x="11"
                y="1"
                width="10"
                height="10"
                fill={SHADES[theme]['always-on'][KIND_ORDER.indexOf(k)]}
              />
            </svg>
            {KIND_LABEL[k]}
          </li>
        ))}
      </ul>
      <details className="chart-summary">
        <summary>Line items as a table</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Line items of each offer per {h}</caption>
            <thead>
              <tr>
                <th scope="col">Offer and item</th>
                <th scope="col">Per {h}</th>
              </tr>
            </thead>
            <tbody>
              {shown.flatMap((r) => [
                <tr key={r.offerId}>
                  <th scope="row">
                    <strong>{r.label}</strong>
                  </th>
                  <td>
                    <strong>{formatUsd(r.totals[h])}</strong>
                  </td>
                </tr>,
                ...(scaled.get(r.offerId) ?? []).map((l) => (
                  <tr key={`${r.offerId}-${l.id}`}>
                    <th scope="row">&nbsp;&nbsp;{l.label}</th>
                    <td>{formatUsd(l.usd)}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
