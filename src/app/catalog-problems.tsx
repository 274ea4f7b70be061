import { useCalculation } from '../lib/calculation.ts';

/**
 * Catalog files that failed to load or failed their schema: what that leaves out of the figures,
 * then each problem with its file, field and what was expected.
 */
export function CatalogProblems() {
  const calc = useCalculation();
  if (calc.status !== 'ready' && calc.status !== 'invalid') return null;
  const problems = calc.loaded.catalog.problems;
  if (problems.length === 0) return null;
  const files = [...new Set(problems.map((p) => p.file))];
  const offerFiles = files.filter((f) => f !== 'platform.json' && f !== 'fx.json');
  const count = (f: string) => problems.filter((p) => p.file === f).length;
  const has = (f: string) => `${f} has ${count(f) === 1 ? 'a problem' : `${count(f)} problems`}`;
  // Say what is missing from the figures, file by file: a bad platform.json drops no offer but
  // leaves the cold-start, state and scheduler lines out of every FaaS price; a bad fx.json drops the offers priced in euros.
  const headlines: string[] = [];
  const offerProblems = problems.length - count('platform.json') - count('fx.json');
  if (offerFiles.length > 0)
    headlines.push(
      `Some prices were left out: ${offerFiles.join(', ')} ${offerFiles.length === 1 ? 'has' : 'have'} ${offerProblems === 1 ? 'a problem' : `${offerProblems} problems`}; every other offer works as usual.`,
    );
  if (files.includes('platform.json'))
    headlines.push(
      `FaaS prices leave out cold starts, external state, schedulers and scaling limits: ${has('platform.json')}.`,
    );
  if (files.includes('fx.json'))
    headlines.push(
      `Offers not priced in US dollars are left out, and figures stay in USD: ${has('fx.json')}.`,
    );
  return (
    <div className="notice" role="status">
      <div>
        {headlines.map((h) => (
          <p key={h}>
            <strong>{h}</strong>
          </p>
        ))}
        <ul>
          {problems.slice(0, 8).map((p, i) => (
            <li key={i}>
              <code>{p.file}</code>
              {p.offerId ? ` (offer ${p.offerId})` : ''}, field <code>{p.path}</code>: {p.message}
            </li>
          ))}
          {problems.length > 8 ? <li>…and {problems.length - 8} more.</li> : null}
        </ul>
      </div>
    </div>
  );
}
