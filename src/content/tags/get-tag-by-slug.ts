import { runPrecompiled } from '../../db/queries/precompiled.js';
import type { ContentContext } from '../context.js';
import type { Lang, Tag } from '../types.js';

/** A tag of an edition by its slug, or undefined. */
export async function getTagBySlug(ctx: ContentContext, lang: Lang, slug: string): Promise<Tag | undefined> {
  const [r] = await runPrecompiled(ctx.db, 'tag-by-slug', [lang, slug], (p) => ctx.db.selectFrom('tags').select(['id', 'lang', 'name', 'slug']).where('lang', '=', p(0)).where('slug', '=', p(1)));
  return r ? { id: r.id, lang: r.lang as Lang, name: r.name, slug: r.slug } : undefined;
}
