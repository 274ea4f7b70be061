// @vitest-environment jsdom
import { lazy, Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { renderStatic } from './static-markup.ts';

describe('renderStatic', () => {
  it('shows a Suspense fallback for a component whose code is not in', () => {
    const Later = lazy(() => new Promise<{ default: () => null }>(() => undefined));
    const box = document.createElement('p');
    box.appendChild(
      renderStatic(
        <Suspense fallback="a, b">
          <Later />
        </Suspense>,
      ),
    );
    expect(box.outerHTML).toBe('<p>a, b</p>');
  });

  it('keeps what React DOM writes: classes, labels, aria and data booleans, a selected option', () => {
    const box = document.createElement('div');
    box.appendChild(
      renderStatic(
        <>
          <label htmlFor="c" className="l">
            Show in
          </label>
          <select id="c" value="EUR" onChange={() => undefined}>
            <option value="USD">USD</option>
            <option value="EUR">EUR</option>
          </select>
          <section data-ready={false} aria-busy={undefined} hidden>
            {0}
            {null}
            {false}
          </section>
        </>,
      ),
    );
    expect(box.innerHTML).toBe(
      '<label for="c" class="l">Show in</label><select id="c"><option value="USD">USD</option>' +
        '<option value="EUR" selected="">EUR</option></select><section data-ready="false" hidden="">0</section>',
    );
  });
});
