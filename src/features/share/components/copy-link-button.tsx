import { useState } from 'react';
import { shareUrl } from '../url-sync.ts';

/** Copies the link to this exact scenario. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={async () => {
          const url = shareUrl();
          history.replaceState(history.state, '', url);
          try {
            await navigator.clipboard.writeText(url);
            setState('copied');
          } catch {
            setState('failed');
          }
          setTimeout(() => setState('idle'), 2500);
        }}
      >
        Copy link
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied'
          ? 'Link copied'
          : state === 'failed'
            ? 'Could not copy: the link is in the address bar'
            : ''}
      </span>
      {state !== 'idle' ? (
        <span className="toast" aria-hidden="true">
          {state === 'copied' ? 'Link copied' : 'Copy the address bar instead'}
        </span>
      ) : null}
    </>
  );
}
