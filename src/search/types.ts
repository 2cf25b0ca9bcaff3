/**
 * The search contract: one interface, two implementations (SQLite FTS5 and PostgreSQL
 * tsvector) that must behave the same. Both index the text engine's analyzer output.
 */
import type { ArticleIndexer } from '../content/context.js';
import type { Lang } from '../content/types.js';

export interface SearchQuery {
  /** The reader's query as typed: words, "exact phrases", -excluded words. */
  q: string;
  lang?: Lang;
  sectionId?: number;
  tagId?: number;
  /** Published in [from, to). */
  from?: Date;
  to?: Date;
  /** Relevance with a recency boost (default), or newest first. */
  sort?: 'relevance' | 'date';
  /** Page size, 1..500. */
  limit: number;
  /** 1-based page number. */
  page: number;
  /** Newsroom search includes drafts and other statuses; readers see only published articles. */
  includeUnpublished?: boolean;
}

export interface SearchHit {
  articleId: number;
  code: number;
  lang: Lang;
  title: string;
  /** HTML-escaped excerpt with the matched words wrapped in <mark>. */
  snippet: string;
  publishedAt: Date | null;
  sectionId: number | null;
  status: string;
}

export interface SearchResult {
  total: number;
  items: SearchHit[];
}

export interface SearchIndex extends ArticleIndexer {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates the index's tables/columns if missing (idempotent; run at start). */
  ensureSchema(): Promise<void>;
  search(q: SearchQuery): Promise<SearchResult>;
  /** Rebuilds the whole index from the articles table; returns the number indexed. */
  reindex(onProgress?: (done: number, total: number) => void): Promise<number>;
}
