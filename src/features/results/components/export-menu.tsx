/**
 * The Export menu's items: CSV, JSON and the printed report. Loaded when the menu first opens (with
 * the export code), so the first load carries only the button.
 */
import { useEffect } from 'react';
import { useCalculation } from '../../../lib/calculation.ts';

/** The export code loads with the menu, not with the page. */
const loadExport = () => import('../export.ts');

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
      <button
        type="button"
        className="btn"
        disabled={!ready}
        onClick={act(() => {
          if (!ready) return;
          void loadExport().then(({ downloadResults }) => downloadResults('csv', calc));
        })}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="btn"
        disabled={!ready}
        onClick={act(() => {
          if (!ready) return;
          void loadExport().then(({ downloadResults }) => downloadResults('json', calc));
        })}
      >
        Download JSON
      </button>
      <button type="button" className="btn" onClick={act(() => window.print())}>
        Print a one-page report
      </button>
    </div>
  );
}
