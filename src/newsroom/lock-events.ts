/**
 * In-process notice of edit-lock changes, so a waiting editor hears of a take-over at once.
 * Waits also re-read the database every few seconds, which covers take-overs made through
 * another server process.
 */
import { EventEmitter } from 'node:events';

export class LockEvents {
  private emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }
  changed(articleId: number): void {
    this.emitter.emit(String(articleId));
  }
  /** Resolves on the next change of this article's lock, after `ms`, or when `signal` aborts. */
  next(articleId: number, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off(String(articleId), done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.emitter.on(String(articleId), done);
      signal?.addEventListener('abort', done);
    });
  }
}
