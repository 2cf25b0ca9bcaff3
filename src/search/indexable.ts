/** Reading articles for indexing, shared by both implementations (reindex and sync). */
import type { Kysely, Transaction } from 'kysely';
import type { Article } from '../content/types.js';
import type { Database } from '../db/schema.js';
import { indexedFields, type IndexedFields } from './document.js';

/** What an implementation writes for one article. */
export interface IndexableArticle {
  id: number;
  lang: string;
  status: string;
  sectionId: number | null;
  publishedAt: number | null;
  /** The time the article is ordered by (see articleTime). */
  time: number;
  fields: IndexedFields;
}

/** Published articles are ordered by publication time; others by it when they have one, else by their last change. */
export function articleTime(status: string, publishedAt: number | null, updatedAt: number): number {
  return status === 'published' || publishedAt != null ? (publishedAt ?? updatedAt) : updatedAt;
}

/** The next `limit` articles with id > `afterId`, in id order, ready to index. */
export async function loadIndexableBatch(db: Kysely<Database> | Transaction<Database>, afterId: number, limit: number): Promise<IndexableArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'lang', 'status', 'sectionId', 'publishedAt', 'updatedAt', 'title', 'kicker', 'lead', 'body'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  if (!rows.length) return [];
  const lo = rows[0]!.id;
  const hi = rows[rows.length - 1]!.id;
  const tagRows = await db
    .selectFrom('articleTags')
    .innerJoin('tags', 'tags.id', 'articleTags.tagId')
    .select(['articleTags.articleId', 'tags.name'])
    .where('articleTags.articleId', '>=', lo)
    .where('articleTags.articleId', '<=', hi)
    .orderBy('articleTags.articleId')
    .orderBy('articleTags.position')
    .execute();
  const tags = new Map<number, string[]>();
  for (const t of tagRows) {
    const list = tags.get(t.articleId) ?? [];
    list.push(t.name);
    tags.set(t.articleId, list);
  }
  return rows.map((r) => {
    const publishedAt = r.publishedAt == null ? null : Number(r.publishedAt);
    return {
      id: r.id,
      lang: r.lang,
      status: r.status,
      sectionId: r.sectionId,
      publishedAt,
      time: articleTime(r.status, publishedAt, Number(r.updatedAt)),
      fields: indexedFields({ title: r.title, kicker: r.kicker, lead: r.lead, body: r.body, tags: tags.get(r.id) ?? [] }),
    };
  });
}

/** What the index stores for a saved article (both implementations' sync). */
export function indexableOf(article: Article): IndexableArticle {
  const publishedAt = article.publishedAt?.getTime() ?? null;
  return {
    id: article.id,
    lang: article.lang,
    status: article.status,
    sectionId: article.sectionId,
    publishedAt,
    time: articleTime(article.status, publishedAt, article.updatedAt.getTime()),
    fields: indexedFields(article),
  };
}
