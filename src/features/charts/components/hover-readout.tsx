import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { ReadoutLayer, type ReadoutProps } from './readout-layer.tsx';

/**
 * The hover read-out (readout-layer.tsx) inside a Recharts chart, on the chart's own scales and
 * plot area. Render it after the lines, so its cursor and dots sit on top.
 */
export function HoverReadout(props: ReadoutProps) {
  const scale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!scale || !yScale || !area) return null;
  return <ReadoutLayer {...props} scale={scale} yScale={yScale} area={area} />;
}
