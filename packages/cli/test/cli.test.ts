import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { VERSION } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('peacepanel CLI', () => {
  it('prints help with exit code 0', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('')).toContain('Usage: peacepanel <command>');
  });

  it('prints the package version', async () => {
    const c = capture();
    expect(await main(['--version'], c.io)).toBe(0);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(c.out.join('').trim()).toBe(pkg.version);
    expect(VERSION).toBe(pkg.version);
  });

  it('rejects an unknown command with exit code 2 and one line', async () => {
    const c = capture();
    expect(await main(['frobnicate'], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/unknown command "frobnicate"/);
  });

  it('works through the built bin script', () => {
    const bin = new URL('../bin/peacepanel.js', import.meta.url).pathname;
    const ok = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('peacepanel CLI output', () => {
  it('stops quietly when the reader closes the pipe early', () => {
    const bin = new URL('../bin/peacepanel.js', import.meta.url).pathname;
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${bin}" export --dataset africa-cm --format csv | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).not.toMatch(/EPIPE/);
    expect(r.stdout.trim()).toBe('0');
  });
});
