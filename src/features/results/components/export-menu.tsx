/**
 * The Export menu's items: CSV, JSON and the printed report. Loaded when the menu first opens (with
 * the export code), so the first load carries only the button.
 */
import { useEffect } from 'react';
import { useCalculation } from '../../../lib/calculation.ts';

/** The export code loads with the menu, not with the page. */
const loadExport = () => import('../export.ts');

/** The files the menu downloads, in its order. */
const DOWNLOADS = [
  { format: 'csv', label: 'Download CSV' },
  { format: 'json', label: 'Download JSON' },
] as const;

export default function ExportMenu({ id, close }: { id: string; close: () => void }) {
  const calc = useCalculation();
  const ready = calc.status === 'ready';
  useEffect(() => {
    void loadExport();
  }, []);
  const act = (fn: () => void) => () => {
    close();
    fn();
  };
  return (
    <div id={id} className="menu-panel">
      {DOWNLOADS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="btn"
          disabled={!ready}
          onClick={act(() => {
            if (!ready) return;
            void loadExport().then(({ downloadResults }) => downloadResults(format, calc));
          })}
        >
          {label}
        </button>
      ))}
      <button type="button" className="btn" onClick={act(() => window.print())}>
        Print a one-page report
      </button>
    </div>
  );
}
