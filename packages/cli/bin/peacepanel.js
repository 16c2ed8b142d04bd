#!/usr/bin/env node
// The peacepanel CLI. Runs the built code in dist/ (build the workspace first: `npm start` or `pnpm build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error(
    'peacepanel: packages/cli is not built yet; run `npm run build` at the repository root first.',
  );
  process.exit(2);
}
// A reader that closes early (`peacepanel export … | head`) is not an error: stop quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
