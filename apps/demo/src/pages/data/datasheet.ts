import { marked } from 'marked';

/**
 * Renders a datasheet (Markdown from @peacepanel/data, a trusted bundled file) to HTML.
 * @example datasheetHtml('# africa-cm\n\nSources …') // => '<h3>africa-cm</h3>\n<p>Sources …</p>\n'
 */
export function datasheetHtml(markdown: string): string {
  const out = marked.parse(markdown, { async: false, gfm: true });
  // The page has its own h1/h2: shift the datasheet's headings two levels down.
  return out.replace(
    /<(\/?)h([1-4])/g,
    (_m, slash: string, level: string) => `<${slash}h${Number(level) + 2}`,
  );
}
