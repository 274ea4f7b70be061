import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRates } from './apply.ts';
import { fixtureFetcher } from './fetch.ts';
import type { RawFile } from './types.ts';
import { DEFAULT_FIXTURES, runUpdate } from './update.ts';

const fixtures = () => fixtureFetcher(DEFAULT_FIXTURES);
const retry = { tries: 2, sleep: async () => {} };

function copyCatalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pricing-update-'));
  for (const f of readdirSync('pricing-data'))
    if (f.endsWith('.json')) cpSync(join('pricing-data', f), join(dir, f));
  return dir;
}

describe('pricing:update --fixtures', () => {
  it('rebuilds the committed pricing-data/ byte for byte', async () => {
    const r = await runUpdate({
      dir: 'pricing-data',
      fetcher: fixtures(),
      live: false,
      gcpApiKey: 'fixture',
      retry,
    });
    for (const i of r.imports) {
      expect(i.warnings, i.importer).toEqual([]);
      expect(i.rates.length, i.importer).toBeGreaterThan(0);
    }
    expect(r.applied.problems).toEqual([]);
    // A rate that differs means the fixtures and the catalog disagree: re-record the fixtures
    // (tsx scripts/pricing/record-fixtures.ts) after a hand edit, and review the diff.
    expect(r.applied.changes).toEqual([]);
    // A file that differs is not in canonical form: npm run pricing:update -- --fixtures rewrites it.
    for (const [name, text] of r.outputs)
      expect(text, name).toBe(readFileSync(join('pricing-data', name), 'utf8'));
    expect(r.changedFiles).toEqual([]);
  });

  it('reports a changed rate with its percentage, flags it, and restores the recorded value', async () => {
    const dir = copyCatalog();
    const aws = JSON.parse(readFileSync(join(dir, 'aws.json'), 'utf8')) as {
      offers: { id: string; pricePerHour?: number }[];
    };
    const t3 = aws.offers.find((o) => o.id === 'aws-ec2-t3-micro');
    if (!t3) throw new Error('aws-ec2-t3-micro is missing from aws.json');
    const recorded = t3.pricePerHour as number;
    t3.pricePerHour = recorded / 2;
    writeFileSync(join(dir, 'aws.json'), JSON.stringify(aws));
    const r = await runUpdate({
      dir,
      fetcher: fixtures(),
      live: false,
      gcpApiKey: 'fixture',
      retry,
      only: ['aws'],
    });
    // Halving then restoring is +100%: above the 20% threshold.
    expect(r.applied.changes).toEqual([
      expect.objectContaining({
        offerId: 'aws-ec2-t3-micro',
        path: 'pricePerHour',
        old: recorded / 2,
        new: recorded,
        pct: 100,
        flagged: true,
      }),
    ]);
    expect(r.summary).toMatch(
      /!! aws\.json aws-ec2-t3-micro \(us-east-1\) pricePerHour: .* → .* \(\+100\.0%\)/,
    );
    expect(r.outputs.get('aws.json')).toBe(readFileSync('pricing-data/aws.json', 'utf8'));
  });

  it('a live run records where and when each imported rate was read', () => {
    const file: RawFile = {
      offers: [{ id: 'a', region: 'r', pricePerHour: 1, provenance: [] }],
    };
    const rate = {
      file: 'x.json',
      offerId: 'a',
      region: 'r',
      path: ['pricePerHour'],
      value: 1.1,
      label: 'VM hour',
      source: 'https://api.example/prices',
    };
    const r = applyRates(new Map([['x.json', file]]), [rate], {
      thresholdPct: 20,
      live: { today: '2026-12-01', apiName: () => 'Example API' },
    });
    // 1 → 1.1 is +10%: below the threshold.
    expect(r.changes[0]).toMatchObject({ pct: expect.closeTo(10, 9), flagged: false });
    expect((file.offers as RawFile[])[0]?.provenance).toEqual([
      {
        covers: 'Price API: VM hour',
        source: 'https://api.example/prices',
        checkedOn: '2026-12-01',
        verification: 'official',
        note: 'Read from the Example API by npm run pricing:update --live.',
      },
    ]);
  });

  it('refuses to run without --fixtures or --live (never touches the network by default)', () => {
    let out = '';
    try {
      execFileSync('node', ['--import', 'tsx', 'scripts/pricing/update.ts'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      expect(err.status).toBe(2);
      out = err.stderr;
    }
    expect(out).toMatch(/choose --fixtures .* or --live/);
  });
});
