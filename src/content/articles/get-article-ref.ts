import { runPrecompiled } from '../../db/queries/precompiled.js';
import type { ContentContext } from '../context.js';
import type { ArticleStatus, Lang } from '../types.js';

/** The few fields needed to route to an article or count a view of it. */
export interface ArticleRef {
  id: number;
  code: number;
  lang: Lang;
  slug: string;
  status: ArticleStatus;
  viewCount: number;
}

/** An article's reference by news code (any status), or undefined: one unique-index lookup. */
export async function getArticleRef(ctx: ContentContext, code: number): Promise<ArticleRef | undefined> {
  if (!Number.isSafeInteger(code) || code <= 0) return undefined;
  const [r] = await runPrecompiled(ctx.db, 'article-ref', [code], (p) => ctx.db.selectFrom('articles').select(['id', 'code', 'lang', 'slug', 'status', 'viewCount']).where('code', '=', p(0)));
  return r ? { id: r.id, code: Number(r.code), lang: r.lang as Lang, slug: r.slug, status: r.status as ArticleStatus, viewCount: Number(r.viewCount) } : undefined;
}
