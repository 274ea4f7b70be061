// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

afterEach(cleanup);

let broken = true;
function Chart() {
  if (broken) throw new Error('x.map is not a function');
  return <p>chart drawn</p>;
}

describe('ErrorBoundary', () => {
  it('keeps a render error inside its panel, says what failed, and can retry', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <main>
        <p>verdict still here</p>
        <ErrorBoundary what="The break-even chart">
          <Chart />
        </ErrorBoundary>
      </main>,
    );
    expect(screen.getByText('verdict still here')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The break-even chart could not be shown.');
    expect(alert.textContent).toContain('x.map is not a function');
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeTruthy();
    quiet.mockRestore();
    warn.mockRestore();
  });
});
