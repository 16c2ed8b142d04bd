// Turns the examples of one source file into a runnable module: a copy of the file (so the examples
// see everything the file declares and imports, private helpers included) with each example appended
// as an exported async function, the package's public exports in scope, and every `// => expected`
// comment turned into a check. See README.md beside this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const CHECK_MODULE = join(dirname(new URL(import.meta.url).pathname), 'check.mjs');

const rel = (fromDir, to) => {
  const r = relative(fromDir, to).split('\\').join('/');
  return r.startsWith('.') ? r : `./${r}`;
};
/** A specifier for a TypeScript module, as src/ writes them (`.js`; the bundler maps it to `.ts`). */
const relModule = (fromDir, to) => rel(fromDir, to).replace(/\.tsx?$/, '.js');

const parse = (name, text) => ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

/** Names bound at the top level of a module (imports and declarations, values and types). */
export function topLevelNames(sf) {
  const names = new Set();
  const bind = (n) => {
    if (!n) return;
    if (ts.isIdentifier(n)) names.add(n.text);
    else if (ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n))
      for (const el of n.elements) if (!ts.isOmittedExpression(el)) bind(el.name);
  };
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && st.importClause) {
      const c = st.importClause;
      bind(c.name);
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) bind(c.namedBindings.name);
      if (c.namedBindings && ts.isNamedImports(c.namedBindings))
        for (const el of c.namedBindings.elements) bind(el.name);
    } else if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) bind(d.name);
    else if (
      ts.isFunctionDeclaration(st) ||
      ts.isClassDeclaration(st) ||
      ts.isEnumDeclaration(st) ||
      ts.isInterfaceDeclaration(st) ||
      ts.isTypeAliasDeclaration(st)
    )
      bind(st.name);
  }
  return names;
}

/** `src/index.ts` of the workspace package named `name`, seen from `file` (null when none). */
function workspaceEntry(file, name) {
  let dir = dirname(file);
  while (dir !== dirname(dir) && !existsSync(join(dir, 'pnpm-workspace.yaml'))) dir = dirname(dir);
  for (const group of ['packages', 'apps']) {
    const g = join(dir, group);
    if (!existsSync(g)) continue;
    for (const d of readdirSync(g)) {
      const pj = join(g, d, 'package.json');
      const entry = join(g, d, 'src', 'index.ts');
      if (existsSync(pj) && existsSync(entry) && JSON.parse(readFileSync(pj, 'utf8')).name === name)
        return entry;
    }
  }
  return null;
}

/** The value names a module exports, following `export *` and `export { } from` through relative files. */
export function exportedValueNames(file, seen = new Set()) {
  const out = new Set();
  if (seen.has(file)) return out;
  seen.add(file);
  const sf = parse(file, readFileSync(file, 'utf8'));
  const resolveSpec = (spec) => {
    const base = resolve(dirname(file), spec).replace(/\.js$/, '');
    for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      try {
        readFileSync(c);
        return c;
      } catch {}
    }
    return null;
  };
  const isExported = (st) => ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st)) {
      if (st.isTypeOnly) continue;
      const from =
        st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : null;
      if (!st.exportClause) {
        const target = from?.startsWith('.') ? resolveSpec(from) : from ? workspaceEntry(file, from) : null;
        if (target) for (const n of exportedValueNames(target, seen)) out.add(n);
      } else if (ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) if (!el.isTypeOnly) out.add(el.name.text);
      } else if (ts.isNamespaceExport(st.exportClause)) out.add(st.exportClause.name.text);
    } else if (isExported(st)) {
      if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.add(d.name.text);
      if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && st.name)
        out.add(st.name.text);
    }
  }
  return out;
}

/** `import … from 'x'` lines of an example, as statements that run inside its function. */
function rewriteImport(st, selfName, entry, outDir, sourceFile) {
  let spec = st.moduleSpecifier.text;
  if (spec === selfName && entry) spec = relModule(outDir, entry);
  else if (spec.startsWith('.')) spec = rel(outDir, resolve(dirname(sourceFile), spec));
  const c = st.importClause;
  if (!c) return { runtime: `await import(${JSON.stringify(spec)});`, types: '' };
  const values = [];
  const types = [];
  if (c.name) values.push(`default: ${c.name.text}`);
  if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) {
    return {
      runtime: `const ${c.namedBindings.name.text} = await import(${JSON.stringify(spec)});`,
      types: '',
    };
  }
  if (c.namedBindings && ts.isNamedImports(c.namedBindings)) {
    for (const el of c.namedBindings.elements) {
      const imported = (el.propertyName ?? el.name).text;
      if (c.isTypeOnly || el.isTypeOnly)
        types.push(`type ${el.name.text} = import(${JSON.stringify(spec)}).${imported};`);
      else values.push(imported === el.name.text ? imported : `${imported}: ${el.name.text}`);
    }
  }
  return {
    runtime: values.length ? `const { ${values.join(', ')} } = await import(${JSON.stringify(spec)});` : '',
    types: types.join(' '),
  };
}

/**
 * Rewrites one example's code: its `import` lines become dynamic imports, and each `// => expected`
 * comment after a top-level statement becomes a check of that statement's value.
 * Returns `{ code, error }` (`error` for a syntax error or a misplaced `// =>`).
 */
export function instrument(code, ctx) {
  const sf = parse('example.ts', code);
  const syntax = sf.parseDiagnostics?.[0];
  if (syntax)
    return { code: '', error: `syntax error: ${ts.flattenDiagnosticMessageText(syntax.messageText, '\n')}` };
  const edits = []; // { start, end, text }
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const r = rewriteImport(st, ctx.selfName, ctx.entry, ctx.outDir, ctx.sourceFile);
      edits.push({ start: st.getStart(sf), end: st.end, text: `${r.types} ${r.runtime}`.trim() });
    }
  }
  const re = /\/\/\s*=>(.*)$/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const at = m.index;
    const expected = m[1].trim();
    const line = sf.getLineAndCharacterOfPosition(at).line;
    const candidates = sf.statements.filter((s) => s.end <= at);
    const st = candidates[candidates.length - 1];
    const stLine = st ? sf.getLineAndCharacterOfPosition(st.end).line : -1;
    const between = st ? code.slice(st.end, at) : '';
    const ownLine = /^\s*$/.test(code.slice(code.lastIndexOf('\n', at - 1) + 1, at));
    if (!st || (stLine !== line && !(ownLine && /^[\s;]*(\/\/[^\n]*)?\s*$/.test(between)))) {
      return {
        code: '',
        error: `line ${line + 1}: '// =>' must follow a top-level statement on its line or the line before`,
      };
    }
    const where = JSON.stringify(`${ctx.where} (example line ${line + 1})`);
    const throwsM = /^throws\b\s*(.*)$/.exec(expected);
    const exp = throwsM ? throwsM[1] || 'undefined' : expected;
    if (ts.isExpressionStatement(st)) {
      const expr = st.expression.getText(sf);
      const text = throwsM
        ? `await __throws(async () => (${expr}), ${exp}, ${where});`
        : `__check((${expr}), (${exp}), ${where});`;
      edits.push({ start: st.getStart(sf), end: st.end, text });
    } else if (ts.isVariableStatement(st) && !throwsM) {
      const last = st.declarationList.declarations.at(-1);
      if (!ts.isIdentifier(last.name))
        return { code: '', error: `line ${line + 1}: '// =>' after a destructuring` };
      edits.push({ start: st.end, end: st.end, text: ` __check(${last.name.text}, (${exp}), ${where});` });
    } else {
      return { code: '', error: `line ${line + 1}: '// =>' must follow an expression or a const` };
    }
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, error: null };
}

/**
 * The text of the module for one source file and its examples, to be written into `outFile`.
 * Returns `{ text, entries: [{ fn, example, error }] }`: `fn` is the exported function that runs the
 * example (null when `error` says why it cannot be built).
 */
export function exampleModule(sourceFile, examples, outFile, opts) {
  const source = readFileSync(sourceFile, 'utf8');
  const outDir = dirname(outFile);
  // Relative specifiers point back at the real files; nothing else in the copy changes (line numbers kept).
  const copy = source
    .replace(
      /((?:\bfrom|\bimport)\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\2/g,
      (_, head, q, spec) => `${head}${q}${rel(outDir, resolve(dirname(sourceFile), spec))}${q}`,
    )
    .replace(
      /(import\.meta\.glob(?:<[^>]*>)?\(\s*)(['"])(\.{1,2}\/[^'"\n]+)\2/g,
      (_, head, q, spec) => `${head}${q}${rel(outDir, resolve(dirname(sourceFile), spec))}${q}`,
    );
  const bound = topLevelNames(parse(sourceFile, source));
  const pkgNames = opts.entry && resolve(opts.entry) !== resolve(sourceFile) ? [...opts.exportNames] : [];
  const fixtureNames = opts.fixtures ? [...opts.fixtureNames] : [];
  const lines = [copy, '', '// ---- examples (generated by scripts/examples) ----'];
  lines.push(
    `import { __check as __check, __throws as __throws } from ${JSON.stringify(rel(outDir, CHECK_MODULE))};`,
  );
  if (pkgNames.length) lines.push(`import * as __pkg from ${JSON.stringify(relModule(outDir, opts.entry))};`);
  if (fixtureNames.length)
    lines.push(`import * as __fixtures from ${JSON.stringify(relModule(outDir, opts.fixtures))};`);
  const entries = examples.map((example, i) => {
    const where = `${opts.fileLabel}:${example.line} ${example.name}`;
    const r = instrument(example.code, { ...opts, outDir, where, sourceFile });
    if (r.error) return { fn: null, example, error: r.error };
    const used = new Set(example.code.match(/[A-Za-z_$][\w$]*/g) ?? []);
    const fromFixtures = fixtureNames.filter((n) => used.has(n) && !bound.has(n));
    const fromPkg = pkgNames.filter((n) => used.has(n) && !bound.has(n) && !fromFixtures.includes(n));
    const fn = `__example_${i}`;
    lines.push(`export async function ${fn}(): Promise<void> {`);
    if (fromFixtures.length) lines.push(`  const { ${fromFixtures.join(', ')} } = __fixtures;`);
    if (fromPkg.length) lines.push(`  const { ${fromPkg.join(', ')} } = __pkg;`);
    lines.push('  {', r.code, '  }', '}');
    return { fn, example, error: null };
  });
  // `import.meta.url` keeps meaning the source file (files next to it, e.g. `../datasets/`, resolve as in src/).
  const text = `${lines.join('\n')}\n`.replaceAll(
    'import.meta.url',
    JSON.stringify(pathToFileURL(sourceFile).href),
  );
  return { text, entries };
}
