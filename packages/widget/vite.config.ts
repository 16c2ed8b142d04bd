import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { BUNDLED_DATASETS } from './src/partnership-effect/settings.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Copies the bundled datasets next to the script (`dist/datasets/<id>.json`), fetched lazily at run time. */
function copyDatasets(): Plugin {
  return {
    name: 'peacepanel-copy-datasets',
    apply: 'build',
    closeBundle() {
      // The worker package's default worker URL is emitted as an asset we never use (the widget
      // passes its inline worker as `workerFactory`); do not ship it.
      rmSync(resolve(here, 'dist/assets'), { recursive: true, force: true });
      const out = resolve(here, 'dist/datasets');
      mkdirSync(out, { recursive: true });
      for (const id of BUNDLED_DATASETS) {
        const src = resolve(here, '../data/datasets', `${id}.json`);
        if (existsSync(src)) copyFileSync(src, resolve(out, `${id}.json`));
        else
          this.warn(
            `dataset ${id}.json not found in packages/data/datasets; the widget will show a load error`,
          );
      }
    },
  };
}

// The entry `partnership-effect.js` holds lit and the element; `partnership-effect-engine.js` (the
// estimator client with the worker inlined, started from a blob URL so it works from a CDN, plus
// the in-thread fallback) and `datasets/<id>.json` are loaded lazily, relative to the script.
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: { entry: resolve(here, 'src/index.ts'), formats: ['es'], fileName: () => 'partnership-effect.js' },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'oxc',
    sourcemap: false,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.name === 'engine-client' ? 'partnership-effect-engine.js' : '[name]-[hash].js',
        minify: true,
      },
    },
  },
  worker: { format: 'es' },
  plugins: [copyDatasets()],
});
