import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import type { Clock } from '../platform/clock.js';
import type { EventBus } from '../platform/events.js';
import type { Actor, Article } from './types.js';

/**
 * Keeps a search index (or anything else that must change with the content) in step with
 * an article inside the same transaction as the write. Implemented by search/.
 */
export interface ArticleIndexer {
  /** Called after every write of the article, inside the write's transaction. */
  sync(trx: Transaction<Database>, article: Article): Promise<void>;
  /** sync for several articles written in the same transaction (optional: sync is called for each otherwise). */
  syncMany?(trx: Transaction<Database>, articles: Article[]): Promise<void>;
  /** Called when the article row is deleted, inside the transaction. */
  remove(trx: Transaction<Database>, articleId: number): Promise<void>;
}

/**
 * What a use case receives: who acts, the database, the clock and the event bus — never a
 * request object, so the newsroom API, the importer, the scheduler and the CLI all call the
 * very same function.
 */
export interface ContentContext {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  events: EventBus;
  /** null = the system (importer, scheduler, CLI). */
  actor: Actor | null;
  indexers: ArticleIndexer[];
}

/** Returns a context acting as another actor. */
export function withActor(ctx: ContentContext, actor: Actor | null): ContentContext {
  return { ...ctx, actor };
}
