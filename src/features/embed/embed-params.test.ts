import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../../url/codec.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../engine/default-scenario.ts';
import { decodeEmbed, DEFAULT_CONTROLS, encodeEmbedOptions } from './embed-params.ts';

describe('widget parameters', () => {
  it('reads the app parameters with the app codec, and its own keys on top', () => {
    const search = '?v=1&n=250&m=2&d=350&mem=1024&h=week&theme=dark&chart=breakeven';
    const d = decodeEmbed(search);
    expect(d.scenario).toEqual(decodeScenario(search).scenario);
    expect(d.notices).toEqual([]);
    expect(d.options).toEqual({
      theme: 'dark',
      lock: false,
      controls: new Set(DEFAULT_CONTROLS),
      chart: 'breakeven',
    });
  });

  it('defaults: auto theme, the sentence, horizon and chart switch, the cost-over-time chart', () => {
    const d = decodeEmbed('');
    expect(d.scenario).toEqual(DEFAULT_PAGE_SCENARIO);
    expect(d.options.theme).toBe('auto');
    expect([...d.options.controls]).toEqual(['n', 'm', 'd', 'mem', 'h', 'cur', 'chart']);
    expect(d.options.chart).toBe('time');
  });

  it('a bad value costs only its key, with the same notices as the app for app keys', () => {
    const search = '?v=1&n=banana&theme=purple&controls=n,zoom&lock=2&chart=pie&chart=time';
    const d = decodeEmbed(search);
    expect(d.notices.slice(0, 1)).toEqual(decodeScenario(search).notices);
    expect(d.notices.slice(1).map((n) => `${n.param}: ${n.reason}`)).toEqual([
      'theme: "purple" is not one of light, dark, auto',
      'lock: "2" is not 1 or 0',
      'controls: "zoom" is not a control (use n, m, d, mem, c, pat, h, cur, chart or none)',
      'chart: it appears 2 times, so none was used',
    ]);
    expect(d.options).toEqual({
      theme: 'auto',
      lock: false,
      controls: new Set(DEFAULT_CONTROLS),
      chart: 'time',
    });
  });

  it('offers= chooses the offers like p, and its notices say offers', () => {
    const d = decodeEmbed('?offers=aws-lambda-arm64,do-basic-1gb&p=gcp-cloud-run-functions');
    expect(d.scenario.offers).toEqual(['aws-lambda-arm64', 'do-basic-1gb']);
    const bad = decodeEmbed('?offers=Not%20An%20Id');
    expect(bad.notices).toEqual([
      { param: 'offers', field: 'offers', reason: '"Not An Id" is not an offer id' },
    ]);
    expect(bad.scenario.offers).toEqual(DEFAULT_PAGE_SCENARIO.offers);
  });

  it('lock=1 removes every control; controls=none too, and a list keeps only those', () => {
    expect(decodeEmbed('?lock=1&controls=n').options.controls.size).toBe(0);
    expect(decodeEmbed('?lock=1').options.lock).toBe(true);
    expect(decodeEmbed('?controls=none').options.controls.size).toBe(0);
    expect([...decodeEmbed('?controls=pat,n').options.controls]).toEqual(['pat', 'n']);
  });

  it('encodes only what differs from the defaults, and round-trips', () => {
    expect(
      encodeEmbedOptions({ theme: 'auto', controls: new Set(DEFAULT_CONTROLS) }).toString(),
    ).toBe('');
    const q = encodeEmbedOptions({ theme: 'dark', lock: true, chart: 'breakeven' });
    expect(q.toString()).toBe('theme=dark&lock=1&chart=breakeven');
    expect(decodeEmbed(`?${q}`).options).toEqual({
      theme: 'dark',
      lock: true,
      controls: new Set(),
      chart: 'breakeven',
    });
    const c = encodeEmbedOptions({ controls: new Set(['h', 'n'] as const) });
    expect(c.toString()).toBe('controls=n%2Ch');
    expect([...decodeEmbed(`?${c}`).options.controls]).toEqual(['n', 'h']);
    expect(encodeEmbedOptions({ controls: new Set() }).toString()).toBe('controls=none');
  });
});
