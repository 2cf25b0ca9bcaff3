/**
 * The search contract: one interface, two implementations (SQLite FTS5 and PostgreSQL
 * tsvector) that must behave the same. Both index the text engine's analyzer output, never
 * the raw text, so neither database's tokenizer decides what matches.
 */
import type { ArticleIndexer } from '../content/context.js';
import type { ArticleStatus, Lang } from '../content/types.js';

export interface SearchQuery {
  /** The reader's query as typed: words, "exact phrases", -excluded words. Any text is accepted. */
  q: string;
  /** Edition to search; all editions when absent. */
  lang?: Lang;
  sectionId?: number;
  tagId?: number;
  /** Published in [from, to) (one-second granularity). */
  from?: Date;
  to?: Date;
  /** Relevance with a recency boost (default), or newest first. */
  sort?: 'relevance' | 'date';
  /** Page size, 1..500 (clamped). */
  limit: number;
  /** 1-based page number (clamped to ≥ 1). */
  page: number;
  /** Newsroom search includes drafts and other statuses; readers see only published articles. */
  includeUnpublished?: boolean;
}

export interface SearchHit {
  articleId: number;
  code: number;
  lang: Lang;
  title: string;
  /** The title HTML-escaped, with matched words wrapped in <mark>. */
  titleHtml: string;
  slug: string;
  /** HTML-escaped excerpt with the matched words wrapped in <mark>, cut on word boundaries. */
  snippet: string;
  publishedAt: Date | null;
  sectionId: number | null;
  status: ArticleStatus;
}

/** Why a query found nothing without being run (for a helpful empty state). */
export type SearchNotice =
  /** The query was empty or only spaces/control characters. */
  | 'empty_query'
  /** The query had text but no searchable words (only punctuation or syntax characters). */
  | 'no_terms'
  /** The query only excluded words (`-foo`); say what to look for. */
  | 'only_excluded';

export interface SearchResult {
  /** Number of matching articles; exact when `totalExact`, otherwise an estimate above `SearchIndex.countCap`. */
  total: number;
  totalExact: boolean;
  items: SearchHit[];
  /** Set when the query could not be run as typed. */
  notice?: SearchNotice;
  /** True when the query had more words than are searched (the rest were ignored). */
  truncated?: boolean;
}

export interface SearchIndex extends ArticleIndexer {
  readonly kind: 'sqlite' | 'postgres';
  /** Counts are exact up to this many matches; above it `total` is an estimate. */
  readonly countCap: number;
  /** Creates the index's tables/columns if missing (idempotent; run at start). Fills a new index from existing articles. */
  ensureSchema(): Promise<void>;
  /** Runs a query. Never throws for any query text: bad syntax is read as text. */
  search(q: SearchQuery): Promise<SearchResult>;
  /** Rebuilds the whole index from the articles table; returns the number indexed. */
  reindex(onProgress?: (done: number, total: number) => void): Promise<number>;
}
