// Core's layers, lowest first: the one list that `scripts/architecture.mjs` measures and that the
// layering lint (`npm run lint:layers`: biome's noRestrictedImports and noImportCycles, in
// biome.layers.json at the repo root, which biome.json extends) enforces. A module may import from its
// own layer or a lower one, never from a higher one. Folders not listed (cli, replicate, multiverse) sit on top and may import anything.
// Usage: node scripts/layers.mjs --write   rewrites biome.layers.json from this list;
//        node scripts/layers.mjs --print   prints them (JSON), e.g. for a test fixture.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAYERS = [
  ['types', 'errors', 'zod-english', 'version', 'special', 'linalg', 'table', 'likelihood'],
  ['io', 'model', 'validation'],
  ['vcov'],
  ['estimators', 'results'],
  ['inference'],
  ['panel', 'partnership'],
];

const CORE_SRC = 'packages/core/src';
/** Starts every message of the layer rules. */
const MARK = 'core layer: ';

/** The folder (or top-level file, without `.ts`) a name in LAYERS stands for, as biome `includes` globs. */
function globsOf(name) {
  return [`${CORE_SRC}/${name}/**`, `${CORE_SRC}/${name}.ts`];
}

/**
 * Biome overrides forbidding, in each layer's modules, any import of a module of a higher layer
 * (matched on the import path, at any depth of `../`), plus noImportCycles over all of core.
 */
export function layerOverrides() {
  const overrides = LAYERS.slice(0, -1).map((layer, i) => {
    const higher = LAYERS.slice(i + 1).flat();
    return {
      includes: layer.flatMap(globsOf),
      linter: {
        rules: {
          style: {
            noRestrictedImports: {
              level: 'error',
              options: {
                patterns: [
                  {
                    group: higher.map((h) => `**/${h}/**`),
                    message: `${MARK}${layer.join(', ')} may not import ${higher.join(', ')} (a higher layer; see scripts/layers.mjs)`,
                  },
                ],
              },
            },
          },
        },
      },
    };
  });
  overrides.push({
    includes: [`${CORE_SRC}/**`],
    linter: {
      rules: { suspicious: { noImportCycles: { level: 'error', options: { ignoreTypes: false } } } },
    },
  });
  return overrides;
}

/** The content of biome.layers.json. */
export function layersConfig() {
  return { overrides: layerOverrides() };
}

/** Where the layer rules live (biome.json extends it). */
export const LAYERS_CONFIG = join(fileURLToPath(new URL('..', import.meta.url)), 'biome.layers.json');

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain && process.argv.includes('--print')) console.log(JSON.stringify(layerOverrides(), null, 2));
if (isMain && process.argv.includes('--write')) {
  writeFileSync(LAYERS_CONFIG, `${JSON.stringify(layersConfig(), null, 2)}\n`);
  console.log(`biome.layers.json: ${layerOverrides().length} core layer overrides written`);
}
