import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

const API_PREFIXES = [
  '/graphql',
  '/health',
  '/files',
  '/packages',
  '/certificates/',
  '/credentials/',
  '/reports/',
  '/.well-known/',
];
const HTML = 'text/html; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  '.html': HTML,
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the built web app from the api, so the platform has one address: hashed assets cached for a year,
 * index.html never cached, and any other GET that is not an API route answered with index.html (SPA routes).
 * Paths are resolved inside the web folder only.
 */
export function serveWebApp(fastify: FastifyInstance, webDist: string): boolean {
  const rootDir = resolve(webDist);
  const index = join(rootDir, 'index.html');
  if (!existsSync(index)) return false;
  fastify.get('/*', async (request, reply) => {
    const pathname = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
      return reply.status(404).send({ statusCode: 404, error: 'Not Found' });
    }
    const candidate = resolve(rootDir, `.${pathname}`);
    const inside = candidate.startsWith(rootDir + sep);
    const file = inside && (await stat(candidate).catch(() => null))?.isFile() ? candidate : null;
    if (!file) {
      if (pathname.startsWith('/assets/') || extname(pathname)) {
        return reply.status(404).send({ statusCode: 404, error: 'Not Found' });
      }
      return reply.header('Cache-Control', 'no-cache').type(HTML).send(createReadStream(index));
    }
    const immutable = pathname.startsWith('/assets/');
    return reply
      .header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
      .send(createReadStream(file));
  });
  return true;
}
