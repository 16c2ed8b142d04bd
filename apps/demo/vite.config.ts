import { cpSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const widgetDist = resolve(here, '../../packages/widget/dist');
const datasets = resolve(here, '../../packages/data/datasets');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves the published widget bundle at `/widget/` (dev) and copies it into `dist/widget/` (build),
 * with the bundled dataset next to it, so the demo, `embed.html` and pasted snippets all load the
 * same file an NGO page would.
 */
function widgetBundle(): Plugin {
  const lookup = (path: string): string | undefined => {
    const rel = path.replace(/^\/widget\//, '').split('?')[0] ?? '';
    if (rel.includes('..')) return undefined;
    const inWidget = join(widgetDist, rel);
    if (existsSync(inWidget) && statSync(inWidget).isFile()) return inWidget;
    const inData = join(datasets, rel.replace(/^datasets\//, ''));
    if (rel.startsWith('datasets/') && existsSync(inData)) return inData;
    return undefined;
  };
  return {
    name: 'peacepanel-widget-bundle',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = req.url?.startsWith('/widget/') ? lookup(req.url) : undefined;
        if (!file) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      const out = resolve(here, 'dist/widget');
      if (!existsSync(join(widgetDist, 'partnership-effect.js'))) {
        this.warn('packages/widget/dist/partnership-effect.js is missing: build @peacepanel/widget first');
        return;
      }
      mkdirSync(out, { recursive: true });
      cpSync(widgetDist, out, {
        recursive: true,
        filter: (src) => !src.includes(`${join(widgetDist, 'types')}`),
      });
      const json = join(datasets, 'africa-cm.json');
      const target = join(out, 'datasets', 'africa-cm.json');
      if (existsSync(json) && !existsSync(target)) {
        mkdirSync(dirname(target), { recursive: true });
        cpSync(json, target);
      }
    },
  };
}

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    rollupOptions: {
      input: { main: resolve(here, 'index.html'), embed: resolve(here, 'embed.html') },
    },
  },
  worker: { format: 'es' },
  server: { fs: { allow: [resolve(here, '../..')] } },
  preview: { port: 4173 },
  plugins: [widgetBundle()],
});
