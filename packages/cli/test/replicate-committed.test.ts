import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allRenderings,
  numberTokens,
  type ReplicationNumbers,
  renderFigures,
  renderHeadline,
  renderReport,
} from '../src/index.js';

// The committed report (docs/replication) must be exactly what the current code renders from the
// committed numbers.json, and the README block exactly what the script splices in: nothing by hand.
const docs = new URL('../../../docs/replication/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, docs), 'utf8');

describe('docs/replication (the committed report)', () => {
  const numbers = JSON.parse(read('numbers.json')) as ReplicationNumbers;

  it('report.md, headline.md and the figures are rendered from numbers.json by the current code', () => {
    expect(read('report.md')).toBe(renderReport(numbers));
    expect(read('headline.md')).toBe(`${renderHeadline(numbers, '')}\n`);
    for (const f of renderFigures(numbers)) expect(read(f.file)).toBe(f.svg);
  });

  it('report.md has no number that numbers.json lacks', () => {
    const allowed = allRenderings(numbers);
    expect(numberTokens(read('report.md')).filter((t) => !allowed.has(t))).toEqual([]);
  });

  it('the README headline block is up to date (scripts/readme-headline.mjs --check)', () => {
    const script = new URL('../../../scripts/readme-headline.mjs', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
