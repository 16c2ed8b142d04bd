// Issue 15, items 6-8: I/O errors are user errors (exit 2, one line, checked before computing),
// nothing done is an error, and messages say what is really wrong.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

const tmp = mkdtempSync(join(tmpdir(), 'peacepanel-robust-cli-'));
const aFile = join(tmp, 'a-file.txt');
writeFileSync(aFile, 'not a folder\n');
const aDir = join(tmp, 'a-dir');
mkdirSync(aDir);
const RAW = new URL('../../data/raw/', import.meta.url).pathname;

/** Exit 2 and exactly one line, without a stack trace, matching `message`. */
function expectOneLine(r: { code: number; err: string[] }, message: RegExp) {
  expect(r.code, r.err.join('\n')).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).not.toMatch(/\n|\bat .*:\d+:\d+/);
  expect(r.err[0]).toMatch(message);
}

describe('item 6: I/O errors exit 2 with one line', () => {
  it('export --out into a missing folder', async () => {
    const r = await run([
      'export',
      '--dataset',
      'africa-cm',
      '--format',
      'csv',
      '--out',
      '/nonexistent/x.csv',
    ]);
    expectOneLine(
      r,
      /\/nonexistent\/x\.csv: cannot write the output \(the folder \/nonexistent does not exist\)/,
    );
  });

  it('export --out to a directory', async () => {
    const r = await run(['export', '--dataset', 'africa-cm', '--format', 'csv', '--out', aDir]);
    expectOneLine(r, /cannot write the output \(it is a directory; name a file\)/);
  });

  it.runIf(existsSync('/dev/full'))('export --out to a full device', async () => {
    const r = await run(['export', '--dataset', 'africa-cm', '--format', 'json', '--out', '/dev/full']);
    expectOneLine(r, /\/dev\/full: cannot write the output \(ENOSPC: no space left on the device\)/);
  });

  it('replicate --out to an unwritable path fails before the computation starts', async () => {
    const r = await run(['replicate', '--reps', '0', '--out', join(aFile, 'sub')]);
    expectOneLine(r, /cannot write the output/);
    expect(r.out).not.toMatch(/replicating/);
  });

  it('build-panel --out into a missing folder fails before reading the inputs', async () => {
    const r = await run([
      'build-panel',
      '--deaths',
      aFile,
      '--acd',
      aFile,
      '--un',
      aFile,
      '--nonun',
      aFile,
      '--out',
      join(tmp, 'missing', 'panel.csv'),
    ]);
    expectOneLine(r, /cannot write the output \(the folder .*missing does not exist\)/);
  });

  it('describe --data <directory> says it is a directory', async () => {
    expectOneLine(await run(['describe', '--data', aDir]), /a-dir: is a directory, not a file/);
  });

  it('datasets --data-dir <file> says it is a file', async () => {
    expectOneLine(
      await run(['datasets', '--data-dir', aFile]),
      /a-file\.txt: is a file, not a folder\. Fix: name a folder holding dataset JSON/,
    );
  });
});

describe('item 7: nothing done is an error', () => {
  it('build-panel --from after --to', async () => {
    const r = await run([
      'build-panel',
      '--ged',
      `${RAW}ged231_car_events/ged231_car_events.csv`,
      '--acd',
      `${RAW}ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv`,
      '--un',
      `${RAW}kathman_unpko/mission-month_12-2019_kathman.csv`,
      '--nonun',
      `${RAW}nonun_missions`,
      '--from',
      '2014-12',
      '--to',
      '2012-01',
      '--out',
      join(tmp, 'empty.csv'),
    ]);
    expectOneLine(r, /--from: "2014-12" is not a month before --to 2012-01/);
    expect(existsSync(join(tmp, 'empty.csv'))).toBe(false);
  });

  it('datasets --data-dir with a missing folder or no datasets', async () => {
    expectOneLine(await run(['datasets', '--data-dir', '/nonexistent']), /\/nonexistent: file not found/);
    expectOneLine(await run(['datasets', '--data-dir', aDir]), /no dataset JSON files/);
  });
});

describe('item 8: messages that mislead', () => {
  it('an unknown option is named as one', async () => {
    expectOneLine(
      await run(['fit', '--bogus', 'x']),
      /^peacepanel fit: unknown option "--bogus" for peacepanel fit\. Fix: run `peacepanel fit --help`/,
    );
  });

  it('replicate reports the time it took, not a guess', async () => {
    const r = await run(['replicate', '--reps', '0', '--out', join(tmp, 'rep')]);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.out).not.toMatch(/about a minute/);
    expect(r.out).toMatch(/computed in \d+\.\d s/);
  });
});
