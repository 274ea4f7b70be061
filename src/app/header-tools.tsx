import { useLayoutEffect } from 'react';
import { createPortal } from 'react-dom';
import { useCalculation } from '../lib/calculation.ts';
import { formatDate } from '../describe/format.ts';
import { ExportButtons } from '../features/results/components/export-buttons.tsx';
import { EmbedButton } from '../features/embed/components/embed-button.tsx';
import { CopyLinkButton } from '../features/share/components/copy-link-button.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

function PricesAsOf() {
  const calc = useCalculation();
  const asOf = calc.status === 'ready' || calc.status === 'invalid' ? calc.loaded.pricesAsOf : null;
  return <span className="as-of">{asOf ? `Prices as of ${formatDate(asOf)}` : '\u00a0'}</span>;
}

/** The header's controls, rendered into the static header that index.html paints first. */
export function HeaderTools() {
  const host = document.getElementById('header-tools');
  // index.html paints look-alike placeholders; swap them out before the first paint with React's.
  useLayoutEffect(() => {
    host?.querySelectorAll('[data-static]').forEach((n) => n.remove());
  }, [host]);
  const tools = (
    <>
      <PricesAsOf />
      <CopyLinkButton />
      <EmbedButton />
      <ExportButtons />
      <ThemeToggle />
    </>
  );
  return host ? createPortal(tools, host) : <div className="header-tools">{tools}</div>;
}
