import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ChaparEvent } from '../platform/events.js';
import type { ContentContext } from './context.js';

type Emit = (e: ChaparEvent) => void;

const pending = new WeakMap<object, ChaparEvent[]>();

/**
 * Runs `fn` in one transaction and publishes the events it emitted only after commit, so
 * listeners (page cache, other processes) never see a change that was rolled back.
 * When ctx.db is already a transaction (a batch import wraps many saves in one), the work
 * joins it and the events wait for the outermost commit (see runBatch).
 */
export async function runInTransaction<T>(ctx: ContentContext, fn: (trx: Transaction<Database>, emit: Emit) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) {
    const trx = ctx.db as Transaction<Database>;
    const queue = pending.get(trx);
    const emit: Emit = (e) => (queue ? queue.push(e) : undefined);
    return fn(trx, emit);
  }
  const events: ChaparEvent[] = [];
  const result = await (ctx.db as Kysely<Database>).transaction().execute((trx) => fn(trx, (e) => events.push(e)));
  for (const e of events) await ctx.events.publish(e);
  return result;
}

/**
 * Runs several use cases in one transaction (used by imports: all of a file or nothing).
 * Their events are published once the whole batch has committed.
 */
export async function runBatch<T>(ctx: ContentContext, fn: (batchCtx: ContentContext) => Promise<T>): Promise<T> {
  const events: ChaparEvent[] = [];
  const result = await ctx.db.transaction().execute(async (trx) => {
    pending.set(trx, events);
    return fn({ ...ctx, db: trx });
  });
  for (const e of events) await ctx.events.publish(e);
  return result;
}
