#!/usr/bin/env node
// `npm start`: install what is missing, build the workspace, serve the demo app (default port 4173).
import { createServer } from 'node:net';
import { pnpm } from './pnpm.mjs';
import { ensureDependencies } from './setup.mjs';

const port = process.env.PORT ?? '4173';

/** Resolves true when `port` can be listened on (on all interfaces, as vite preview does), else false. */
function portFree(p) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(Number(p), () => server.close(() => resolve(true)));
  });
}

// Check the port first: a busy port is a user's situation, said in one line, not a Vite stack trace.
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`peacepanel start: PORT "${port}" is not a port number (1-65535).`);
  process.exit(2);
}
if (!(await portFree(port))) {
  console.error(
    `peacepanel start: port ${port} is already in use (another program, or an earlier \`npm start\` still running). Fix: stop it, or choose another port: PORT=${Number(port) + 1} npm start`,
  );
  process.exit(2);
}

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
console.log(`\npeacepanel demo: http://localhost:${port}/\n`);
code = pnpm(['--filter', '@peacepanel/demo', 'exec', 'vite', 'preview', '--port', port, '--strictPort']);
process.exit(code);
