// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyDialogButton } from './lazy-dialog-button.tsx';

afterEach(cleanup);

let loads = 0;
const Dialog = lazy(async () => {
  loads += 1;
  return {
    default: ({ onClose }: { onClose: () => void }) => (
      <div role="dialog" aria-label="Options">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    ),
  };
});

describe('LazyDialogButton', () => {
  it('loads its dialog only when pressed, and gives focus back when it closes', async () => {
    const user = userEvent.setup();
    render(<LazyDialogButton dialog={Dialog}>Options…</LazyDialogButton>);
    const opener = screen.getByRole('button', { name: 'Options…' });
    expect(opener.getAttribute('aria-haspopup')).toBe('dialog');
    expect(opener.className).toBe('btn');
    expect(loads).toBe(0);

    await user.click(opener);
    expect(await screen.findByRole('dialog', { name: 'Options' })).toBeTruthy();
    expect(loads).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('keeps the class it is given', () => {
    render(
      <LazyDialogButton dialog={Dialog} className="btn import-traffic">
        Import traffic…
      </LazyDialogButton>,
    );
    expect(screen.getByRole('button', { name: 'Import traffic…' }).className).toBe(
      'btn import-traffic',
    );
  });
});
