import { likeOperator } from '../../db/dialect/index.js';
import { normalizePersian } from '../../text/index.js';
import type { ContentContext } from '../context.js';
import type { Actor, ArticleStatus, Lang } from '../types.js';
import { userNames } from '../users/get-user.js';
import { editLocksFor, type LockHolder } from './edit-locks.js';

/** The newsroom's lists. */
export type NewsroomView = 'mine' | 'desk' | 'scheduled' | 'published' | 'trashed' | 'all';

export interface NewsroomListQuery {
  /** mine: what I wrote; desk: waiting for the desk (submitted, approved) in my sections; scheduled; published; trashed; all (everything but the trash). */
  view: NewsroomView;
  /** Narrow to these statuses (within the view). */
  statuses?: ArticleStatus[];
  sectionId?: number;
  lang?: Lang;
  /** Words of the title (substring match; for full-text use the search route). */
  q?: string;
  /** Only articles written by this user. */
  createdBy?: number;
  /** 1-based page. */
  page: number;
  /** 1..100. */
  limit: number;
}

/** One row of a newsroom list. */
export interface NewsroomArticleSummary {
  id: number;
  code: number;
  lang: Lang;
  kicker: string;
  title: string;
  status: ArticleStatus;
  sectionId: number | null;
  createdBy: number | null;
  createdByName: string | null;
  updatedBy: number | null;
  updatedByName: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  isBreaking: boolean;
  breakingUntil: Date | null;
  isTopStory: boolean;
  featuredImageId: number | null;
  version: number;
  /** Who has it open in the editor now. */
  lock: LockHolder | null;
}

const VIEW_STATUSES: Record<NewsroomView, ArticleStatus[] | null> = {
  mine: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'unpublished'],
  desk: ['submitted', 'approved'],
  scheduled: ['scheduled'],
  published: ['published'],
  trashed: ['trashed'],
  all: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'unpublished'],
};

/**
 * A newsroom list, newest change first (scheduled: soonest first; published: newest
 * publication first). Every list only shows what the actor may see: reporters their own
 * articles and published ones; section editors also their sections; chief and admins all.
 */
export async function listNewsroomArticles(ctx: ContentContext, q: NewsroomListQuery): Promise<{ items: NewsroomArticleSummary[]; total: number; page: number; limit: number }> {
  const actor: Actor | null = ctx.actor;
  const limit = Math.max(1, Math.min(q.limit, 100));
  const page = Math.max(1, q.page);
  let statuses = VIEW_STATUSES[q.view]!;
  if (q.statuses?.length) statuses = statuses.filter((s) => q.statuses!.includes(s));

  let base = ctx.db.selectFrom('articles').where('articles.status', 'in', statuses.length ? statuses : ['__none__']);
  if (q.view === 'mine') base = base.where('articles.createdBy', '=', actor?.userId ?? -1);
  if (q.view === 'desk' && actor?.role === 'section_editor') base = base.where('articles.sectionId', 'in', actor.sectionIds.length ? actor.sectionIds : [-1]);
  if (q.sectionId !== undefined) base = base.where('articles.sectionId', '=', q.sectionId);
  if (q.lang) base = base.where('articles.lang', '=', q.lang);
  if (q.createdBy !== undefined) base = base.where('articles.createdBy', '=', q.createdBy);
  if (q.q?.trim()) {
    const words = normalizePersian(q.q).trim().split(/\s+/).slice(0, 8);
    for (const w of words) base = base.where('articles.title', likeOperator(ctx.dialect), `%${w.replace(/[%_\\]/g, '')}%`);
  }
  // Visibility: the same rule as can(actor, 'article.view').
  if (actor && actor.role !== 'chief_editor' && actor.role !== 'admin') {
    const me = actor.userId;
    const secs = actor.role === 'section_editor' && actor.sectionIds.length ? actor.sectionIds : null;
    base = base.where((eb) => eb.or([eb('articles.createdBy', '=', me), eb('articles.status', '=', 'published'), ...(secs ? [eb('articles.sectionId', 'in', secs)] : [])]));
  }

  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rows = base.select([
    'articles.id', 'articles.code', 'articles.lang', 'articles.kicker', 'articles.title', 'articles.status', 'articles.sectionId', 'articles.createdBy', 'articles.updatedBy',
    'articles.createdAt', 'articles.updatedAt', 'articles.publishedAt', 'articles.scheduledAt', 'articles.isBreaking', 'articles.breakingUntil', 'articles.isTopStory',
    'articles.featuredImageId', 'articles.version',
  ]);
  if (q.view === 'scheduled') rows = rows.orderBy('articles.scheduledAt', 'asc');
  else if (q.view === 'published') rows = rows.orderBy('articles.publishedAt', 'desc');
  else rows = rows.orderBy('articles.updatedAt', 'desc');
  const list = await rows.orderBy('articles.id', 'desc').limit(limit).offset((page - 1) * limit).execute();

  const names = await userNames(ctx, list.flatMap((r) => [r.createdBy, r.updatedBy]));
  const locks = await editLocksFor(ctx, list.map((r) => r.id));
  const d = (v: number | null) => (v == null ? null : new Date(Number(v)));
  return {
    total: Number(n),
    page,
    limit,
    items: list.map((r) => ({
      id: r.id,
      code: Number(r.code),
      lang: r.lang as Lang,
      kicker: r.kicker,
      title: r.title,
      status: r.status as ArticleStatus,
      sectionId: r.sectionId,
      createdBy: r.createdBy,
      createdByName: r.createdBy == null ? null : names.get(r.createdBy) ?? null,
      updatedBy: r.updatedBy,
      updatedByName: r.updatedBy == null ? null : names.get(r.updatedBy) ?? null,
      createdAt: new Date(Number(r.createdAt)),
      updatedAt: new Date(Number(r.updatedAt)),
      publishedAt: d(r.publishedAt),
      scheduledAt: d(r.scheduledAt),
      isBreaking: !!r.isBreaking,
      breakingUntil: d(r.breakingUntil),
      isTopStory: !!r.isTopStory,
      featuredImageId: r.featuredImageId,
      version: r.version,
      lock: locks.get(r.id) ?? null,
    })),
  };
}
