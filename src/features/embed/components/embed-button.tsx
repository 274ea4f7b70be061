import { lazy } from 'react';
import { LazyDialogButton } from '../../../lib/ui/lazy-dialog-button.tsx';

// The dialog (preview, snippet, options) loads on first use: it stays out of the first load.
const EmbedDialog = lazy(() => import('./embed-dialog.tsx'));

/** The header's Embed button: opens a dialog with a live preview and a ready <iframe> snippet. */
export function EmbedButton() {
  return <LazyDialogButton dialog={EmbedDialog}>Embed</LazyDialogButton>;
}
