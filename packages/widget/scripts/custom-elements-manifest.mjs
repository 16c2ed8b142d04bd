#!/usr/bin/env node
// Writes custom-elements.json (schema 2.1.0) from the JSDoc block of the element class: the
// @summary, @attr, @event, @csspart and @cssproperty tags (the tags Shoelace and
// @custom-elements-manifest/analyzer read), plus the public methods named below. Run by `build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modulePath = 'src/partnership-effect/partnership-effect.component.ts';
const source = readFileSync(join(root, modulePath), 'utf8');
const tag = /TAG_NAME = '([^']+)'/.exec(
  readFileSync(join(root, 'src/partnership-effect/define.ts'), 'utf8'),
)?.[1];
const cls = /export class (\w+) extends (\w+)/.exec(source);
const docStart = cls ? source.lastIndexOf('/**', cls.index) : -1;
if (!cls || docStart < 0 || !tag)
  throw new Error('custom-elements-manifest: element class, its doc block or TAG_NAME not found');
const [, className, superclass] = cls;
const doc = source.slice(docStart + 3, source.lastIndexOf('*/', cls.index));
const lines = doc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
const description = [];
for (const l of lines) {
  if (l.startsWith('@')) break;
  description.push(l);
}
const tags = [];
for (const l of lines) {
  if (l.startsWith('@')) tags.push(l);
  else if (tags.length && l.trim()) tags[tags.length - 1] += ` ${l.trim()}`;
}
const parse = (name) =>
  tags
    .filter((t) => t.startsWith(`@${name} `))
    .map((t) => {
      const m = /^@\w+\s+(?:\{(.+?)\}\s+)?(\[[^\]]+\]|\S+)\s+-\s+(.*)$/.exec(t);
      if (!m) throw new Error(`custom-elements-manifest: cannot read "${t}"`);
      const [, type, nameDefault, text] = m;
      const [n, def] = nameDefault.startsWith('[') ? nameDefault.slice(1, -1).split(/=(.*)/s) : [nameDefault];
      return {
        name: n,
        ...(def ? { default: def } : {}),
        ...(type ? { type: { text: type } } : {}),
        description: text.trim(),
      };
    });
const summary = tags
  .find((t) => t.startsWith('@summary '))
  ?.slice(9)
  .trim();
const methods = [
  ['toCSV', 'The plotted values as RFC 4180 CSV, or null before data are drawn.', 'string | null'],
  [
    'toSVG',
    'The chart as a standalone SVG document (with title and source), or null before it is drawn.',
    'string | null',
  ],
  ['toPNG', 'The chart as a PNG (2× resolution), or null before it is drawn.', 'Promise<Blob | null>'],
  [
    'download',
    'Starts a download of the plotted values (`csv`) or the chart image (`svg`, `png`).',
    'Promise<void>',
  ],
].map(([name, d, ret]) => {
  if (!new RegExp(`\\n  (async )?${name}\\(`).test(source))
    throw new Error(`custom-elements-manifest: method ${name} not found`);
  return { kind: 'method', name, description: d, return: { type: { text: ret } } };
});
const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: modulePath,
      declarations: [
        {
          kind: 'class',
          name: className,
          tagName: tag,
          customElement: true,
          summary,
          description: description.join('\n').trim(),
          superclass: { name: superclass, package: 'lit' },
          attributes: parse('attr'),
          events: parse('event'),
          cssParts: parse('csspart'),
          cssProperties: parse('cssproperty'),
          members: methods,
        },
      ],
      exports: [
        { kind: 'js', name: className, declaration: { name: className, module: modulePath } },
        {
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: modulePath },
        },
      ],
    },
  ],
};
writeFileSync(join(root, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `custom-elements.json: <${tag}> with ${manifest.modules[0].declarations[0].attributes.length} attributes, ${manifest.modules[0].declarations[0].events.length} events, ${manifest.modules[0].declarations[0].cssParts.length} parts, ${manifest.modules[0].declarations[0].cssProperties.length} CSS properties`,
);
