import type { Dash, Marker } from '../palette.ts';
import { MarkerShape } from './marker-shape.tsx';

/**
 * An offer's look in small, as its line carries it on the charts: colour, dash (dashed again for
 * an estimate, components.css) and marker. The charts' legend and the results table draw it.
 */
export function LineKey({
  color,
  marker,
  dash,
  estimate,
  className,
}: {
  color: string;
  marker: Marker;
  dash: Dash;
  estimate: boolean;
  className?: string;
}) {
  return (
    <svg className={className} width="28" height="12" aria-hidden="true">
      <line
        className={`key-line${dash === 'dotted' ? ' line-dotted' : ''}${estimate ? ' line-estimate' : ''}`}
        x1="1"
        x2="27"
        y1="6"
        y2="6"
        stroke={color}
        strokeWidth="2"
      />
      <MarkerShape shape={marker} cx={14} cy={6} color={color} size={3.5} />
    </svg>
  );
}
