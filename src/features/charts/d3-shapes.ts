/**
 * d3-shape as Recharts sees it in the build (vite.config.ts, `chartD3Subsets`): the straight line
 * it draws an offer's series with, and nothing else.
 *
 * Recharts keeps every curve, symbol and stack offset in lookup tables by name, so the bundler
 * keeps them all (about 2.5 kB gzip) although the charts draw `type="linear"` lines with no dots,
 * no legend icons and no stacks. The names Recharts imports still exist here, so its tables build;
 * drawing with one of them fails with this message. d3-subsets.test.ts checks what the charts ask
 * for.
 */
export { curveLinear, line } from 'victory-vendor/d3-shape';

function notShipped(name: string) {
  return (): never => {
    throw new Error(
      `chart shape: ${name} is not shipped; add it to src/features/charts/d3-shapes.ts`,
    );
  };
}

// Areas: Recharts' <Area> and a <Line> with a baseLine, neither drawn here.
export const area = notShipped('area');
export const curveBasis = notShipped('curveBasis');
export const curveBasisClosed = notShipped('curveBasisClosed');
export const curveBasisOpen = notShipped('curveBasisOpen');
export const curveBumpX = notShipped('curveBumpX');
export const curveBumpY = notShipped('curveBumpY');
export const curveLinearClosed = notShipped('curveLinearClosed');
export const curveMonotoneX = notShipped('curveMonotoneX');
export const curveMonotoneY = notShipped('curveMonotoneY');
export const curveNatural = notShipped('curveNatural');
export const curveStep = notShipped('curveStep');
export const curveStepAfter = notShipped('curveStepAfter');
export const curveStepBefore = notShipped('curveStepBefore');
export const symbol = notShipped('symbol');
export const symbolCircle = notShipped('symbolCircle');
export const symbolCross = notShipped('symbolCross');
export const symbolDiamond = notShipped('symbolDiamond');
export const symbolSquare = notShipped('symbolSquare');
export const symbolStar = notShipped('symbolStar');
export const symbolTriangle = notShipped('symbolTriangle');
export const symbolWye = notShipped('symbolWye');
export const stack = notShipped('stack');
export const stackOffsetExpand = notShipped('stackOffsetExpand');
export const stackOffsetNone = notShipped('stackOffsetNone');
export const stackOffsetSilhouette = notShipped('stackOffsetSilhouette');
export const stackOffsetWiggle = notShipped('stackOffsetWiggle');
export const stackOrderNone = notShipped('stackOrderNone');
