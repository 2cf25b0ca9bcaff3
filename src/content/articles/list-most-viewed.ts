import { runPrecompiled } from '../../db/queries/precompiled.js';
import type { ContentContext } from '../context.js';
import type { Lang } from '../types.js';
import { SUMMARY_COLUMNS, toSummary, type ArticleSummary } from './list-article-summaries.js';

const DAY = 86_400_000;

/** UTC midnight (epoch ms) of the day holding `at`: the key of article_daily_views. */
export function utcDay(at: Date | number): number {
  const t = typeof at === 'number' ? at : at.getTime();
  return t - (((t % DAY) + DAY) % DAY);
}

/**
 * The most viewed published articles of an edition over the last `days` UTC days
 * (1 = today), from the per-day counters the view beacon fills.
 */
export async function listMostViewed(ctx: ContentContext, lang: Lang, days: number, limit = 5): Promise<Array<ArticleSummary & { views: number }>> {
  const since = utcDay(ctx.clock.now()) - (Math.max(1, days) - 1) * DAY;
  // Driven by the (day, views) index: aggregate the recent days first, then look up the
  // few candidates (a join led by articles would walk the whole edition).
  const top = await runPrecompiled(ctx.db, 'most-viewed', [since, limit * 10], (p) =>
    ctx.db
      .selectFrom('articleDailyViews')
      .select(['articleDailyViews.articleId'])
      .select((eb) => eb.fn.sum<number>('articleDailyViews.views').as('views'))
      .where('articleDailyViews.day', '>=', p(0))
      .groupBy('articleDailyViews.articleId')
      .orderBy('views', 'desc')
      .orderBy('articleDailyViews.articleId', 'desc')
      .limit(p(1)),
  );
  if (!top.length) return [];
  const ids = top.map((t) => t.articleId);
  const rows = await runPrecompiled(ctx.db, `most-viewed:in:${ids.length}`, [lang, ...ids], (p) =>
    ctx.db
      .selectFrom('articles')
      .select([...SUMMARY_COLUMNS])
      .where('articles.lang', '=', p(0))
      .where('articles.status', '=', 'published')
      .where('articles.id', 'in', ids.map((_, i) => p(i + 1))),
  );
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return top
    .flatMap((t) => {
      const a = byId.get(t.articleId);
      return a ? [{ ...a, views: Number(t.views) }] : [];
    })
    .slice(0, limit);
}
