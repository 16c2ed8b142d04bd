import { defineConfig } from 'vite';

// One self-contained ES module: lit and the worker inlined; the dataset is loaded lazily.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'partnership-effect.js' },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
