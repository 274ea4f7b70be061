import { lazy, Suspense, useRef, useState } from 'react';

// The dialog, the parsers and the worker load on first use: they stay out of the first load.
const ImportDialog = lazy(() => import('./import-dialog.tsx'));

/** "Import traffic…": derive the workload from a metrics export or an access log. */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn import-traffic"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Import traffic…
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ImportDialog
            onClose={() => {
              setOpen(false);
              setTimeout(() => button.current?.focus(), 0);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
