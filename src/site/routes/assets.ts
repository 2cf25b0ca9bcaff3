/** Assets from memory (hashed names, cached for a year) and uploaded media from CHAPAR_DATA_DIR/media. */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendErrorPage } from '../errors.js';
import type { Site } from '../site.js';

const YEAR = 'public, max-age=31536000, immutable';

export async function registerAssetRoutes(app: FastifyInstance, site: Site): Promise<void> {
  app.get('/assets/*', async (req, reply) => {
    const a = site.assets.files.get(req.url.split('?')[0]!);
    if (!a) return sendErrorPage(site, req, reply, 'not_found');
    if (req.headers['if-none-match'] === a.etag) return reply.code(304).headers({ etag: a.etag, 'cache-control': YEAR }).send();
    return reply.headers({ 'content-type': a.type, 'cache-control': YEAR, etag: a.etag, 'access-control-allow-origin': '*' }).send(a.body);
  });
  app.get('/favicon.ico', async (_req, reply) => {
    const icon = site.assets.files.get(site.assets.iconHref)!;
    return reply.headers({ 'content-type': icon.type, 'cache-control': 'public, max-age=86400' }).send(icon.body);
  });

  const mediaRoot = path.join(site.deps.config.dataDir, 'media');
  fs.mkdirSync(mediaRoot, { recursive: true });
  await app.register(fastifyStatic, {
    root: mediaRoot,
    prefix: '/media/',
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    maxAge: 365 * 24 * 3600 * 1000,
    immutable: true,
  });
}
