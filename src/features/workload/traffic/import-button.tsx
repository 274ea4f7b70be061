import { lazy } from 'react';
import { LazyDialogButton } from '../../../lib/ui/lazy-dialog-button.tsx';

// The dialog, the parsers and the worker load on first use: they stay out of the first load.
const ImportDialog = lazy(() => import('./import-dialog.tsx'));

/** "Import traffic…": derive the workload from a metrics export or an access log. */
export function ImportButton() {
  return (
    <LazyDialogButton dialog={ImportDialog} className="btn import-traffic">
      Import traffic…
    </LazyDialogButton>
  );
}
