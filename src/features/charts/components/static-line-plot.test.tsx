// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaticLinePlot, type StaticLinePlotProps } from './static-line-plot.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

beforeEach(() => {
  // jsdom lays nothing out: the box is 376 × 200 px, as the widget's chart box at 400 px wide.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: 376,
    height: 200,
  } as DOMRect);
});

const props: StaticLinePlotProps = {
  margin: { top: 12, right: 16, bottom: 4, left: 4 },
  yAxisWidth: 56,
  xDomain: [0, 730],
  xTicks: [0, 365, 730],
  xLabel: (v) => `h${v}`,
  yTicks: [0, 10, 20],
  yLabel: (v) => `$${v}`,
  lines: [
    {
      id: 'server',
      color: '#be185d',
      estimate: false,
      points: [
        { x: 0, y: 0 },
        { x: 730, y: 20 },
      ],
    },
    {
      id: 'faas',
      color: '#0e7490',
      estimate: true,
      dotted: true,
      points: [
        { x: 0, y: 0 },
        { x: 365, y: 0 },
        { x: 730, y: 5 },
      ],
    },
  ],
  markers: [
    { key: 'in', x: 365, y: 10, shape: 'square', color: '#be185d' },
    { key: 'above', x: 365, y: 30, shape: 'circle', color: '#be185d' },
  ],
  rings: [{ key: 'runout', x: 365, y: 0, color: '#0e7490' }],
};

describe('StaticLinePlot', () => {
  // The plot area, as Recharts lays it out: x from 4 + 56 = 60 to 376 − 16 = 360 (300 px for 730
  // hours); y from 12 down to 200 − 4 − 30 (the x axis) = 166 (154 px for $20).
  it('draws each line through its points on the plot area, in its dash, dashed again when an estimate', () => {
    const { container } = render(<StaticLinePlot {...props} />);
    const paths = [...container.querySelectorAll('path.static-line')];
    // $0 at hour 0 → (60, 166); $20 at hour 730 → (360, 12).
    expect(paths[0]?.getAttribute('d')).toBe('M60,166L360,12');
    expect(paths[0]?.getAttribute('class')).toBe('static-line series-server');
    // Hour 365 → 60 + 300 / 2 = 210; $5 → 166 − 154 / 4 = 127.5.
    expect(paths[1]?.getAttribute('d')).toBe('M60,166L210,166L360,127.5');
    expect(paths[1]?.getAttribute('class')).toBe(
      'static-line static-line-estimate static-line-dotted series-faas',
    );
  });

  it('labels every tick: x below the axis, y left of it', () => {
    const { container } = render(<StaticLinePlot {...props} />);
    const labels = [...container.querySelectorAll('text.static-tick-value')];
    expect(labels.map((t) => t.textContent)).toEqual(['h0', 'h365', 'h730', '$0', '$10', '$20']);
    // x labels 6 px (tick) + 2 px below the axis at 166; y labels 8 px left of the axis at 60.
    expect(labels[1]?.getAttribute('x')).toBe('210');
    expect(labels[1]?.getAttribute('y')).toBe('174');
    expect(labels[4]?.getAttribute('x')).toBe('52');
    expect(labels[4]?.getAttribute('y')).toBe('89'); // $10 → 166 − 154 / 2
  });

  it('draws markers and rings inside the plot only', () => {
    const { container } = render(<StaticLinePlot {...props} />);
    // The square at ($10, hour 365) is drawn 9 px wide around (210, 89); the one at $30 is above
    // the $20 top and is left out.
    const squares = container.querySelectorAll('rect');
    expect(squares).toHaveLength(1);
    expect(squares[0]?.getAttribute('x')).toBe('205.5');
    expect(squares[0]?.getAttribute('y')).toBe('84.5');
    expect(container.querySelectorAll('circle:not(.ring)')).toHaveLength(0);
    const ring = container.querySelector('circle.ring');
    expect([ring?.getAttribute('cx'), ring?.getAttribute('cy')]).toEqual(['210', '166']);
  });

  it('draws nothing until its box has a size', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 0,
      height: 0,
    } as DOMRect);
    const { container } = render(<StaticLinePlot {...props} />);
    expect(container.querySelector('svg')).toBeNull();
  });

  // The break-even chart's axes: both log. x from 100 to 10¹² is ten decades over 300 px (30 px a
  // decade, from 60); y from $0.01 to $100 is four decades over 154 px (38.5 px a decade, up from 166).
  const logProps: StaticLinePlotProps = {
    ...props,
    xScale: 'log',
    xDomain: [100, 1e12],
    xTicks: [1e2, 1e6, 1e12],
    yScale: 'log',
    yDomain: [0.01, 100],
    yTicks: [0.01, 1, 100, 10_000],
    yGrid: [1],
    lines: [
      {
        id: 'faas',
        color: '#0e7490',
        estimate: false,
        // No cost at 10⁴ (the sweep left it out): the line joins its neighbours.
        points: [
          { x: 100, y: 0.01 },
          { x: 1e4, y: undefined },
          { x: 1e6, y: 1 },
        ],
      },
    ],
    markers: [],
    rings: [],
  };

  it('draws log axes linear in the logarithm, joining over a missing point', () => {
    const { container } = render(<StaticLinePlot {...logProps} />);
    // 10⁶ is four decades from 100 → 60 + 4 × 30 = 180; $1 is two decades up → 166 − 77 = 89.
    expect(container.querySelector('path.static-line')?.getAttribute('d')).toBe('M60,166L180,89');
    // The y grid line at $1, across the plot.
    const grid = [...container.querySelectorAll('.grid line')].map((l) =>
      ['x1', 'x2', 'y1', 'y2'].map((a) => l.getAttribute(a)).join(' '),
    );
    expect(grid).toContain('60 360 89 89');
    // Every tick is labelled, $10k too, above the $100 top (six decades up: 166 − 231 = −65), as
    // Recharts draws a tick past the domain.
    const labels = [...container.querySelectorAll('text.static-tick-value')];
    expect(labels.map((t) => t.textContent)).toEqual([
      'h100',
      'h1000000',
      'h1000000000000',
      '$0.01',
      '$1',
      '$100',
      '$10000',
    ]);
    expect(labels[6]?.getAttribute('y')).toBe('-65');
  });

  it('labels the vertical line on its right, or on its left near the plot’s right edge', () => {
    // "Your workload" is 13 characters, about 84.5 px at 12 px.
    const at = (x: number) =>
      render(
        <StaticLinePlot {...logProps} vertical={{ x, label: 'Your workload' }} />,
      ).container.querySelector('.workload-line text');
    // 10⁶ → 180: 180 + 4 + 84.5 = 268.5 fits before 360, so the label starts at 184.
    const right = at(1e6);
    expect([right?.getAttribute('x'), right?.getAttribute('text-anchor')]).toEqual(['184', null]);
    cleanup();
    // 10¹¹ → 60 + 9 × 30 = 330: it would run past 360, so it ends at 326.
    const left = at(1e11);
    expect([left?.getAttribute('x'), left?.getAttribute('text-anchor')]).toEqual(['326', 'end']);
  });

  it('clips the lines to the plot area when asked', () => {
    const { container } = render(<StaticLinePlot {...logProps} clipLines />);
    const rect = container.querySelector('clipPath rect');
    expect(['x', 'y', 'width', 'height'].map((a) => rect?.getAttribute(a))).toEqual([
      '60',
      '12',
      '300',
      '154',
    ]);
    const id = container.querySelector('clipPath')?.getAttribute('id');
    expect(container.querySelector('path.static-line')?.getAttribute('clip-path')).toBe(
      `url(#${id})`,
    );
  });

  it('answers the pointer with the read-out at the nearest row, as on the page’s Recharts plot', () => {
    // The hover target is the plot area, 300 px wide from x = 60, drawn 376 px wide on screen here
    // (every box measures 376 × 200 in this test).
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 376,
      height: 200,
    } as DOMRect);
    vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 376,
      height: 200,
    } as DOMRect);
    const rows = [
      { hour: 0, server: 0 },
      { hour: 365, server: 10 },
      { hour: 730, server: 20 },
    ];
    const { container } = render(
      <div className="chart-box">
        <StaticLinePlot
          {...props}
          readout={{
            rows,
            xKey: 'hour',
            lines: [{ id: 'server', color: '#be185d' }],
            render: (row) => `hour ${row.hour}: $${row.server}`,
          }}
        />
      </div>,
    );
    const target = container.querySelector('rect.hover-target');
    if (!target) throw new Error('no hover target');
    // 188 px of 376 is halfway: 60 + 150 = 210 px, hour 365's place, so its row is read out.
    fireEvent.pointerMove(target, { clientX: 188, clientY: 100 });
    expect(container.querySelector('.hover-box')?.textContent).toBe('hour 365: $10');
    expect(container.querySelector('.hover-cursor')?.getAttribute('x1')).toBe('210');
    // The dot on the line: $10 is halfway up the 154 px from 166 → 89.
    expect(container.querySelector('.hover-dot')?.getAttribute('cy')).toBe('89');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(container.querySelector('.hover-box')).toBeNull();
  });
});
