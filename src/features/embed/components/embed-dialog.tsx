import { useEffect, useId, useRef, useState } from 'react';
import { useScenarioStore } from '../../../state/scenario-store.ts';
import { encodeScenario } from '../../../url/codec.ts';
import { encodeEmbedOptions, type EmbedChart } from '../embed-params.ts';
import type { EmbedTheme } from '../embed-theme.ts';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from '../snippet.ts';
import { widgetUrl } from '../urls.ts';
import './embed-dialog.css';

/** The widget's address for the current scenario and the chosen options. */
function useWidgetSrc(theme: EmbedTheme, chart: EmbedChart, lock: boolean): string {
  const scenario = useScenarioStore((s) => s.scenario);
  const q = new URLSearchParams(encodeScenario(scenario));
  for (const [k, v] of encodeEmbedOptions({ theme, chart, lock })) q.set(k, v);
  return widgetUrl(q.toString());
}

/**
 * A modal <dialog>: options, a live preview of the widget (same origin, sized by its own resize
 * messages) and the snippet to paste, with a copy button.
 */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const id = useId();
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [chart, setChart] = useState<EmbedChart>('time');
  const [lock, setLock] = useState(false);
  const [script, setScript] = useState(true);
  const [height, setHeight] = useState(DEFAULT_EMBED_HEIGHT);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const src = useWidgetSrc(theme, chart, lock);
  const snippet = embedSnippet({
    src,
    script: script ? new URL('embed.js', window.location.href).href : undefined,
  });

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  // The preview posts its height like any embed; accept it only from that frame.
  useEffect(() => {
    const onMessage = (e: MessageEvent<unknown>) => {
      const data = e.data as { type?: unknown; height?: unknown } | null;
      if (e.source !== preview.current?.contentWindow || e.origin !== window.location.origin)
        return;
      if (data?.type === 'breakeven:resize' && typeof data.height === 'number')
        setHeight(Math.min(4000, Math.max(120, data.height)));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2500);
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Embed this calculator</h2>
        <button type="button" className="btn" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      <p className="hint">
        Paste this into your page. Readers can change the workload in place and see the verdict
        update; it opens with the scenario you have now.
      </p>
      <div className="ed-options">
        <span className="ed-field">
          <label htmlFor={`${id}-theme`}>Theme</label>
          <select
            id={`${id}-theme`}
            value={theme}
            onChange={(e) => setTheme(e.target.value as EmbedTheme)}
          >
            <option value="auto">Follow the reader’s system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </span>
        <span className="ed-field">
          <label htmlFor={`${id}-chart`}>Chart</label>
          <select
            id={`${id}-chart`}
            value={chart}
            onChange={(e) => setChart(e.target.value as EmbedChart)}
          >
            <option value="time">Cost over time</option>
            <option value="breakeven">Break-even</option>
          </select>
        </span>
        <label className="check">
          <input type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />{' '}
          Read-only figure
        </label>
        <label className="check">
          <input type="checkbox" checked={script} onChange={(e) => setScript(e.target.checked)} />{' '}
          Auto-height script
        </label>
      </div>
      <label htmlFor={`${id}-code`} className="dialog-label">
        HTML to paste
      </label>
      <textarea
        id={`${id}-code`}
        className="dialog-code"
        readOnly
        rows={5}
        value={snippet}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={() => void copy()}>
          Copy HTML
        </button>
        <span role="status" className="ed-status">
          {copied === 'copied'
            ? 'HTML copied'
            : copied === 'failed'
              ? 'Could not copy: select the text above and copy it'
              : ''}
        </span>
      </div>
      <h3 className="dialog-label">Preview</h3>
      <iframe
        ref={preview}
        className="ed-preview"
        src={src}
        title="Preview of the embedded calculator"
        height={height}
      />
    </dialog>
  );
}
