#!/usr/bin/env node
// The peacepanel CLI. Runs the built code in dist/ (build the workspace first: `npm start` or `pnpm build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error(
    'peacepanel: packages/core is not built yet; run `npm run build` at the repository root first.',
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
