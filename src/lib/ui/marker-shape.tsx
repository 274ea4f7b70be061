import type { Marker } from '../palette.ts';

/** A small marker shape so offers are told apart without colour. */
export function MarkerShape({
  shape,
  cx,
  cy,
  color,
  size = 4.5,
}: {
  shape: Marker;
  cx: number;
  cy: number;
  color: string;
  size?: number;
}) {
  const s = size;
  const common = { fill: color, stroke: 'var(--bg, #fff)', strokeWidth: 1 };
  switch (shape) {
    case 'square':
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} {...common} />;
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - s * 1.2} ${cx + s * 1.1},${cy + s} ${cx - s * 1.1},${cy + s}`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - s * 1.3} ${cx + s * 1.3},${cy} ${cx},${cy + s * 1.3} ${cx - s * 1.3},${cy}`}
          {...common}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx + s},${cy - s}L${cx - s},${cy + s}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    case 'star':
      return (
        <polygon
          points={[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
            .map((i) => {
              const r = i % 2 === 0 ? s * 1.4 : s * 0.6;
              const a = (Math.PI / 5) * i - Math.PI / 2;
              return `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
            })
            .join(' ')}
          {...common}
        />
      );
    case 'triangle-down':
      return (
        <polygon
          points={`${cx},${cy + s * 1.2} ${cx + s * 1.1},${cy - s} ${cx - s * 1.1},${cy - s}`}
          {...common}
        />
      );
    case 'plus':
      return (
        <path
          d={`M${cx - s * 1.2},${cy}L${cx + s * 1.2},${cy}M${cx},${cy - s * 1.2}L${cx},${cy + s * 1.2}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    case 'hexagon':
      return (
        <polygon
          points={[0, 1, 2, 3, 4, 5]
            .map((i) => {
              const a = (Math.PI / 3) * i;
              return `${cx + s * 1.15 * Math.cos(a)},${cy + s * 1.15 * Math.sin(a)}`;
            })
            .join(' ')}
          {...common}
        />
      );
    case 'wye':
      return (
        <path
          d={`M${cx},${cy}L${cx},${cy - s * 1.3}M${cx},${cy}L${cx + s * 1.1},${cy + s * 0.7}M${cx},${cy}L${cx - s * 1.1},${cy + s * 0.7}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}
