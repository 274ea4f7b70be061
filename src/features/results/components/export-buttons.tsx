import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';

// The menu's items and the export code load when the menu first opens, not with the page.
const ExportMenu = lazy(() => import('./export-menu.tsx'));

/** One "Export" button opening CSV, JSON and a one-page printed report. */
export function ExportButtons() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportMenu id={id} close={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
