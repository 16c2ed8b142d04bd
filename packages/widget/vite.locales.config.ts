import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { LANGS } from './src/partnership-effect/i18n.js';

const here = dirname(fileURLToPath(import.meta.url));
const lazy = LANGS.filter((l) => l !== 'en');

// The lazily loaded languages: `dist/locales/<lang>.js`, each a self-contained module whose default
// export is that language's messages (they import only types). Built after the main script (which
// empties dist/); the element imports them by URL, relative to its own script.
export default defineConfig({
  build: {
    lib: {
      entry: Object.fromEntries(lazy.map((l) => [l, resolve(here, `src/locales/${l}.ts`)])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    outDir: 'dist/locales',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'oxc',
    sourcemap: false,
  },
});
