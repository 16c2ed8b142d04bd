import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MultiverseResult } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('peacepanel multiverse', () => {
  it('writes the table, the summary and three curves, and the same JSON twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peacepanel-mv-'));
    const only = 'nonun=strict,pastViolence=log1p-lag1,controls=none,fixedEffects=none,sample=all';
    const a = await run(['multiverse', '--dataset', 'africa-cm', '--only', only, '--out', dir]);
    expect(a.code).toBe(0);
    expect(a.err).toContain('2 specifications to fit');
    expect(a.out).toMatch(/^2 specifications/);
    expect(a.out).toContain('In ');
    for (const f of ['multiverse.csv', 'multiverse.json', 'summary.txt'])
      expect(readFileSync(join(dir, f), 'utf8').length).toBeGreaterThan(100);
    for (const q of ['unTroops', 'interaction', 'partnership']) {
      const svg = readFileSync(join(dir, `curve-${q}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg[^>]+role="img"/);
      expect(svg).not.toContain('NaN');
    }
    const csv = readFileSync(join(dir, 'multiverse.csv'), 'utf8').trimEnd().split('\n');
    expect(csv.length).toBe(3);
    expect(csv[0]).toMatch(
      /^id,unit,sample,nonun,pastViolence,controls,fixedEffects,inference,model,dataset/,
    );
    const b = await run(['multiverse', '--dataset', 'africa-cm', '--only', only, '--json']);
    expect(b.out).toBe(readFileSync(join(dir, 'multiverse.json'), 'utf8'));
    const json = JSON.parse(b.out) as MultiverseResult;
    expect(json.rows.map((r) => r.choices.model)).toEqual(['nb2', 'poisson']);
    expect(json.rows.every((r) => r.ok && r.clusters !== null && r.clusters > 20)).toBe(true);
  });

  it('refuses an unknown dataset or option with one line and exit code 2', async () => {
    const r = await run(['multiverse', '--dataset', 'nowhere']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('africa-cm');
    expect(r.err).not.toContain('    at ');
    expect((await run(['multiverse', '--only', 'model=ols'])).code).toBe(2);
  });
});
