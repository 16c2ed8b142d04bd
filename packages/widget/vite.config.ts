import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
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

/**
 * Fails the build when it would write anything but the one script: the widget ships as a single
 * self-contained file (an unused worker asset, a split chunk, would be fetched from the CDN or lost).
 */
function oneFile(): Plugin {
  return {
    name: 'peacepanel-one-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle);
      if (files.length !== 1 || files[0] !== 'partnership-effect.js')
        this.error(`the widget must build to partnership-effect.js alone, got: ${files.join(', ')}`);
    },
  };
}

/**
 * Swaps `@peacepanel/worker`'s bootstrap chunking (`engine/bootstrap-range.js`, which brings core's
 * cluster bootstrap and its RNG) for `src/engine-worker/bootstrap-left-out.ts`: the charts never
 * bootstrap, and it is about 1.7 KB gzip of the 60 KB budget. Fails the build when the module was not
 * found (renamed upstream), so the swap cannot silently stop working.
 */
function leaveOutBootstrap(): Plugin {
  const stand = resolve(here, 'src/engine-worker/bootstrap-left-out.ts');
  let swapped = false;
  return {
    name: 'peacepanel-leave-out-bootstrap',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === './bootstrap-range.js' &&
        importer?.replaceAll('\\', '/').includes('/worker/dist/engine/')
      ) {
        swapped = true;
        return stand;
      }
      return null;
    },
    buildEnd() {
      if (!swapped)
        this.error(
          "@peacepanel/worker's engine/bootstrap-range.js was not found: update leaveOutBootstrap()",
        );
    },
  };
}

/**
 * Removes the `@vite-ignore` marks from the built script's `new URL('./datasets/…' or './locales/…', import.meta.url)`
 * (see `src/index.ts`). This build must leave those URLs alone (the files are copied next to the
 * script), but the bundler of an app that bundles the widget must see them, to emit the files and
 * rewrite the URLs (Vite skips a marked one). Fails the build when no mark was found.
 */
function unmarkAssetUrls(): Plugin {
  const mark = /\/\*\s*@vite-ignore\s*\*\/\s*(?=`\.\/(?:datasets|locales)\/)/g;
  return {
    name: 'peacepanel-unmark-asset-urls',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle['partnership-effect.js'];
      if (chunk?.type !== 'chunk' || !mark.test(chunk.code))
        this.error(
          'no `/* @vite-ignore */ ./datasets/…` URL found in partnership-effect.js: update unmarkAssetUrls()',
        );
      chunk.code = chunk.code.replace(mark, '');
    },
  };
}

// One file, `partnership-effect.js`: lit, the element, the estimator client and core's engine. The
// page evaluates the element; the engine worker (a blob module importing this same script, so it
// works from a CDN) evaluates the engine; the in-thread fallback uses the same engine code. Dynamic
// imports are inlined (`codeSplitting: false`) and evaluated lazily. `datasets/<id>.json` are
// fetched lazily, relative to the script.
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
      output: { codeSplitting: false, minify: true },
    },
  },
  plugins: [leaveOutBootstrap(), oneFile(), unmarkAssetUrls(), copyDatasets()],
});
