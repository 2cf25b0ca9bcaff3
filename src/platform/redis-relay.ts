import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ChaparEvent, EventBus } from './events.js';
import type { Logger } from './logger.js';

export const EVENTS_CHANNEL = 'chapar:events';

/** A running relay; `close()` unsubscribes and disconnects. */
export interface RedisRelay {
  close(): Promise<void>;
  /** Resolves once the subscription is active. */
  ready: Promise<void>;
}

/**
 * Relays content events between server processes through Redis pub/sub, so that every
 * process drops the cached pages a write in another process made stale. Local events go out;
 * events from other processes come in marked `remote` (and are never sent back out).
 */
export function startRedisRelay(url: string, bus: EventBus, logger: Logger): RedisRelay {
  const origin = randomUUID();
  const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  for (const c of [pub, sub]) c.on('error', (err) => logger.warn({ err: err.message }, 'redis relay connection error'));

  const unsubscribe = bus.subscribe(async (e) => {
    if (e.remote) return;
    try {
      await pub.publish(EVENTS_CHANNEL, JSON.stringify({ origin, event: e }));
    } catch (err) {
      logger.warn({ err }, 'could not relay event to other processes');
    }
  });
  sub.on('message', (_channel, raw: string) => {
    try {
      const msg = JSON.parse(raw) as { origin: string; event: ChaparEvent };
      if (msg.origin === origin) return;
      void bus.publish({ ...msg.event, remote: true });
    } catch (err) {
      logger.warn({ err }, 'bad relayed event');
    }
  });
  const ready = sub.subscribe(EVENTS_CHANNEL).then(() => undefined);
  return {
    ready,
    close: async () => {
      unsubscribe();
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}
