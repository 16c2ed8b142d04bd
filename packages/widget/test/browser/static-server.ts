import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A request the server saw (method and path), to check which files a page fetched. */
export interface SeenRequest {
  path: string;
  origin: string | undefined;
}

export interface StaticServer {
  origin: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 (random port): `pages` are served from memory with optional
 * headers (e.g. a CSP); other paths from `root`. `cors` adds `Access-Control-Allow-Origin: *`, as
 * CDNs do (module scripts loaded cross-origin need it). `prefix` serves `root` under a path too
 * (e.g. `/npm/@peacepanel/widget@0.1.0/dist/`), as a CDN serves a package.
 */
export async function startServer(o: {
  root?: string;
  cors?: boolean;
  prefix?: string;
  pages?: Record<string, { body: string; headers?: Record<string, string> }>;
}): Promise<StaticServer> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    seen.push({ path, origin: req.headers.origin });
    if (o.prefix && path.startsWith(o.prefix)) path = `/${path.slice(o.prefix.length)}`;
    const headers: Record<string, string> = o.cors ? { 'access-control-allow-origin': '*' } : {};
    const page = o.pages?.[path];
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...headers, ...page.headers });
      res.end(page.body);
      return;
    }
    if (!o.root) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    const file = normalize(join(o.root, path));
    if (!file.startsWith(o.root)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
