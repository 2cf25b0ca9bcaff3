import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventBus, type ChaparEvent } from './events.js';
import { createLogger } from './logger.js';
import { startRedisRelay } from './redis-relay.js';

const REDIS_URL = process.env.CHAPAR_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

test('events published in one process reach the others through Redis, once, and are not echoed', async (t) => {
  const logger = createLogger('silent');
  const a = new EventBus();
  const b = new EventBus();
  const ra = startRedisRelay(REDIS_URL, a, logger);
  const rb = startRedisRelay(REDIS_URL, b, logger);
  t.after(async () => {
    await ra.close();
    await rb.close();
  });
  await Promise.all([ra.ready, rb.ready]);
  const seenA: ChaparEvent[] = [];
  const seenB: ChaparEvent[] = [];
  a.subscribe((e) => {
    seenA.push(e);
  });
  const arrived = new Promise<void>((resolve) =>
    b.subscribe((e) => {
      seenB.push(e);
      resolve();
    }),
  );
  await a.publish({ type: 'article.published', articleId: 7, code: 100007, lang: 'fa', tags: ['article:7', 'home:fa'] });
  await arrived;
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(seenA.length, 1, 'the local listener got it once (no echo back)');
  assert.equal(seenB.length, 1);
  assert.equal(seenB[0]!.remote, true);
  assert.deepEqual(seenB[0]!.tags, ['article:7', 'home:fa']);
});
