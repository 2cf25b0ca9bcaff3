import { likeOperator } from '../../db/dialect/index.js';
import { normalizePersian } from '../../text/index.js';
import type { ContentContext } from '../context.js';
import type { Author } from '../types.js';

/** Authors whose name contains what was typed, for the byline autocomplete. */
export async function searchAuthors(ctx: ContentContext, q: string, limit = 20): Promise<Author[]> {
  const term = normalizePersian(q).trim().replace(/[%_\\]/g, '').slice(0, 100);
  let query = ctx.db.selectFrom('authors').select(['id', 'name', 'slug', 'userId']);
  if (term) query = query.where('name', likeOperator(ctx.dialect), `%${term}%`);
  return query.orderBy('name').limit(Math.min(limit, 50)).execute();
}
