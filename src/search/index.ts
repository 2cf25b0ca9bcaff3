/**
 * The search module's entry point: pick the implementation for the database in use.
 * Everything outside search/ sees only the SearchIndex interface.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { PostgresSearchIndex } from './postgres/postgres-index.js';
import { SqliteSearchIndex } from './sqlite/sqlite-index.js';
import type { SearchIndex } from './types.js';

export type { SearchHit, SearchIndex, SearchNotice, SearchQuery, SearchResult } from './types.js';
export { parseQuery, type ParsedQuery } from './query-parser.js';

/** The search index for this database: SQLite FTS5 or PostgreSQL tsvector. Call ensureSchema() before use. */
export function createSearchIndex(db: Kysely<Database>, dialect: Dialect): SearchIndex {
  return dialect === 'postgres' ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);
}
