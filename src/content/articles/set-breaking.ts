import { invalid } from '../../platform/errors.js';
import type { ContentContext } from '../context.js';
import { assertCan } from '../policies.js';
import { runInTransaction } from '../transaction.js';
import type { Article } from '../types.js';
import { loadArticle } from './article-store.js';
import { saveArticleFlags } from './save-article-flags.js';
import { versionConflict } from './update-article.js';

export interface SetBreakingInput {
  /** true marks the article «فوری» (breaking); false clears it. */
  on: boolean;
  /** Until when it stays breaking; required when `on`, and must lie in the future. */
  until?: Date | null;
  expectedVersion?: number;
}

/** Marks an article breaking news («فوری») with an expiry, or clears the mark. Editors of its section and the chief. */
export async function setBreaking(ctx: ContentContext, id: number, input: SetBreakingInput): Promise<Article> {
  const now = ctx.clock.now().getTime();
  if (input.on && (!input.until || input.until.getTime() <= now)) {
    throw invalid('CHAPAR_CONTENT_INVALID', 'Breaking news needs an expiry in the future', [{ field: 'until', message: 'newsroom.field.expiry_in_future' }]);
  }
  return runInTransaction(ctx, async (trx, emit) => {
    const before = await loadArticle(trx, id);
    assertCan(ctx.actor, 'article.breaking', before);
    if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) throw versionConflict(before, input.expectedVersion);
    if (input.on && !['published', 'scheduled', 'approved', 'submitted', 'draft'].includes(before.status)) {
      throw invalid('CHAPAR_CONTENT_BAD_TRANSITION', `Article ${id} is ${before.status}`, [{ field: 'status', message: 'field.invalid' }]);
    }
    return saveArticleFlags(ctx, trx, emit, before, input.on ? { isBreaking: 1, breakingUntil: input.until!.getTime() } : { isBreaking: 0, breakingUntil: null }, 'article.breaking', input.on ? 'breaking' : 'breaking cleared');
  });
}

/** Clears the breaking mark of every article whose expiry has passed (run by the job runner). Returns how many. */
export async function expireBreakingNews(ctx: ContentContext): Promise<number> {
  const now = ctx.clock.now().getTime();
  const due = await ctx.db.selectFrom('articles').select(['id']).where('isBreaking', '=', 1).where('breakingUntil', '<=', now).limit(100).execute();
  let n = 0;
  for (const { id } of due) {
    const done = await runInTransaction(ctx, async (trx, emit) => {
      const before = await loadArticle(trx, id);
      if (!before.isBreaking || !before.breakingUntil || before.breakingUntil.getTime() > now) return false;
      await saveArticleFlags(ctx, trx, emit, before, { isBreaking: 0 }, 'article.breaking_expired', 'breaking expired');
      return true;
    }).catch(() => false);
    if (done) n++;
  }
  return n;
}
