import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Json } from './canonical.ts';
import { runCheck } from './check.ts';
import * as z from 'zod/mini';
import {
  checkCatalogFile,
  checkDataFile,
  checkDuplicates,
  checkFamilies,
  checkFxAgainstCatalog,
  checkFxFile,
  daysBetween,
  newestCheckedOn,
} from './rules.ts';

const TODAY = '2026-11-27';

/** A minimal valid always-on offer. */
function vm(over: Record<string, Json> = {}): Record<string, Json> {
  return {
    id: 'acme-vm-small',
    // A known provider (the schema checks the id against providers.ts), kept by hand.
    providerId: 'digitalocean',
    productId: 'droplets',
    refreshedBy: 'curated',
    provider: 'DigitalOcean',
    product: 'Acme VM small',
    region: 'east-1',
    area: 'us-east',
    currency: 'USD',
    source: 'https://acme.example/pricing',
    checkedOn: '2026-11-01',
    verification: 'official',
    kind: 'always-on',
    family: { id: 'acme-vm', name: 'Acme VM' },
    instanceType: 'small',
    vcpu: 1,
    memoryMb: 1024,
    pricePerHour: 0.01,
    ...over,
  };
}

function gateway(tiers: Json): Record<string, Json> {
  const base = vm({ id: 'acme-gateway' });
  delete base.instanceType;
  delete base.vcpu;
  delete base.memoryMb;
  delete base.family;
  return { ...base, kind: 'front-door', requestTiers: tiers, pricePerHour: 0, appliesTo: ['faas'] };
}

const file = (...offers: Json[]): Json => ({ family: 'acme', offers });
const rules = (json: Json) => checkCatalogFile('acme.json', json, TODAY).map((f) => f.rule);

describe('pricing:check rules', () => {
  it('accepts a valid file with no findings', () => {
    expect(checkCatalogFile('acme.json', file(vm()), TODAY)).toEqual([]);
  });

  it('names the file, the offer, the path and the rule of a zero price', () => {
    const [f] = checkCatalogFile('acme.json', file(vm({ pricePerHour: 0 })), TODAY).filter(
      (x) => x.rule === 'price',
    );
    expect(f).toMatchObject({
      level: 'error',
      file: 'acme.json',
      offerId: 'acme-vm-small',
      path: 'offers[0].pricePerHour',
      rule: 'price',
    });
  });

  it('allows a zero hourly fee on a front door and a leading free band in a tier table', () => {
    const door = gateway([
      { upTo: 1_000_000, pricePerUnit: 0 },
      { upTo: null, pricePerUnit: 0.000001 },
    ]);
    expect(checkCatalogFile('acme.json', file(door), TODAY)).toEqual([]);
  });

  it('rejects a zero-priced only tier, unordered tiers and an open tier before the last', () => {
    const onlyZero = gateway([{ upTo: null, pricePerUnit: 0 }]);
    expect(rules(file(onlyZero))).toContain('price');
    const unordered = gateway([
      { upTo: 300, pricePerUnit: 2 },
      { upTo: 100, pricePerUnit: 1 },
      { upTo: null, pricePerUnit: 0.5 },
    ]);
    expect(rules(file(unordered))).toContain('tiers');
    const gap = gateway([
      { upTo: null, pricePerUnit: 2 },
      { upTo: 100, pricePerUnit: 1 },
    ]);
    expect(
      checkCatalogFile('acme.json', file(gap), TODAY).filter((f) => f.rule === 'tiers'),
    ).toHaveLength(2);
  });

  it('rejects a meter unit that names a multiple ("1M requests") of the single unit priced', () => {
    const fn = (unit: string) => ({
      ...vm({ id: 'acme-fn' }),
      kind: 'faas',
      granularity: { durationRoundingMs: 1 },
      meters: [
        {
          id: 'requests',
          label: 'Requests',
          basis: 'requests',
          unit,
          tiers: [{ upTo: null, pricePerUnit: 2e-7 }],
        },
      ],
    });
    expect(rules(file(fn('request')))).not.toContain('unit');
    const bad = checkCatalogFile('acme.json', file(fn('1M requests')), TODAY).filter(
      (f) => f.rule === 'unit',
    );
    expect(bad).toMatchObject([
      { level: 'error', offerId: 'acme-fn', path: 'offers[0].meters[0].unit' },
    ]);
  });

  it('flags an unknown key (zod would drop a typo silently)', () => {
    const f = checkCatalogFile('acme.json', file(vm({ usdPerHuor: 0.02 })), TODAY);
    expect(f).toContainEqual(
      expect.objectContaining({
        rule: 'unknown-key',
        path: 'offers[0].usdPerHuor',
        offerId: 'acme-vm-small',
      }),
    );
  });

  it('warns, without failing, about a date more than 90 days old, and fails a future date', () => {
    // 2026-08-29 → 2026-11-27: 2 + 30 + 31 + 27 = 90 days: not yet stale. One day earlier is 91.
    expect(daysBetween('2026-08-29', TODAY)).toBe(90);
    expect(checkCatalogFile('acme.json', file(vm({ checkedOn: '2026-08-29' })), TODAY)).toEqual([]);
    const stale = checkCatalogFile('acme.json', file(vm({ checkedOn: '2026-08-28' })), TODAY);
    expect(stale).toEqual([
      expect.objectContaining({ level: 'warning', rule: 'stale', path: 'offers[0].checkedOn' }),
    ]);
    expect(rules(file(vm({ checkedOn: '2026-12-01' })))).toContain('checked-on-future');
  });

  it('requires a source and a date on every rate and provenance record', () => {
    const noSource = vm();
    delete noSource.source;
    expect(rules(file(noSource))).toContain('provenance');
    const partial = vm({
      provenance: [{ covers: 'pricePerHour', checkedOn: TODAY, verification: 'official' }],
    });
    expect(rules(file(partial))).toContain('provenance');
  });

  it('requires the offer verification to be the weakest of its rates', () => {
    const f = vm({
      provenance: [
        {
          covers: 'pricePerHour',
          source: 'https://x.example/',
          checkedOn: TODAY,
          verification: 'unverified',
        },
      ],
    });
    expect(rules(file(f))).toContain('verification');
    expect(rules(file({ ...f, verification: 'unverified' }))).not.toContain('verification');
  });

  it('gives each region its own egress table, never a file-wide one beside them', () => {
    const table = (region: string, verification = 'official'): Json => ({
      region,
      tiers: [{ upTo: null, pricePerUnit: 0.09 }],
      freeGbPerMonth: 100,
      provenance: { source: 'https://x.example/', checkedOn: TODAY, verification },
    });
    const west = vm({ id: 'acme-vm-west', region: 'west-1', area: 'us-west' });
    const withTables = (...t: Json[]): Json => ({
      ...(file(vm(), west) as object),
      regionalEgress: t,
    });
    expect(rules(withTables(table('east-1'), table('west-1')))).toEqual([]);
    // An offer in a region with no table fails, unless it lists its own egress.
    const [missing] = checkCatalogFile('acme.json', withTables(table('east-1')), TODAY);
    expect(missing).toMatchObject({ rule: 'egress-region', offerId: 'acme-vm-west' });
    const ownEgress = { ...west, egress: table('west-1') } as Record<string, Json>;
    delete (ownEgress.egress as Record<string, Json>).region;
    expect(
      rules({ ...(file(vm(), ownEgress) as object), regionalEgress: [table('east-1')] }),
    ).toEqual([]);
    // A region where egress is charged but not sourced says so instead of giving a table.
    expect(
      rules(withTables(table('east-1'), { region: 'west-1', unpriced: 'no source yet' })),
    ).toEqual([]);
    // Front doors pay no egress: they need no table.
    expect(
      rules({
        ...(file(vm(), gateway([{ upTo: null, pricePerUnit: 1 }])) as object),
        regionalEgress: [table('east-1')],
      }),
    ).toEqual([]);
    // A region listed twice, and a file-wide table beside regional ones, fail.
    expect(rules(withTables(table('east-1'), table('west-1'), table('west-1')))).toContain(
      'egress-region',
    );
    const wide = { ...(table('east-1') as Record<string, Json>) };
    delete wide.region;
    expect(
      rules({ ...(withTables(table('east-1'), table('west-1')) as object), egress: wide }),
    ).toContain('egress-region');
    // A region's table is the offer's rate too: an unverified one makes the offer unverified.
    expect(rules(withTables(table('east-1'), table('west-1', 'unverified')))).toEqual([
      'verification',
    ]);
  });

  it('lets a product take its own egress table where it bills egress apart from others', () => {
    const table = (scope: Record<string, Json>, verification = 'official'): Json => ({
      ...scope,
      tiers: [{ upTo: null, pricePerUnit: 0.1 }],
      provenance: { source: 'https://x.example/', checkedOn: TODAY, verification },
    });
    const fn = vm({ id: 'acme-fn', productId: 'functions' });
    const withTables = (...t: Json[]): Json => ({
      ...(file(vm(), fn) as object),
      regionalEgress: t,
    });
    // The region's table covers the VM; the functions' own table (in this region, or in every
    // region) covers the function.
    expect(
      rules(withTables(table({ region: 'east-1' }), table({ productIds: ['functions'] }))),
    ).toEqual([]);
    expect(
      rules(
        withTables(
          table({ region: 'east-1', productIds: ['droplets'] }),
          table({ region: 'east-1', productIds: ['functions'] }),
        ),
      ),
    ).toEqual([]);
    // Scoped to the VM only: the function has no table.
    const [missing] = checkCatalogFile(
      'acme.json',
      withTables(table({ region: 'east-1', productIds: ['droplets'] })),
      TODAY,
    );
    expect(missing).toMatchObject({ rule: 'egress-region', offerId: 'acme-fn' });
    // The function's rate is its own table's: an unverified one makes it unverified, not the VM.
    const found = checkCatalogFile(
      'acme.json',
      withTables(table({ region: 'east-1' }), table({ productIds: ['functions'] }, 'unverified')),
      TODAY,
    );
    expect(found.map((f) => [f.rule, f.offerId])).toEqual([['verification', 'acme-fn']]);
    // An entry naming neither a region nor products, and one product twice in a region, fail.
    expect(rules(withTables(table({ region: 'east-1' }), table({})))).toContain('egress-region');
    expect(
      rules(
        withTables(
          table({ region: 'east-1', productIds: ['functions', 'droplets'] }),
          table({ region: 'east-1', productIds: ['functions'] }),
        ),
      ),
    ).toContain('egress-region');
  });

  it('finds a duplicate (id, area) across files but allows the same id in another area', () => {
    const a = { file: 'a.json', json: file(vm()) };
    const b = { file: 'b.json', json: file(vm({ area: 'europe' }), vm()) };
    const d = checkDuplicates([a, b]);
    expect(d).toEqual([
      expect.objectContaining({
        file: 'b.json',
        offerId: 'acme-vm-small',
        path: 'offers[1].id',
        rule: 'duplicate-id',
      }),
    ]);
    expect(d[0]?.message).toContain('a.json offers[0]');
  });

  it('requires a family on every always-on size, named one way, never an offer id', () => {
    const ok = { file: 'a.json', json: file(vm(), vm({ id: 'acme-vm-large' })) };
    expect(checkFamilies([ok])).toEqual([]);
    const found = checkFamilies([
      {
        file: 'a.json',
        json: file(
          vm({ family: null }),
          vm({ id: 'acme-vm-large' }),
          vm({ id: 'acme-vm-huge', family: { id: 'acme-vm', name: 'Acme' } }),
          vm({ id: 'acme-vm-tiny', family: { id: 'acme-vm-large', name: 'Acme VM' } }),
        ),
      },
    ]);
    expect(found.map((f) => [f.offerId, f.path])).toEqual([
      ['acme-vm-small', 'offers[0].family'],
      ['acme-vm-huge', 'offers[2].family'],
      ['acme-vm-tiny', 'offers[3].family.id'],
    ]);
  });

  it('checks fx.json with the app schema, EUR and GBP present, and the 90-day reminder', () => {
    const rate = (currency: string, usdPerUnit: number, asOf = '2026-11-20') => ({
      currency,
      usdPerUnit,
      asOf,
      source: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
      verification: 'official',
    });
    const ok = { base: 'USD', rates: [rate('EUR', 1.08), rate('GBP', 1.27)] };
    expect(checkFxFile('fx.json', ok, TODAY)).toEqual([]);
    const bad = { base: 'USD', rates: [rate('EUR', 0, '2026-01-02')] };
    const found = checkFxFile('fx.json', bad, TODAY);
    expect(found.map((f) => `${f.level}:${f.rule}:${f.path}`).sort()).toEqual([
      'error:price:rates[0].usdPerUnit',
      'error:schema:rates',
      'warning:stale:rates[0].asOf',
    ]);
  });
});

describe('exchange rates against the newest price', () => {
  const fx = (asOf: string) => ({
    base: 'USD',
    rates: ['EUR', 'GBP'].map((currency) => ({
      currency,
      usdPerUnit: 1.2,
      asOf,
      source: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
      verification: 'official',
    })),
  });

  it('finds the newest checkedOn in offers and their provenance records', () => {
    const withRecord = vm({
      checkedOn: '2026-09-01',
      provenance: [{ source: 'https://acme.example/a', checkedOn: '2026-11-02' }],
    });
    expect(newestCheckedOn([{ json: file(vm(), withRecord) }])).toBe('2026-11-02');
    expect(newestCheckedOn([{ json: file() }])).toBeUndefined();
  });

  it('fails a rate more than 90 days older than the newest price, passes one 90 days older', () => {
    // 2026-08-03 → 2026-11-01 is 90 days (29 + 30 + 31); 2026-08-02 is 91.
    expect(checkFxAgainstCatalog('fx.json', fx('2026-08-03'), '2026-11-01')).toEqual([]);
    const late = checkFxAgainstCatalog('fx.json', fx('2026-08-02'), '2026-11-01');
    expect(late.map((f) => `${f.level}:${f.rule}:${f.path}`)).toEqual([
      'error:fx-stale:rates[0].asOf',
      'error:fx-stale:rates[1].asOf',
    ]);
    expect(late[0]?.message).toContain('the EUR rate of 2026-08-02 is 91 days older');
  });

  it('fails pricing:check over a directory whose fx.json lags its prices', () => {
    // Fixture: one offer checked on 2026-11-01 and rates of 2026-05-08 (177 days before it).
    const dir = mkdtempSync(join(tmpdir(), 'pricing-check-'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ files: ['acme.json'] }));
    writeFileSync(join(dir, 'acme.json'), JSON.stringify(file(vm())));
    writeFileSync(join(dir, 'fx.json'), JSON.stringify(fx('2026-05-08')));
    const r = runCheck(dir, TODAY);
    expect(r.findings.filter((f) => f.level === 'error').map((f) => f.rule)).toEqual([
      'fx-stale',
      'fx-stale',
    ]);
    writeFileSync(join(dir, 'fx.json'), JSON.stringify(fx('2026-10-08')));
    expect(runCheck(dir, TODAY).errors).toBe(0);
  });
});

describe('other data files (platform.json)', () => {
  it('applies the schema, unknown keys and the date rules', () => {
    const schema = z.object({ checkedOn: z.string(), usdPerMillion: z.number() });
    expect(
      checkDataFile('p.json', { checkedOn: '2026-11-01', usdPerMillion: 1 }, schema, TODAY),
    ).toEqual([]);
    const f = checkDataFile(
      'p.json',
      { checkedOn: '2026-01-01', usdPerMillion: 'x', typo: 1 },
      schema,
      TODAY,
    );
    expect(f.map((x) => `${x.level}:${x.rule}:${x.path}`).sort()).toEqual([
      'error:schema:usdPerMillion',
      'error:unknown-key:typo',
      'warning:stale:checkedOn',
    ]);
  });
});

describe('runCheck over a directory', () => {
  it('reads index.json, reports a missing file and exits with errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pricing-check-'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ files: ['acme.json', 'gone.json'] }));
    writeFileSync(join(dir, 'acme.json'), JSON.stringify(file(vm())));
    const r = runCheck(dir, TODAY);
    expect(r.files).toEqual(['acme.json']);
    expect(r.errors).toBe(1);
    expect(r.findings[0]).toMatchObject({ file: 'gone.json', rule: 'index' });
  });

  it('exits 1 from the command line and names the file, the offer and the rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pricing-check-'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ files: ['acme.json'] }));
    writeFileSync(join(dir, 'acme.json'), JSON.stringify(file(vm({ pricePerHour: -1 }))));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        'node',
        ['--import', 'tsx', 'scripts/pricing/check.ts', '--dir', dir, '--today', TODAY],
        { stdio: 'pipe', encoding: 'utf8' },
      );
    } catch (e) {
      ({ status, stderr } = e as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toContain('ERROR acme.json offer acme-vm-small [price] offers[0].pricePerHour');
  });
});
