import { useCalculation } from '../lib/calculation.ts';

/** A catalog file that failed its schema: name the file, the field and what was expected. */
export function CatalogProblems() {
  const calc = useCalculation();
  if (calc.status !== 'ready' && calc.status !== 'invalid') return null;
  const problems = calc.loaded.catalog.problems;
  if (problems.length === 0) return null;
  const files = [...new Set(problems.map((p) => p.file))];
  return (
    <div className="notice" role="status">
      <div>
        <p>
          <strong>
            Some prices were left out: {files.join(', ')} {files.length === 1 ? 'has' : 'have'}{' '}
            {problems.length === 1 ? 'a problem' : `${problems.length} problems`}.
          </strong>{' '}
          Every other offer works as usual.
        </p>
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
