import { Suspense, useRef, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A button that opens a dialog whose code loads on first use (pass a `lazy()` component, so it
 * stays out of the first load). The dialog unmounts as it closes, before the browser could give
 * focus back, and the page is inert until then: so the button takes focus in the next task.
 */
export function LazyDialogButton({
  dialog: Dialog,
  className = 'btn',
  children,
}: {
  dialog: ComponentType<{ onClose: () => void }>;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {children}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <Dialog
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
