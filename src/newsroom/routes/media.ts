import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getMedia } from '../../content/media/get-media.js';
import { listMedia } from '../../content/media/list-media.js';
import { MAX_UPLOAD_BYTES, uploadImage } from '../../content/media/upload-image.js';
import { updateMedia } from '../../content/media/update-media.js';
import { assertCan } from '../../content/policies.js';
import type { AppDeps } from '../../deps.js';
import { ChaparError, invalid, notFound } from '../../platform/errors.js';
import { ctxOf, parseInput } from '../http.js';
import { presentMedia } from '../presenters.js';
import { idParams } from './users.js';

const listQ = z.object({ q: z.string().max(200).optional(), page: z.coerce.number().int().min(1).default(1), limit: z.coerce.number().int().min(1).max(100).default(40) });

/** The media library: multipart upload (field `file`, plus optional `alt`, `caption`, `credit` fields), list, edit. */
export async function mediaRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  api.post('/media', async (req, reply) => {
    const ctx = ctxOf(deps, req);
    assertCan(ctx.actor, 'media.upload');
    if (!req.isMultipart()) throw new ChaparError('unsupported', 'CHAPAR_MEDIA_NOT_MULTIPART', 'Send the image as multipart/form-data');
    let file: { data: Buffer; name: string } | undefined;
    const fields: Record<string, string> = {};
    for await (const part of req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10_000 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer().catch(() => undefined);
          continue;
        }
        file = { data: await part.toBuffer(), name: part.filename || 'image' };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
    if (!file) throw invalid('CHAPAR_MEDIA_NO_FILE', 'No file in the upload', [{ field: 'file', message: 'field.required' }]);
    const m = await uploadImage(ctx, deps.config.dataDir, { data: file.data, originalName: file.name, alt: fields.alt, caption: fields.caption, credit: fields.credit });
    return reply.code(201).send({ media: presentMedia(m) });
  });

  api.get('/media', async (req) => {
    const q = parseInput(listQ, req.query);
    const res = await listMedia(ctxOf(deps, req), q);
    return { ...res, items: res.items.map(presentMedia) };
  });

  api.get('/media/:id', async (req) => {
    const { id } = parseInput(idParams, req.params);
    const m = await getMedia(ctxOf(deps, req), id);
    if (!m) throw notFound('CHAPAR_MEDIA_NOT_FOUND', `Media ${id} not found`);
    return { media: presentMedia(m) };
  });

  api.patch('/media/:id', async (req) => {
    const { id } = parseInput(idParams, req.params);
    return { media: presentMedia(await updateMedia(ctxOf(deps, req), id, (req.body ?? {}) as never)) };
  });
}
