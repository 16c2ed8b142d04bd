// One vitest test per `@example` block of a package (see README.md beside this file). A package's
// `test/examples.test.ts` calls `exampleSuite(vitest, { … })`; nothing lists the examples, so moved
// and new functions are covered as soon as their file is under `src/`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { packageExamples } from './collect.mjs';
import { exampleModule, exportedValueNames } from './compile.mjs';

/** A marker line in an example's code: compiled against the package's types, not run. */
export const TYPES_ONLY = /\/\/\s*types-only\b/;

/**
 * Writes the example modules of a package into `<package>/.examples/` and returns one record per
 * example: `{ label, file, line, name, outFile, fn, error, typesOnly }`.
 */
export function buildExamples(packageDir, opts = {}) {
  const entry = opts.entry ? resolve(packageDir, opts.entry) : null;
  const exportNames = entry ? exportedValueNames(entry) : new Set();
  const fixtures = opts.fixtures ? resolve(packageDir, opts.fixtures) : null;
  const fixtureNames = fixtures ? exportedValueNames(fixtures) : new Set();
  const outRoot = join(packageDir, '.examples');
  rmSync(outRoot, { recursive: true, force: true });
  const byFile = new Map();
  for (const e of packageExamples(packageDir)) {
    const list = byFile.get(e.file) ?? [];
    list.push(e);
    byFile.set(e.file, list);
  }
  const records = [];
  for (const [file, examples] of byFile) {
    const outFile = join(outRoot, file);
    const m = exampleModule(join(packageDir, file), examples, outFile, {
      entry,
      exportNames,
      fixtures,
      fixtureNames,
      selfName: opts.selfName,
      fileLabel: `${opts.label ?? ''}${file}`,
    });
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, m.text);
    const lines = m.text.split('\n');
    for (const { fn, example, error } of m.entries) {
      const start = fn ? lines.findIndex((l) => l.startsWith(`export async function ${fn}(`)) : -1;
      records.push({
        label: `${opts.label ?? ''}${file}:${example.line} ${example.name}`,
        file,
        line: example.line,
        name: example.name,
        outFile,
        fn,
        error,
        typesOnly: !opts.run || TYPES_ONLY.test(example.code),
        start,
        end: start < 0 ? -1 : nextStart(lines, start),
      });
    }
  }
  return records;
}

const nextStart = (lines, start) => {
  const next = lines.findIndex((l, k) => k > start && l.startsWith('export async function __example_'));
  return next < 0 ? lines.length : next - 1;
};

/**
 * Compiles the example modules with the package's `tsconfig.json` and returns the type errors of
 * each example (by record index). Errors in the copied source itself are the package typecheck's job.
 */
export function typeErrors(packageDir, records) {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const files = [...new Set(records.map((r) => r.outFile))];
  const program = ts.createProgram(files, { ...config.options, noEmit: true, incremental: false });
  const out = records.map(() => []);
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    for (const d of diags) {
      if (d.start === undefined) continue;
      const line = sf.getLineAndCharacterOfPosition(d.start).line;
      const i = records.findIndex(
        (r) => r.outFile === file && r.start >= 0 && line >= r.start && line <= r.end,
      );
      if (i >= 0) out[i].push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    }
  }
  return out;
}

/**
 * Declares one test per example of the package that holds the calling test file.
 * `vitest` is `{ describe, it, beforeAll }` from the caller's vitest; options:
 * `{ testFile: import.meta.url, entry: 'src/index.ts' | null, selfName: '@peacepanel/x', run: true }`.
 * A test fails when the example has a syntax or type error, throws, or a `// =>` value does not match.
 */
export function exampleSuite(vitest, opts) {
  const packageDir = resolve(dirname(fileURLToPath(opts.testFile)), '..');
  const records = buildExamples(packageDir, opts);
  let errors = null;
  vitest.describe(`@example blocks (${records.length}; ${opts.run ? 'run' : 'type-checked only'})`, () => {
    vitest.beforeAll(() => {
      errors = typeErrors(packageDir, records);
    }, 180_000);
    records.forEach((r, i) => {
      vitest.it(`${r.label}${r.typesOnly ? ' (types only)' : ''}`, async () => {
        if (r.error) throw new Error(`${r.label}: ${r.error}`);
        if (errors[i].length) throw new Error(`${r.label}: type error: ${errors[i].join('; ')}`);
        if (r.typesOnly) return;
        const mod = await import(/* @vite-ignore */ r.outFile);
        try {
          await mod[r.fn]();
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          if (message.startsWith(r.label)) throw e;
          throw new Error(`${r.label}: the example throws: ${message}`, { cause: e });
        }
      });
    });
  });
  return records;
}
