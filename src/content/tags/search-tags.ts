import { likeOperator } from '../../db/dialect/index.js';
import { normalizePersian } from '../../text/index.js';
import type { ContentContext } from '../context.js';
import type { Lang, Tag } from '../types.js';

/**
 * Tags of an edition whose name starts with (then contains) what was typed, for the
 * editor's autocomplete. New tags are created by saving an article with the new name.
 */
export async function searchTags(ctx: ContentContext, lang: Lang, q: string, limit = 20): Promise<Tag[]> {
  const term = (lang === 'fa' ? normalizePersian(q) : q).trim().replace(/[%_\\]/g, '').slice(0, 100);
  const op = likeOperator(ctx.dialect);
  let query = ctx.db.selectFrom('tags').select(['id', 'lang', 'name', 'slug']).where('lang', '=', lang);
  if (term) query = query.where('name', op, `%${term}%`);
  const rows = await query.orderBy('name').limit(200).execute();
  const starts = rows.filter((r) => r.name.startsWith(term));
  const rest = rows.filter((r) => !r.name.startsWith(term));
  return [...starts, ...rest].slice(0, Math.min(limit, 50)).map((r) => ({ id: r.id, lang: r.lang as Lang, name: r.name, slug: r.slug }));
}
