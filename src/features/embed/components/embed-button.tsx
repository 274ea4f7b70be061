import { lazy, Suspense, useRef, useState } from 'react';

// The dialog (preview, snippet, options) loads on first use: it stays out of the first load.
const EmbedDialog = lazy(() => import('./embed-dialog.tsx'));

/** The header's Embed button: opens a dialog with a live preview and a ready <iframe> snippet. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Embed
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog
            onClose={() => {
              setOpen(false);
              // The dialog unmounts as it closes, before the browser could give focus back; the
              // page is inert until then, so focus the button in the next task.
              setTimeout(() => button.current?.focus(), 0);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
