// A small static server for a built site, compressing text like a production host would,
// so the benchmark and Lighthouse see realistic transfer sizes. Listens on 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const file = path.join(root, decodeURIComponent(pathname));
  if (!file.startsWith(root)) return undefined;
  for (const candidate of [file, path.join(file, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves `root` on the given port of 127.0.0.1 until closed; unknown paths get 404.html. With a base
 * path (`/handbook/`) the site is served under it, as on a GitHub Pages project site, and nothing else is.
 */
export function serveStatic(root: string, port: number, base = '/'): Promise<Server> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const inside = base === '/' ? pathname : pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
    const file = inside === undefined ? undefined : await resolveFile(root, inside);
    const status = file ? 200 : 404;
    const served = file ?? path.join(root, '404.html');
    const ext = path.extname(served);
    let body: Buffer = await readFile(served).catch(() => Buffer.from('not found'));
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
