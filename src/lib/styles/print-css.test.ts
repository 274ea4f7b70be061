import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The print report is CSS only, which jsdom does not lay out; this reads the stylesheets' print
 * blocks and checks which selectors they hide. The browser check of the real page is by hand.
 */
function printHidden(): string[] {
  const css = ['src/lib/styles/components.css', 'src/lib/styles/global.css']
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const hidden: string[] = [];
  for (const block of css.split('@media print').slice(1)) {
    // Rules inside this print block, up to the block's closing brace at column 0.
    const body = block.slice(0, block.search(/\n\}/));
    for (const m of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (/display:\s*none/.test(m[2] ?? ''))
        hidden.push(...(m[1] ?? '').split(',').map((s) => s.trim()));
    }
  }
  return hidden;
}

describe('print report', () => {
  const hidden = printHidden();

  it('leaves out the currency select and the timer button', () => {
    expect(hidden).toContain('.currency-line > select');
    expect(hidden).toContain('.currency-line > label');
    expect(hidden).toContain('.timer-preset:not(.timer-on)');
    expect(hidden).toContain('.timer-preset button');
  });

  it('prints verification badges and the cannot-run reason', () => {
    expect(hidden.filter((s) => s.includes('badge'))).toEqual([]);
    // Detail rows are hidden except an offer's that cannot run; in it, only its error lines print.
    expect(hidden).not.toContain('.detail-row');
    expect(hidden).toContain('.detail-row:not(.detail-cannot-run)');
    expect(
      hidden.filter((s) => s.includes('sev-error') && !s.includes(':not(.sev-error)')),
    ).toEqual([]);
    expect(hidden.filter((s) => /cannot-run-tag|priced-anyway/.test(s))).toEqual([]);
  });
});
