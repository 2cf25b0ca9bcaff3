import { nextCounterValue } from '../../db/dialect/index.js';
import { invalid } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { runInTransaction } from '../transaction.js';
import type { Article } from '../types.js';
import { loadArticle } from './article-store.js';
import { saveArticleFlags } from './save-article-flags.js';
import { versionConflict } from './update-article.js';

/**
 * The chief editor picks the top story («تیتر یک») of an edition, or clears it. Only one
 * article per edition is the top story: picking one clears the previous one in the same
 * transaction.
 */
export async function setTopStory(ctx: ContentContext, id: number, on: boolean, expectedVersion?: number): Promise<Article> {
  return runInTransaction(ctx, async (trx, emit) => {
    // Why: two chiefs picking at once must not leave two top stories. Bumping this counter
    // row takes a row lock on PostgreSQL that serializes the pickers (SQLite has one writer).
    await nextCounterValue(trx, 'top_story_lock');
    const before = await loadArticle(trx, id);
    assertCan(ctx.actor, 'article.top_story', before);
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw versionConflict(before, expectedVersion);
    if (!on) return before.isTopStory ? saveArticleFlags(ctx, trx, emit, before, { isTopStory: 0 }, 'article.top_story', 'top story cleared') : before;
    if (before.status !== 'published' && before.status !== 'scheduled') {
      throw invalid('CHAPAR_CONTENT_BAD_TRANSITION', `Only a published or scheduled article can be the top story`, [{ field: 'status', message: 'newsroom.field.top_story_status' }]);
    }
    const others = await trx.selectFrom('articles').select('id').where('lang', '=', before.lang).where('isTopStory', '=', 1).where('id', '<>', id).execute();
    for (const o of others) {
      const prev = await loadArticle(trx, o.id);
      await saveArticleFlags(ctx, trx, emit, prev, { isTopStory: 0 }, 'article.top_story', 'top story replaced');
    }
    return before.isTopStory ? before : saveArticleFlags(ctx, trx, emit, before, { isTopStory: 1 }, 'article.top_story', 'top story');
  });
}
