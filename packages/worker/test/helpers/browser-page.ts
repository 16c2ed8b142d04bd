/**
 * Builds the test page (`test/browser/`) with Vite into a temporary directory, serves it on
 * 127.0.0.1 at a random port (with COOP/COEP headers unless `?plain` is asked, so SharedArrayBuffer
 * exists), and launches Debian's headless chromium with playwright-core.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface TestSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds, serves and opens the test page; `data` files are served under `/data/<name>`.
 * @example const site = await openTestSite(); const page = await site.browser.newPage(); await page.goto(`${site.origin}/`);
 */
export async function openTestSite(data: Record<string, string> = {}): Promise<TestSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'peacepanel-worker-page-'));
  const root = fileURLToPath(new URL('../browser/', import.meta.url));
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      rollupOptions: { input: { index: join(root, 'index.html'), csp: join(root, 'csp.html') } },
    },
    worker: { format: 'es' },
  });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isolated = !url.searchParams.has('plain') && !(req.headers.referer ?? '').includes('plain');
    const headers: Record<string, string> = isolated
      ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
      : {};
    const name = url.pathname.startsWith('/data/') ? url.pathname.slice(6) : undefined;
    if (name !== undefined) {
      const body = data[name];
      if (body === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(name)] ?? 'text/plain' }).end(body);
      return;
    }
    const path = normalize(join(outDir, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(outDir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
