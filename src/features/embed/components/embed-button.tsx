import { lazy, Suspense, useState } from 'react';

// The dialog (preview, snippet, options) loads on first use: it stays out of the first load.
const EmbedDialog = lazy(() => import('./embed-dialog.tsx'));

/** The header's Embed button: opens a dialog with a live preview and a ready <iframe> snippet. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Embed
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
