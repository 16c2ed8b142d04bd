// A tiny static file server for the built demo (and test pages), on 127.0.0.1 and a random free port.
// Used by the end-to-end tests and the screenshot script; no dependencies.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves each `root` directory (the first that has the file wins) and optional in-memory `pages`.
 * @param {{ roots: string[]; pages?: Record<string, string> }} options
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 * @example const s = await serveStatic({ roots: ['dist'] }); await fetch(s.url); await s.close();
 */
export function serveStatic({ roots, pages = {} }) {
  const dirs = roots.map((r) => resolve(r));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
      res.end(pages[path]);
      return;
    }
    const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^([/\\])+/, '');
    for (const dir of dirs) {
      const file = join(dir, rel);
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
