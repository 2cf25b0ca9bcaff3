/**
 * Page views, counted without making cached pages dynamic: the page's script sends a small
 * beacon, the count is buffered here in memory and flushed in batches (one transaction per
 * flush) every few seconds, when the buffer grows, and when the process stops.
 */
import type { ContentContext } from '../content/context.js';
import { recordViews } from '../content/views/record-views.js';
import type { Logger } from '../platform/logger.js';

export class ViewCounter {
  private pending = new Map<number, number>();
  private pendingTotal = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private readonly maxPending: number;

  constructor(private ctx: ContentContext, private logger: Logger, opts: { intervalMs?: number; maxPending?: number } = {}) {
    this.maxPending = opts.maxPending ?? 5_000;
    const every = opts.intervalMs ?? 5_000;
    if (every > 0) {
      this.timer = setInterval(() => void this.flush(), every);
      this.timer.unref();
    }
  }

  /** Counts one view; returns how many views of the article are waiting in the buffer. */
  add(articleId: number): number {
    const n = (this.pending.get(articleId) ?? 0) + 1;
    this.pending.set(articleId, n);
    if (++this.pendingTotal >= this.maxPending) void this.flush();
    return n;
  }

  /** Views of an article counted but not yet stored. */
  pendingFor(articleId: number): number {
    return this.pending.get(articleId) ?? 0;
  }

  /** Writes the buffered counts in one transaction. Concurrent calls share one flush. */
  async flush(): Promise<void> {
    if (this.flushing) await this.flushing;
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    this.pendingTotal = 0;
    this.flushing = recordViews(this.ctx, batch)
      .catch((err) => {
        // Keep the counts for the next flush rather than lose them.
        for (const [id, n] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
        this.logger.error({ err }, 'view count flush failed');
      })
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  /** Stops the timer and flushes what is left. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}
