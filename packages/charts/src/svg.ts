/**
 * SVG markup as strings, written like lit's `svg` templates: `svg\`<line x1=${a} stroke=${c} />\``.
 * Interpolated text is escaped (so a label can never become markup), an interpolation right after
 * `name=` becomes a quoted attribute value, fragments built by `svg` are inserted as they are, arrays
 * are concatenated and `null`, `undefined` and `false` draw nothing. No DOM is involved, so the same
 * chart code runs in a browser, in a worker and in Node (the replication report).
 */

/** A piece of SVG markup built by {@link svg}: inserted as markup, never escaped again. */
export class SvgFragment {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/**
 * Escapes text for SVG/XML content and attribute values.
 * Reference: XML 1.0 §2.4 (character data and markup).
 * @example escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SvgFragment) return value.markup;
  if (Array.isArray(value)) return value.map(text).join('');
  return escapeXml(String(value));
}

/**
 * The tag for SVG fragments (see the module comment).
 * @example svg`<text x=${10}>${'a < b'}</text>`.markup // '<text x="10">a &lt; b</text>'
 */
export function svg(strings: TemplateStringsArray, ...values: unknown[]): SvgFragment {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    const next = strings[i + 1] ?? '';
    const v = values[i];
    out += out.endsWith('=') ? `"${escapeXml(String(v))}"` : text(v);
    out += next;
  }
  return new SvgFragment(out);
}
