import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// js-yaml ships no types; its load() is all this test needs.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('.github/workflows/pricing-refresh.yml', () => {
  const text = readFileSync(root('.github/workflows/pricing-refresh.yml'), 'utf8');
  const doc = yaml.load(text) as {
    on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
    permissions: Record<string, string>;
    jobs: { refresh: { steps: Step[] } };
  };
  const steps = doc.jobs.refresh.steps;
  const at = (match: (s: Step) => boolean, what: string) => {
    const i = steps.findIndex(match);
    expect(i, what).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('runs weekly and on demand', () => {
    expect(doc.on.schedule).toHaveLength(1);
    // Five cron fields; the day-of-week field names one day (weekly).
    const fields = doc.on.schedule[0]?.cron.split(' ') ?? [];
    expect(fields).toHaveLength(5);
    expect(fields[4]).toMatch(/^[0-6]$/);
    expect('workflow_dispatch' in doc.on).toBe(true);
  });

  it('updates from the live APIs, checks, writes the body, then opens a pull request', () => {
    const update = at((s) => /npm run pricing:update -- --live/.test(s.run ?? ''), 'live update');
    const check = at((s) => /npm run pricing:check/.test(s.run ?? ''), 'check');
    const body = at((s) => /scripts\/pricing\/pr-body\.ts/.test(s.run ?? ''), 'body');
    const pr = at((s) => (s.uses ?? '').startsWith('peter-evans/create-pull-request@'), 'PR');
    const base = at((s) => /git archive HEAD pricing-data/.test(s.run ?? ''), 'base copy');
    expect(base).toBeLessThan(update);
    expect(update).toBeLessThan(check);
    expect(check).toBeLessThan(body);
    expect(body).toBeLessThan(pr);
    expect(existsSync(root('scripts/pricing/pr-body.ts'))).toBe(true);
  });

  it('pins every action by version and gives the pull request the written body', () => {
    for (const s of steps.filter((x) => x.uses))
      expect(s.uses, 'an action pinned to a version tag').toMatch(/@v\d+(\.\d+){0,2}$/);
    const pr = steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.uses).toMatch(/@v\d+\.\d+\.\d+$/);
    expect(String(pr?.with?.['body-path'])).toContain('pr-body.md');
    expect(doc.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });
});
