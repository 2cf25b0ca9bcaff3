/**
 * What the HTTP layers (site, newsroom, API) receive from the composition root.
 * Types only: the layers never open databases themselves.
 */
import type { ContentContext } from './content/context.js';
import type { Config } from './platform/config.js';
import type { EventBus } from './platform/events.js';
import type { Logger } from './platform/logger.js';
import type { SearchIndex } from './search/types.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  events: EventBus;
  /** Content context acting as the system; routes derive per-user contexts with withActor. */
  ctx: ContentContext;
  /** Checks that the database answers (for /healthz). */
  ping(): Promise<void>;
  /** The search index (SQLite FTS5 or PostgreSQL), set up by the composition root. */
  search?: SearchIndex;
  /** Registers work to do when the process stops, before the database closes (e.g. flush buffered view counts). */
  onClose(fn: () => Promise<void>): void;
  /** Extra services registered by later modules, by name. */
  services: Record<string, unknown>;
}
