import { useCalculation } from '../calculation.ts';

/** The catalog failed to load: say why and offer a retry (the page and the widget alike). */
export function LoadError() {
  const calc = useCalculation();
  if (calc.status !== 'error') return null;
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>The prices could not be loaded.</strong> {calc.message}
      </p>
      <button type="button" className="btn" onClick={calc.retry}>
        Retry
      </button>
    </div>
  );
}
