#!/usr/bin/env node
// Measures the architecture rules of issue 16 over every package's and app's `src/`:
//   1. no source file over 400 lines;
//   2. no function over 80 lines (the unrolled linear-algebra kernels in core/src/linalg are exempt);
//   3. no exported type or interface declared in more than one package;
//   4. no import in core that runs back up its layers (see LAYERS below).
// Usage: node scripts/architecture.mjs [--json] [--strict]. Prints every violation; with --strict it
// exits 1 when there is any (the mode `npm test` uses).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LAYERS } from './layers.mjs';
import { root } from './pnpm.mjs';

const require = (await import('node:module')).createRequire(join(root, 'packages', 'core', 'package.json'));
const ts = require('typescript');

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const FUNCTION_EXEMPT = [/^packages\/core\/src\/linalg\//];

// Core's layers, lowest first (scripts/layers.mjs, the list the layering lint enforces).

function listTs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

function sourceRoots() {
  const roots = [];
  for (const group of ['packages', 'apps'])
    for (const pkg of readdirSync(join(root, group))) {
      const src = join(root, group, pkg, 'src');
      try {
        if (statSync(src).isDirectory()) roots.push({ pkg: `${group}/${pkg}`, src });
      } catch {}
    }
  return roots;
}

function layerOf(coreRel) {
  const top = coreRel.split('/')[0].replace(/\.ts$/, '');
  const i = LAYERS.findIndex((l) => l.includes(top));
  return { top, layer: i };
}

const violations = { files: [], functions: [], types: [], layers: [] };
const typeOwners = new Map();

for (const { pkg, src } of sourceRoots()) {
  for (const file of listTs(src)) {
    const rel = relative(root, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length;
    if (lines > MAX_FILE_LINES) violations.files.push({ file: rel, lines });
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
    const visit = (node) => {
      const isFn =
        ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node) ||
        ts.isConstructorDeclaration(node) ||
        ts.isGetAccessor(node) ||
        ts.isSetAccessor(node);
      if (isFn && node.body && !FUNCTION_EXEMPT.some((re) => re.test(rel))) {
        const n = lineOf(node.end) - lineOf(node.getStart(sf)) + 1;
        if (n > MAX_FUNCTION_LINES) {
          const name = node.name?.getText(sf) ?? node.parent?.name?.getText?.(sf) ?? '(anonymous)';
          violations.functions.push({ file: rel, line: lineOf(node.getStart(sf)), name, lines: n });
        }
      }
      if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.parent === sf) {
        const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (exported) {
          const name = node.name.text;
          const list = typeOwners.get(name) ?? [];
          list.push({ pkg, file: rel });
          typeOwners.set(name, list);
        }
      }
      if (ts.isImportDeclaration(node) && pkg === 'packages/core') {
        const spec = node.moduleSpecifier.text;
        if (spec.startsWith('.')) {
          const coreSrc = join(root, 'packages', 'core', 'src');
          const from = relative(coreSrc, file).split(sep).join('/');
          const to = relative(coreSrc, resolve(dirname(file), spec))
            .split(sep)
            .join('/');
          const a = layerOf(from);
          const b = layerOf(to);
          if (a.layer >= 0 && b.layer > a.layer)
            violations.layers.push({ file: rel, imports: spec, from: a.top, to: b.top });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
}

for (const [name, owners] of typeOwners) {
  const pkgs = new Set(owners.map((o) => o.pkg));
  if (pkgs.size > 1) violations.types.push({ name, files: owners.map((o) => o.file) });
}

const total = Object.values(violations).reduce((s, v) => s + v.length, 0);
if (process.argv.includes('--json')) console.log(JSON.stringify(violations, null, 2));
else {
  const show = (title, list, fmt) => {
    console.log(`\n${title}: ${list.length}`);
    for (const v of list) console.log(`  ${fmt(v)}`);
  };
  show(`files over ${MAX_FILE_LINES} lines`, violations.files, (v) => `${v.file} (${v.lines})`);
  show(
    `functions over ${MAX_FUNCTION_LINES} lines`,
    violations.functions,
    (v) => `${v.file}:${v.line} ${v.name} (${v.lines})`,
  );
  show(
    'types declared in more than one package',
    violations.types,
    (v) => `${v.name}: ${v.files.join(', ')}`,
  );
  show(
    'core imports that run up a layer',
    violations.layers,
    (v) => `${v.file} → ${v.imports} (${v.from} → ${v.to})`,
  );
  console.log(`\n${total} violation(s)`);
}
if (process.argv.includes('--strict') && total > 0) process.exit(1);
