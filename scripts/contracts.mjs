#!/usr/bin/env node
// Keeps docs/CONTRACTS.md true: its generated blocks (between `<!-- contracts:… -->` and
// `<!-- /contracts:… -->`) must equal what the built packages declare.
//   node scripts/contracts.mjs           check (run by `npm test` after the build); exit 1 on a difference
//   node scripts/contracts.mjs --write   rewrite the generated blocks, and add a section for each
//                                        workspace package that has none (at `<!-- contracts:new-packages -->`)
// Blocks:
//   exports package="P" entry="."        every export of the entry's built .d.ts, grouped by source folder
//   members package="P" entry="." type="T"   the members of interface T (e.g. the worker's comlink API)
//   element package="P" tag="t"          attributes, properties, methods, events, CSS custom properties and
//                                        parts of custom element t, from the package's custom-elements.json
// The check reads what exists: every workspace package with an `exports` map needs an exports block per
// typed entry, and a block naming a package or entry that does not exist fails.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(root, 'docs', 'CONTRACTS.md');

/** Workspace packages: `{ name, dir, json }` for packages/* and apps/*. */
export function workspacePackages() {
  const out = [];
  for (const group of ['packages', 'apps']) {
    const g = join(root, group);
    if (!existsSync(g)) continue;
    for (const d of readdirSync(g).sort()) {
      const file = join(g, d, 'package.json');
      if (existsSync(file))
        out.push({
          name: JSON.parse(readFileSync(file, 'utf8')).name,
          dir: join(g, d),
          json: JSON.parse(readFileSync(file, 'utf8')),
        });
    }
  }
  return out;
}

/** The typed entries of a package's `exports` map: `{ entry: '.', types: absolute .d.ts path }`. */
export function typedEntries(pkg) {
  const out = [];
  for (const [entry, target] of Object.entries(pkg.json.exports ?? {})) {
    if (entry.includes('*') || typeof target !== 'object' || !target?.types) continue;
    out.push({ entry, types: join(pkg.dir, target.types) });
  }
  return out;
}

const programs = new Map();
function checkerFor(file) {
  if (!existsSync(file))
    throw new Error(`${relative(root, file)} is missing: build the package first (npm run build)`);
  let p = programs.get(file);
  if (!p) {
    p = ts.createProgram([file], {
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
    });
    programs.set(file, p);
  }
  return { checker: p.getTypeChecker(), sf: p.getSourceFile(file) };
}

/** Exports of a .d.ts: `{ name, kind: 'value' | 'type', folder }`, sorted by folder then name. */
export function exportsOf(file) {
  const { checker, sf } = checkerFor(file);
  const mod = checker.getSymbolAtLocation(sf);
  if (!mod) return [];
  const base = dirname(file);
  return checker
    .getExportsOfModule(mod)
    .map((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const decl = target.declarations?.[0];
      const from = decl ? decl.getSourceFile().fileName : file;
      const folder = from.startsWith(base)
        ? dirname(relative(base, from)).split('\\').join('/')
        : 'from other packages';
      return {
        name: s.name,
        kind: target.flags & ts.SymbolFlags.Value ? 'value' : 'type',
        folder: folder === '.' ? '(root)' : folder,
      };
    })
    .sort((a, b) => a.folder.localeCompare(b.folder) || a.name.localeCompare(b.name));
}

function exportsBlock(pkg, entry) {
  const e = typedEntries(pkg).find((x) => x.entry === entry);
  if (!e) throw new Error(`${pkg.name} has no typed export "${entry}" in its package.json`);
  const byFolder = new Map();
  for (const x of exportsOf(e.types)) {
    const list = byFolder.get(x.folder) ?? [];
    list.push(x.kind === 'type' ? `\`${x.name}\` (type)` : `\`${x.name}\``);
    byFolder.set(x.folder, list);
  }
  const lines = [
    `Exports of \`${join(pkg.name, entry).replace(/\/\.$/, '')}\` (${relative(pkg.dir, e.types)}), by source folder:`,
    '',
  ];
  for (const [folder, names] of byFolder) lines.push(`- **${folder}**: ${names.join(', ')}`);
  if (!byFolder.size) lines.push('- none (the module runs for its effect)');
  return lines.join('\n');
}

function membersBlock(pkg, entry, type) {
  const e = typedEntries(pkg).find((x) => x.entry === entry);
  if (!e) throw new Error(`${pkg.name} has no typed export "${entry}"`);
  const { checker, sf } = checkerFor(e.types);
  const sym = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)).find((s) => s.name === type);
  if (!sym) throw new Error(`${pkg.name} does not export ${type}`);
  const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
  const props = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target));
  const lines = [`Members of \`${type}\`:`, ''];
  for (const p of props) {
    const doc = ts.displayPartsToString(p.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
    const sig = checker.typeToString(checker.getTypeOfSymbol(p), undefined, ts.TypeFormatFlags.NoTruncation);
    lines.push(`- \`${p.name}\`: \`${sig.replace(/\s+/g, ' ')}\`${doc ? `. ${doc}` : ''}`);
  }
  return lines.join('\n');
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .trim();

function elementBlock(pkg, tag) {
  const file = join(pkg.dir, pkg.json.customElements ?? 'custom-elements.json');
  if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing`);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!decl) throw new Error(`${relative(root, file)} declares no <${tag}>`);
  const table = (title, head, rows) =>
    rows.length
      ? [
          `**${title}**`,
          '',
          `| ${head.join(' | ')} |`,
          `|${head.map(() => '---').join('|')}|`,
          ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
          '',
        ]
      : [`**${title}**: none`, ''];
  const pub = (decl.members ?? []).filter(
    (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
  );
  return [
    `\`<${tag}>\` (class \`${decl.name}\`, ${relative(pkg.dir, file)}):`,
    '',
    ...table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'meaning'],
      (decl.attributes ?? []).map((a) => [
        `\`${a.name}\``,
        a.fieldName ? `\`${a.fieldName}\`` : '',
        a.type?.text,
        a.default,
        a.description,
      ]),
    ),
    ...table(
      'Properties',
      ['property', 'type', 'meaning'],
      pub.filter((m) => m.kind === 'field').map((m) => [`\`${m.name}\``, m.type?.text, m.description]),
    ),
    ...table(
      'Methods',
      ['method', 'meaning'],
      pub.filter((m) => m.kind === 'method').map((m) => [`\`${m.name}()\``, m.description]),
    ),
    ...table(
      'Events',
      ['event', 'type', 'meaning'],
      (decl.events ?? []).map((e) => [`\`${e.name}\``, e.type?.text, e.description]),
    ),
    ...table(
      'CSS custom properties',
      ['property', 'default', 'meaning'],
      (decl.cssProperties ?? []).map((c) => [`\`${c.name}\``, c.default, c.description]),
    ),
    ...table(
      'CSS parts',
      ['part', 'meaning'],
      (decl.cssParts ?? []).map((c) => [`\`${c.name}\``, c.description]),
    ),
    ...table(
      'Slots',
      ['slot', 'meaning'],
      (decl.slots ?? []).map((s) => [`\`${s.name || '(default)'}\``, s.description]),
    ),
  ]
    .join('\n')
    .trimEnd();
}

const BLOCK =
  /<!-- contracts:(exports|members|element)((?:\s+\w+="[^"]*")*)\s*-->\n([\s\S]*?)\n?<!-- \/contracts:\1 -->/g;
const attrs = (s) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** Regenerates every block of `text`; returns `{ text, problems }` (problems: strings for the user). */
export function regenerate(text, packages = workspacePackages()) {
  const problems = [];
  const seen = new Set();
  const out = text.replace(BLOCK, (whole, kind, rawAttrs, body) => {
    const a = attrs(rawAttrs);
    const pkg = packages.find((p) => p.name === a.package);
    if (!pkg) {
      problems.push(`a contracts:${kind} block names ${a.package}, which is not a workspace package`);
      return whole;
    }
    let fresh;
    try {
      if (kind === 'exports') {
        seen.add(`${a.package} ${a.entry}`);
        fresh = exportsBlock(pkg, a.entry);
      } else if (kind === 'members') fresh = membersBlock(pkg, a.entry, a.type);
      else fresh = elementBlock(pkg, a.tag);
    } catch (e) {
      problems.push(`contracts:${kind} ${a.package}: ${e.message}`);
      return whole;
    }
    if (fresh.trim() !== body.trim()) problems.push(describeDifference(kind, a, body, fresh));
    return `<!-- contracts:${kind}${rawAttrs} -->\n${fresh}\n<!-- /contracts:${kind} -->`;
  });
  const missing = [];
  for (const pkg of packages)
    for (const e of typedEntries(pkg))
      if (!seen.has(`${pkg.name} ${e.entry}`)) {
        problems.push(
          `${pkg.name} exports "${e.entry}" but docs/CONTRACTS.md has no contracts:exports block for it`,
        );
        missing.push(
          `<!-- contracts:exports package="${pkg.name}" entry="${e.entry}" -->\n<!-- /contracts:exports -->`,
        );
      }
  problems.push(...proseProblems(out, packages));
  return { text: out, problems, missing };
}

/**
 * API names in the hand-written prose (a backticked `Name`, `NAME` or `name(…)`) that no workspace
 * package exports: a renamed or removed export still described in words.
 */
function proseProblems(text, packages) {
  const known = new Set();
  for (const pkg of packages)
    for (const e of typedEntries(pkg)) {
      if (!existsSync(e.types)) continue;
      const { checker, sf } = checkerFor(e.types);
      const mod = checker.getSymbolAtLocation(sf);
      for (const s of mod ? checker.getExportsOfModule(mod) : []) {
        known.add(s.name);
        const t = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        if (!(t.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
        const type = checker.getDeclaredTypeOfSymbol(t);
        for (const p of checker.getPropertiesOfType(type)) known.add(p.name);
        for (const u of type.isUnion() ? type.types : []) if (u.isStringLiteral()) known.add(u.value);
      }
    }
  const prose = text.replace(BLOCK, '').replace(/<!--[\s\S]*?-->/g, '');
  const out = [];
  for (const m of prose.matchAll(/`([A-Za-z_$][\w$]*)(\([^`]*\))?`/g)) {
    const [, name, call] = m;
    if ((!call && !/[A-Z]/.test(name)) || name in globalThis) continue;
    if (!known.has(name)) out.push(`the prose names \`${name}\`, which no package exports`);
  }
  return [...new Set(out)];
}

const names = (s) => new Set([...s.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
function describeDifference(kind, a, body, fresh) {
  const had = names(body);
  const now = names(fresh);
  const gone = [...had].filter((n) => !now.has(n));
  const added = [...now].filter((n) => !had.has(n));
  const where = `${kind} ${a.package}${a.entry ? ` "${a.entry}"` : ''}${a.type ? ` ${a.type}` : ''}${a.tag ? ` <${a.tag}>` : ''}`;
  const parts = [];
  if (gone.length)
    parts.push(`listed in CONTRACTS.md but not in the package: ${gone.slice(0, 20).join(', ')}`);
  if (added.length) parts.push(`in the package but not listed: ${added.slice(0, 20).join(', ')}`);
  if (!parts.length) parts.push('same names, different types or descriptions');
  return `${where}: ${parts.join('; ')}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(DOC, 'utf8');
  const r = regenerate(text);
  if (process.argv.includes('--write')) {
    let next = r.text;
    if (r.missing.length) {
      const mark = '<!-- contracts:new-packages -->';
      const stubs = r.missing.map((m) => `${m}\n`).join('\n');
      next = next.includes(mark) ? next.replace(mark, `${stubs}\n${mark}`) : `${next}\n${stubs}`;
      writeFileSync(DOC, next);
      next = regenerate(readFileSync(DOC, 'utf8')).text;
    }
    writeFileSync(DOC, next);
    console.log(
      `docs/CONTRACTS.md: generated blocks rewritten${r.missing.length ? `; ${r.missing.length} new block(s) added: describe them` : ''}`,
    );
  } else if (r.problems.length) {
    console.error('docs/CONTRACTS.md does not match the built packages:');
    for (const p of r.problems) console.error(`  - ${p}`);
    console.error(
      'Fix: update the prose if a contract changed, then run `node scripts/contracts.mjs --write`.',
    );
    process.exit(1);
  } else console.log('docs/CONTRACTS.md matches the built packages and custom-elements.json');
}
