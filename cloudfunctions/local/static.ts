/** Serves the H5 build: long-lived caching for hashed assets, gzip for text, index.html for the root. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);
// Webpack names hashed assets like app.3f9c1a2b.js; those never change and may be cached for a year.
const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/;

interface Entry {
  mtimeMs: number;
  raw: Buffer;
  gzip: Buffer | null;
}

/** A static file handler for one directory; files are read once and kept (the build is small). */
export function createStaticHandler(root: string) {
  const cache = new Map<string, Entry>();
  const base = normalize(root + sep);

  function load(file: string): Entry | null {
    if (!existsSync(file)) return null;
    const st = statSync(file);
    if (!st.isFile()) return null;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs) return hit;
    const raw = readFileSync(file);
    const entry = { mtimeMs: st.mtimeMs, raw, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw) : null };
    cache.set(file, entry);
    return entry;
  }

  /** Answers GET/HEAD for a file under root; false when there is no such file. */
  return function serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    const rel = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
    const file = normalize(join(root, rel));
    if (!file.startsWith(base)) return false;
    const entry = load(file);
    if (!entry) return false;
    const ext = extname(file);
    const useGzip = entry.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = useGzip && entry.gzip ? entry.gzip : entry.raw;
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
