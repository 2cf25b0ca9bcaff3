/**
 * In-process event bus. Content use cases publish events after their transaction commits;
 * the page cache and other listeners subscribe. (Across several processes a Redis relay
 * republishes these; see platform/redis-relay.ts once it exists.)
 */
export interface ArticleEvent {
  type: 'article.created' | 'article.updated' | 'article.published' | 'article.unpublished' | 'article.trashed' | 'article.deleted';
  articleId: number;
  code: number;
  lang: string;
  /** Cache tags made stale by the change, e.g. ["article:42", "section:7", "home:fa"]. */
  tags: string[];
  /** Set on events that arrived from another process through the Redis relay. */
  remote?: boolean;
}

export type ChaparEvent = ArticleEvent;

type Listener = (e: ChaparEvent) => void | Promise<void>;

export class EventBus {
  private listeners = new Set<Listener>();
  private onError: (err: unknown, e: ChaparEvent) => void;

  constructor(onError: (err: unknown, e: ChaparEvent) => void = () => {}) {
    this.onError = onError;
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Delivers to every listener; a failing listener never breaks the publisher. */
  async publish(e: ChaparEvent): Promise<void> {
    for (const l of this.listeners) {
      try {
        await l(e);
      } catch (err) {
        this.onError(err, e);
      }
    }
  }
}
