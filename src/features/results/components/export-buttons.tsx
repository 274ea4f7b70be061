import { useEffect, useId, useRef, useState } from 'react';
import { useCalculation } from '../../../lib/calculation.ts';
import { shareUrlFor } from '../share-url.ts';

/** The export code loads when the menu opens, not with the page. */
const loadExport = () => import('../export.ts');

/** One "Export" button opening CSV, JSON and a one-page printed report. */
export function ExportButtons() {
  const calc = useCalculation();
  const ready = calc.status === 'ready';
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    void loadExport();
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

  const act = (fn: () => void) => () => {
    setOpen(false);
    fn();
  };

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
      <div id={id} className="menu-panel" hidden={!open}>
        <button
          type="button"
          className="btn"
          disabled={!ready}
          onClick={act(() => {
            if (!ready) return;
            void loadExport().then(({ download, resultsCsv }) =>
              download(
                'breakeven-results.csv',
                resultsCsv(calc.result, calc.scenario, calc.money),
                'text/csv',
              ),
            );
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
            void loadExport().then(({ download, resultsJson }) =>
              download(
                'breakeven-results.json',
                resultsJson(calc.result, calc.scenario, shareUrlFor(calc.scenario), calc.money),
                'application/json',
              ),
            );
          })}
        >
          Download JSON
        </button>
        <button type="button" className="btn" onClick={act(() => window.print())}>
          Print a one-page report
        </button>
      </div>
    </div>
  );
}
