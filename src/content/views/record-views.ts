import { sql } from 'kysely';
import type { ContentContext } from '../context.js';
import { utcDay } from '../articles/list-most-viewed.js';

const CHUNK = 200;

/**
 * Adds buffered page views: each article's total (articles.view_count) and its count for
 * the UTC day (article_daily_views), all in one transaction so the two never disagree.
 * The view beacon buffers in memory and calls this in batches, so a busy article costs
 * one UPDATE per flush instead of one per reader.
 */
export async function recordViews(ctx: ContentContext, counts: ReadonlyMap<number, number>, at: Date = ctx.clock.now()): Promise<void> {
  const entries = [...counts].filter(([id, n]) => Number.isSafeInteger(id) && n > 0);
  if (!entries.length) return;
  const day = utcDay(at);
  await ctx.db.transaction().execute(async (trx) => {
    // Only articles that exist (a deleted one must not break the batch's foreign keys).
    const ids = entries.map(([id]) => id);
    const existing = new Set<number>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await trx.selectFrom('articles').select('id').where('id', 'in', ids.slice(i, i + CHUNK)).execute();
      for (const r of rows) existing.add(r.id);
    }
    const live = entries.filter(([id]) => existing.has(id));
    for (const [id, n] of live) {
      await trx.updateTable('articles').set({ viewCount: sql`view_count + ${n}` }).where('id', '=', id).execute();
    }
    for (let i = 0; i < live.length; i += CHUNK) {
      await trx
        .insertInto('articleDailyViews')
        .values(live.slice(i, i + CHUNK).map(([articleId, views]) => ({ articleId, day, views })))
        .onConflict((oc) => oc.columns(['articleId', 'day']).doUpdateSet({ views: sql`article_daily_views.views + excluded.views` }))
        .execute();
    }
  });
}
