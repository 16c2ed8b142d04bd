#!/usr/bin/env node
import { pnpm } from './pnpm.mjs';
// `npm start`: install what is missing, build the workspace, serve the demo app (default port 4173).
import { ensureDependencies } from './setup.mjs';

ensureDependencies();
let code = pnpm([
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@peacepanel/demo...',
  '--output-logs=errors-only',
]);
if (code !== 0) process.exit(code);
const port = process.env.PORT ?? '4173';
console.log(`\npeacepanel demo: http://localhost:${port}/\n`);
code = pnpm(['--filter', '@peacepanel/demo', 'exec', 'vite', 'preview', '--port', port, '--strictPort']);
process.exit(code);
