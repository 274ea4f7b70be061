import { afterEach, describe, expect, it, vi } from 'vitest';
import { median } from './runs-summary.ts';
import { numberFlag, PORT_RULE, toolFlags } from './served-build.ts';

describe('numberFlag', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The message printed for a usage error (numberFlag exits 2: the mock throws instead). */
  function usage(raw: string | undefined, rule = PORT_RULE): string {
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => numberFlag('ttv', '--port', raw, rule)).toThrow('exit 2');
    const message = String(error.mock.calls[0]?.[0]);
    vi.restoreAllMocks();
    return message;
  }

  it('returns a value within the rule', () => {
    expect(numberFlag('ttv', '--port', '4120', PORT_RULE)).toBe(4120);
    expect(
      numberFlag('edit-latency', '--cpu', '2.5', {
        what: 'a slowdown',
        min: 1,
        max: 20,
        whole: false,
      }),
    ).toBe(2.5);
  });

  it('names the tool, the flag, the value and the range on a usage error', () => {
    expect(usage('80')).toBe('ttv: --port: "80" is not a port from 1024 to 65535');
    expect(usage('4120.5')).toBe('ttv: --port: "4120.5" is not a port from 1024 to 65535');
    // Number('') is 0 and Number(' ') too: an empty value is refused, not read as zero.
    expect(usage('', { what: 'a whole number', min: 0, max: 9 })).toBe(
      'ttv: --port: "" is not a whole number from 0 to 9',
    );
  });
});

describe('toolFlags', () => {
  afterEach(() => vi.restoreAllMocks());

  const OPTIONS = {
    runs: { type: 'string', default: '5' },
    check: { type: 'boolean', default: false },
  } as const;

  /** The message printed for a usage error (toolFlags exits 2: the mock throws instead). */
  function usage(args: string[]): string {
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => toolFlags('ttv', OPTIONS, args)).toThrow('exit 2');
    const message = String(error.mock.calls[0]?.[0]);
    vi.restoreAllMocks();
    return message;
  }

  it('returns the flags given, and the defaults of the others', () => {
    expect(toolFlags('ttv', OPTIONS, ['--runs', '3'])).toEqual({ runs: '3', check: false });
    expect(toolFlags('ttv', OPTIONS, ['--check'])).toEqual({ runs: '5', check: true });
  });

  it('names the tool and the flag when one is unknown, lacks its value, or a value stands alone', () => {
    expect(usage(['--rnus', '3'])).toBe("ttv: Unknown option '--rnus'");
    expect(usage(['--runs'])).toBe("ttv: Option '--runs <value>' argument missing");
    expect(usage(['3'])).toBe(
      "ttv: Unexpected argument '3'. This command does not take positional arguments",
    );
  });
});

describe('median', () => {
  it('takes the middle run, the lower middle one for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});
