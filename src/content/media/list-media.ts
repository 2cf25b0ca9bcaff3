import { likeOperator } from '../../db/dialect/index.js';
import type { ContentContext } from '../context.js';
import type { Media } from '../types.js';
import { getMedia } from './get-media.js';

/** The media library, newest first; `q` matches caption, alt text, credit or file name. */
export async function listMedia(ctx: ContentContext, q: { q?: string; page: number; limit: number }): Promise<{ items: Media[]; total: number; page: number; limit: number }> {
  const limit = Math.max(1, Math.min(q.limit, 100));
  const page = Math.max(1, q.page);
  let base = ctx.db.selectFrom('media');
  const term = q.q?.trim().replace(/[%_\\]/g, '');
  if (term) {
    const op = likeOperator(ctx.dialect);
    base = base.where((eb) => eb.or([eb('caption', op, `%${term}%`), eb('alt', op, `%${term}%`), eb('credit', op, `%${term}%`), eb('originalName', op, `%${term}%`)]));
  }
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const ids = await base.select('id').orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset((page - 1) * limit).execute();
  const items: Media[] = [];
  for (const { id } of ids) {
    const m = await getMedia(ctx, id);
    if (m) items.push(m);
  }
  return { items, total: Number(n), page, limit };
}
