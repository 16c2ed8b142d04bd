import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = new URL('../../../scripts/readme-headline.mjs', import.meta.url).pathname;

function run(args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

describe('scripts/readme-headline.mjs', () => {
  it('splices headline.md between the markers, rebasing relative links, and --check detects drift', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-readme-'));
    const report = join(dir, 'docs', 'replication');
    mkdirSync(report, { recursive: true });
    writeFileSync(
      join(report, 'headline.md'),
      '| claim | verdict |\n|---|---|\n| a | reproduced |\n\n![fig](partnership-effect.svg) [r](report.md) [x](https://example.org/a)\n',
    );
    const readme = join(dir, 'README.md');
    writeFileSync(readme, '# T\n\n<!-- replicate:start -->\nold\n<!-- replicate:end -->\n\nafter\n');
    const args = ['--readme', readme, '--report-dir', report];
    expect(run([...args, '--check']).status).toBe(1);
    expect(run(args).status).toBe(0);
    const text = readFileSync(readme, 'utf8');
    expect(text).toContain('<!-- replicate:start -->\n| claim | verdict |');
    expect(text).toContain('](docs/replication/partnership-effect.svg)');
    expect(text).toContain('](docs/replication/report.md)');
    expect(text).toContain('](https://example.org/a)');
    expect(text).not.toContain('old');
    expect(text.endsWith('<!-- replicate:end -->\n\nafter\n')).toBe(true);
    expect(run([...args, '--check']).status).toBe(0);
    expect(run(args).status).toBe(0);
    expect(readFileSync(readme, 'utf8')).toBe(text);
  });

  it('refuses a README without markers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-readme-'));
    writeFileSync(join(dir, 'headline.md'), 'x\n');
    writeFileSync(join(dir, 'README.md'), '# no markers\n');
    const r = run(['--readme', join(dir, 'README.md'), '--report-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('markers');
  });
});
