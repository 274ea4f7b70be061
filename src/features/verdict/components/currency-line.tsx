import type { ReadyCalculation } from '../../../lib/calculation.ts';
import {
  describeRate,
  DISPLAY_CURRENCIES,
  type DisplayCurrency,
} from '../../../describe/format.ts';
import { setCurrency } from '../../../state/scenario-store.ts';

const NAMES: Record<DisplayCurrency, string> = {
  USD: 'USD ($)',
  EUR: 'EUR (€)',
  GBP: 'GBP (£)',
};

/**
 * The display currency, chosen beside the verdict, and once for the whole page the dated rate
 * converted figures use (its source on the link). USD is the base of every computation.
 */
export function CurrencyLine({
  calc,
  editable = true,
  id,
}: {
  calc: ReadyCalculation;
  /** False in a locked widget: the figures' currency is said, not offered. */
  editable?: boolean;
  /** The select's id (from the verdict's useId: this component has no hooks). */
  id: string;
}) {
  const { money, moneyNotice } = calc;
  const chosen = calc.scenario.currency ?? 'USD';
  const rate = describeRate(money);
  return (
    <div className="currency-line">
      {editable ? (
        <>
          <label htmlFor={id}>Show in</label>{' '}
          <select
            id={id}
            value={chosen}
            onChange={(e) => setCurrency(e.currentTarget.value as DisplayCurrency)}
          >
            {DISPLAY_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {NAMES[c]}
              </option>
            ))}
          </select>
        </>
      ) : (
        <span>Figures in {NAMES[money.currency]}</span>
      )}
      {rate && money.rate ? (
        <span className="rate-note">
          <span className="rate-sep"> · </span>
          {/* On paper the select is not printed: this says which currency the figures are in. */}
          <span className="print-only">Figures in {money.currency} </span>
          <a
            href={money.rate.source}
            target="_blank"
            rel="noopener noreferrer"
            title={`Source: ${money.rate.source}. Computed in USD, converted for display.`}
          >
            {rate}
          </a>
        </span>
      ) : null}
      {moneyNotice ? (
        <span className="rate-note rate-fallback" role="status">
          <span className="rate-sep"> · </span>
          {moneyNotice}
        </span>
      ) : null}
    </div>
  );
}
