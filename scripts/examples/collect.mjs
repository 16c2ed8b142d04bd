// Finds every `@example` block in a package's source: walks `src/` (no list to keep up to date), reads
// each `/** … */` doc comment and returns the code of its examples with the file, the line of the
// `@example` tag and the name of what the comment documents. See README.md beside this file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The `.ts` source files under `dir` (not `.d.ts`, not tests), sorted.
 * @example sourceFiles('packages/core/src').length > 100 // => true
 */
export function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts)$/.test(name) && !/\.d\.[mc]?ts$|\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const DECLARATION = [
  /^export\s+(?:default\s+)?(?:async\s+)?function\*?\s+([\w$]+)/,
  /^export\s+(?:default\s+)?(?:abstract\s+)?class\s+([\w$]+)/,
  /^export\s+(?:declare\s+)?(?:const|let|var|enum|interface|type)\s+([\w$]+)/,
  /^(?:async\s+)?function\*?\s+([\w$]+)/,
  /^(?:abstract\s+)?class\s+([\w$]+)/,
  /^(?:const|let|var|enum|interface|type)\s+([\w$]+)/,
  /^(?:(?:public|private|protected|static|readonly|override|async|get|set)\s+)*(#?[\w$]+)\s*[(<=:]/,
];

/** The name documented by the code that follows a doc comment (`Class.method` for members). */
function declaredName(lines, from) {
  for (let i = from; i < lines.length && i < from + 5; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('@')) continue;
    for (const re of DECLARATION) {
      const m = re.exec(line);
      if (m) {
        const owner = enclosingClass(lines, from);
        return re === DECLARATION[6] && owner ? `${owner}.${m[1]}` : m[1];
      }
    }
    return line.slice(0, 40);
  }
  return '(end of file)';
}

function enclosingClass(lines, before) {
  for (let i = before - 1; i >= 0; i--) {
    const m = /^(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+([\w$]+)/.exec(lines[i]);
    if (m) return m[1];
    if (/^}/.test(lines[i])) return null;
  }
  return null;
}

/**
 * The examples of one source text: `{ line, name, code }` per `@example` tag, `line` 1-based (the tag's
 * line), `code` the block's text with the comment's ` * ` margin removed (and Markdown fences dropped).
 * A block ends at the next tag (`@param`, `@example`, …) or at the end of the comment.
 */
export function collectExamples(text) {
  const lines = text.split('\n');
  const examples = [];
  let i = 0;
  while (i < lines.length) {
    if (!/^\s*\/\*\*/.test(lines[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && !lines[i].includes('*/')) i++;
    const end = i; // the line holding `*/`
    const body = [];
    for (let k = start; k <= end; k++) {
      let s = lines[k];
      if (k === start) s = s.replace(/^\s*\/\*\*/, '');
      if (k === end) s = s.slice(0, s.lastIndexOf('*/'));
      body.push({ line: k + 1, text: k === start ? s : s.replace(/^\s*\* ?/, '') });
    }
    const name = declaredName(lines, end + 1);
    let current = null;
    for (const { line, text: s } of body) {
      const tag = /^\s*@(\w+)\s?(.*)$/.exec(s);
      if (tag) {
        if (current) examples.push(finish(current));
        current = tag[1] === 'example' ? { line, name, code: tag[2] ? [tag[2]] : [] } : null;
      } else if (current) current.code.push(s);
    }
    if (current) examples.push(finish(current));
    i = end + 1;
  }
  return examples;
}

function finish(e) {
  const code = e.code.filter((l) => !/^\s*```/.test(l));
  while (code.length && code[code.length - 1].trim() === '') code.pop();
  return { line: e.line, name: e.name, code: code.join('\n') };
}

/**
 * Every example of a package: `{ file (relative to the package), line, name, code }`.
 * @example packageExamples('packages/core').length > 0 // => true
 */
export function packageExamples(packageDir) {
  return sourceFiles(join(packageDir, 'src')).flatMap((path) =>
    collectExamples(readFileSync(path, 'utf8')).map((e) => ({
      file: relative(packageDir, path).split('\\').join('/'),
      ...e,
    })),
  );
}
