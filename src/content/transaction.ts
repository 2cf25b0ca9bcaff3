import type { Kysely, Transaction } from 'kysely';
import { nextCounterValue } from '../db/dialect/index.js';
import type { Database } from '../db/schema.js';
import type { ChaparEvent } from '../platform/events.js';
import type { ContentContext } from './context.js';

type Emit = (e: ChaparEvent) => void;

const pending = new WeakMap<object, ChaparEvent[]>();
const codeBlocks = new WeakMap<object, { next: number; last: number }>();

/** News codes taken from the counter at once inside a batch. */
const CODE_BLOCK = 256;

/**
 * The next news code, inside the caller's transaction. A batch (runBatch) takes codes from
 * the counter in blocks and gives the unused rest back before it commits; the counter row
 * stays locked (PostgreSQL) or the database single-writer (SQLite) until then, so codes stay
 * sequential without gaps and are never handed out twice.
 */
export async function nextNewsCode(trx: Transaction<Database>): Promise<number> {
  const block = codeBlocks.get(trx);
  if (!block) return nextCounterValue(trx, 'news_code');
  if (block.next > block.last) {
    block.last = await nextCounterValue(trx, 'news_code', CODE_BLOCK);
    block.next = block.last - CODE_BLOCK + 1;
  }
  return block.next++;
}

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
    const block = { next: 1, last: 0 };
    codeBlocks.set(trx, block);
    const r = await fn({ ...ctx, db: trx });
    const unused = block.last - block.next + 1;
    if (unused > 0) await nextCounterValue(trx, 'news_code', -unused);
    return r;
  });
  for (const e of events) await ctx.events.publish(e);
  return result;
}
