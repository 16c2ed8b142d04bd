#!/usr/bin/env node
// Regenerates the root README's replication headline (verdict table + figure) between the markers
// <!-- replicate:start --> and <!-- replicate:end -->, from the committed report folder's headline.md
// (written by `peacepanel replicate`, every number taken from numbers.json). Relative links in the
// headline are rewritten to point into the report folder. Never edit the block by hand.
//
//   node scripts/readme-headline.mjs            rewrite README.md
//   node scripts/readme-headline.mjs --check    exit 1 if README.md is out of date
//   options: --readme FILE (default README.md), --report-dir DIR (default docs/replication)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const START = '<!-- replicate:start -->';
export const END = '<!-- replicate:end -->';

/** Prefixes relative markdown links and images with `base` (absolute URLs and anchors untouched). */
export function rebaseLinks(markdown, base) {
  if (!base || base === '.') return markdown;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return markdown.replace(/\]\((?![a-z][a-z0-9+.-]*:|#|\/)([^)\s]+)\)/gi, (_, link) => `](${prefix}${link})`);
}

/** Replaces the text between the markers (markers kept); throws if they are missing or out of order. */
export function spliceBlock(readme, block) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0 || b < a) throw new Error(`README lacks the markers ${START} … ${END} (in that order)`);
  return `${readme.slice(0, a + START.length)}\n${block.trim()}\n${readme.slice(b)}`;
}

function main(argv) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const opt = (name, def) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : def;
  };
  const readmePath = opt('--readme', join(root, 'README.md'));
  const reportDir = opt('--report-dir', join(root, 'docs', 'replication'));
  const headlinePath = join(reportDir, 'headline.md');
  if (!existsSync(headlinePath)) {
    console.error(
      `readme-headline: ${headlinePath} not found; run \`peacepanel replicate --out ${relative(root, reportDir)}\` first`,
    );
    return 2;
  }
  const base = relative(dirname(readmePath), reportDir).split('\\').join('/');
  const block = rebaseLinks(readFileSync(headlinePath, 'utf8'), base);
  const before = readFileSync(readmePath, 'utf8');
  let after;
  try {
    after = spliceBlock(before, block);
  } catch (e) {
    console.error(`readme-headline: ${readmePath}: ${e.message}`);
    return 2;
  }
  if (argv.includes('--check')) {
    if (after !== before) {
      console.error(`readme-headline: ${readmePath} is out of date; run node scripts/readme-headline.mjs`);
      return 1;
    }
    console.log('readme-headline: README headline is up to date');
    return 0;
  }
  if (after !== before) writeFileSync(readmePath, after);
  console.log(
    `readme-headline: ${after === before ? 'unchanged' : 'updated'} ${relative(process.cwd(), readmePath) || readmePath}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
