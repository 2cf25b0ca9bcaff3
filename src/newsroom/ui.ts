/**
 * Serves the newsroom UI (admin/, built by `npm run build:admin` into admin/dist) at /newsroom/.
 * Deep links get index.html (the SPA routes in the browser); hashed files under assets/ are
 * cached for a year, index.html never. Every answer carries a strict CSP (only 'self'; images
 * also blob:/data: for local previews), X-Frame-Options SAMEORIGIN and a Referrer-Policy.
 * /newsroom/preview/* is left to the preview route (404 here when it is not registered).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Plugin } from '../app.js';

/** Where the built UI is: <root>/admin/dist, from src/newsroom (tsx) or dist/src/newsroom (built). */
export const ADMIN_DIST = path.resolve(import.meta.dirname, path.basename(path.resolve(import.meta.dirname, '../..')) === 'dist' ? '../../../admin/dist' : '../../admin/dist');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply.headers({
    'content-security-policy': CSP,
    'x-frame-options': 'SAMEORIGIN',
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  });
}

const MISSING = 'The newsroom UI has not been built: run `npm run build` (or `npm run build:admin`) and restart the server.';

/** Registers /newsroom and /newsroom/* (static files with SPA fallback). */
export function newsroomUi(dist: string): Plugin {
  return async (app) => {
    async function sendIndex(reply: FastifyReply) {
      let html: Buffer;
      try {
        html = await fs.readFile(path.join(dist, 'index.html'));
      } catch {
        return securityHeaders(reply).code(503).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(MISSING);
      }
      return securityHeaders(reply).header('cache-control', 'no-cache').type(TYPES['.html']!).send(html);
    }

    app.get('/newsroom', async (_req, reply) => reply.redirect('/newsroom/', 301));

    app.get('/newsroom/*', async (req: FastifyRequest<{ Params: { '*': string } }>, reply) => {
      const rest = req.params['*'] ?? '';
      // The article preview belongs to another route; never answer it with the SPA.
      if (rest.startsWith('preview/')) return securityHeaders(reply).code(404).type('text/plain; charset=utf-8').send('No preview route');
      if (rest.startsWith('assets/') || /\.[a-z0-9]+$/i.test(rest)) {
        const file = path.resolve(dist, rest);
        if (!file.startsWith(dist + path.sep)) return reply.code(404).send();
        let body: Buffer;
        try {
          body = await fs.readFile(file);
        } catch {
          if (rest.startsWith('assets/')) return securityHeaders(reply).code(404).type('text/plain; charset=utf-8').send('Not found');
          return sendIndex(reply);
        }
        const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
        const hashed = rest.startsWith('assets/');
        securityHeaders(reply).headers({
          'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          etag,
        });
        if (req.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.send(body);
      }
      return sendIndex(reply);
    });
  };
}

/** The newsroom UI plugin (PLUGINS in src/app.ts). */
export const registerNewsroomUi: Plugin = newsroomUi(ADMIN_DIST);
