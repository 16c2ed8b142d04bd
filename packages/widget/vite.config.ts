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
 * Fails the build when it would write anything but `name`: each of the widget's two scripts is
 * self-contained (a split chunk or a worker asset would be fetched from the CDN or lost).
 */
function oneFile(name: string): Plugin {
  return {
    name: 'peacepanel-one-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle);
      if (files.length !== 1 || files[0] !== name)
        this.error(`this build must write ${name} alone, got: ${files.join(', ')}`);
    },
  };
}

/**
 * Swaps `@peacepanel/worker`'s bootstrap chunking (`worker/operations/bootstrap-range.js`, which brings core's
 * cluster bootstrap and its RNG) for `src/live-fit-worker/bootstrap-left-out.ts`: the charts never
 * bootstrap, and it is about 1.7 KB gzip of the 60 KB budget. Fails the build when the module was not
 * found (renamed upstream), so the swap cannot silently stop working.
 */
function leaveOutBootstrap(): Plugin {
  const stand = resolve(here, 'src/live-fit-worker/bootstrap-left-out.ts');
  let swapped = false;
  return {
    name: 'peacepanel-leave-out-bootstrap',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === './operations/bootstrap-range.js' &&
        importer?.replaceAll('\\', '/').includes('/worker/dist/worker/')
      ) {
        swapped = true;
        return stand;
      }
      return null;
    },
    buildEnd() {
      if (!swapped)
        this.error(
          "@peacepanel/worker's worker/operations/bootstrap-range.js was not found: update leaveOutBootstrap()",
        );
    },
  };
}

/**
 * Removes the `@vite-ignore` marks from the element script's
 * `new URL('./live-fit.js' | './default-views.json' | './multiverse-curve.json' | './datasets/…' | './locales/…', import.meta.url)`
 * (see `src/index.ts`). This build must leave those URLs alone (the files are written next to the
 * script), but the bundler of an app that bundles the widget must see them, to emit the files and
 * rewrite the URLs (Vite skips a marked one). Fails the build unless every one was found.
 */
function unmarkAssetUrls(): Plugin {
  const mark =
    /\/\*\s*@vite-ignore\s*\*\/\s*(?=[`'"]\.\/(?:datasets\/|locales\/|live-fit\.js|default-views\.json|multiverse-curve\.json))/g;
  const expected = [
    './live-fit.js',
    './default-views.json',
    './multiverse-curve.json',
    './datasets/',
    './locales/',
  ];
  return {
    name: 'peacepanel-unmark-asset-urls',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle['partnership-effect.js'];
      if (chunk?.type !== 'chunk') this.error('partnership-effect.js was not built');
      const marked = [...chunk.code.matchAll(new RegExp(`${mark.source}[\`'"]([^\`'"]+)`, 'g'))].map(
        (m) => m[1] ?? '',
      );
      const missing = expected.filter((e) => !marked.some((m) => m.startsWith(e)));
      if (missing.length)
        this.error(
          `no \`/* @vite-ignore */ ${missing.join(', ')}\` URL in partnership-effect.js: update unmarkAssetUrls()`,
        );
      chunk.code = chunk.code.replace(mark, '');
    },
  };
}

// Two scripts, each self-contained, built in two passes (`vite build`, then `vite build --mode live-fit`):
// - `partnership-effect.js` (src/index.ts): lit, the element and its drawing code. It paints the
//   default views from `default-views.json` (written after both passes by scripts/build-views.ts)
//   and imports `live-fit.js` lazily, by a URL relative to itself, for live fits;
// - `live-fit.js` (src/live-fit.ts): core's fit path, the comlink client and the worker side; the live-fit
//   worker (a blob module importing this same URL, so it works from a CDN) runs it too, and so does
//   the in-thread fallback. Its dynamic imports are inlined (`codeSplitting: false`).
// `datasets/<id>.json` are fetched lazily, relative to the element's script, for live fits only;
// `locales/<lang>.js` (vite.locales.config.ts) are imported lazily for languages other than English.
// The element script's URLs of these files are literal `new URL('./…', import.meta.url)`, so an app
// bundler that bundles the widget emits them (`unmarkAssetUrls`).
export default defineConfig(({ mode }) => {
  const liveFit = mode === 'live-fit';
  const fileName = liveFit ? 'live-fit.js' : 'partnership-effect.js';
  return {
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      lib: {
        entry: resolve(here, liveFit ? 'src/live-fit.ts' : 'src/index.ts'),
        formats: ['es'],
        fileName: () => fileName,
      },
      outDir: 'dist',
      emptyOutDir: !liveFit,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      rolldownOptions: {
        output: { codeSplitting: false, minify: true },
      },
    },
    plugins: liveFit
      ? [leaveOutBootstrap(), oneFile(fileName)]
      : [oneFile(fileName), unmarkAssetUrls(), copyDatasets()],
  };
});
