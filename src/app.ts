/**
 * Composition root: builds the services once (database, event bus, content context) and
 * registers the Fastify plugins in order. Nothing else wires things together.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { ArticleIndexer, ContentContext } from './content/context.js';
import { connectDatabase } from './connect-database.js';
import type { DbHandle } from './db/connection.js';
import { migrateToLatest } from './db/migrations/index.js';
import type { AppDeps } from './deps.js';
import { systemClock, type Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import { EventBus } from './platform/events.js';
import { jsonErrorHandler } from './platform/http-errors.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createSearchIndex } from './search/index.js';
import { registerSearchApi } from './site/api/search.js';
import { registerSite } from './site/plugin.js';
import { registerNewsroom } from './newsroom/plugin.js';
import { registerNewsroomUi } from './newsroom/ui.js';
import { startRedisRelay } from './platform/redis-relay.js';

/** Everything a running Chapar process holds, for the server, the CLI and the tests. */
export interface Runtime extends AppDeps {
  handle: DbHandle;
  clock: Clock;
  indexers: ArticleIndexer[];
  /** The migrations this runtime applied when it opened the database, in order (none when up to date). */
  migrationsApplied: string[];
  /** Closes the database and every service (idempotent). */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  clock?: Clock;
  logger?: Logger;
  /** Run migrations on open (default true). */
  migrate?: boolean;
}

/** Opens the database, applies pending migrations and builds the shared services. */
export async function createRuntime(config: Config, opts: RuntimeOptions = {}): Promise<Runtime> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const handle = await connectDatabase(config.databaseUrl);
  let migrationsApplied: string[] = [];
  try {
    if (opts.migrate !== false) {
      migrationsApplied = await migrateToLatest(handle.db, handle.dialect);
      if (migrationsApplied.length) logger.info({ applied: migrationsApplied }, 'migrations applied');
    }
  } catch (e) {
    await handle.close();
    throw e;
  }
  const clock = opts.clock ?? systemClock;
  const events = new EventBus((err, e) => logger.error({ err, event: e.type }, 'event listener failed'));
  const indexers: ArticleIndexer[] = [];
  const ctx: ContentContext = { db: handle.db, dialect: handle.dialect, clock, events, actor: null, indexers };
  const closers: Array<() => Promise<void>> = [];
  // [search wiring] the search module creates its index here and pushes it onto `indexers`.
  const search = createSearchIndex(handle.db, handle.dialect);
  try {
    await search.ensureSchema();
  } catch (e) {
    await handle.close();
    throw e;
  }
  indexers.push(search);

  let closed = false;
  const rt: Runtime = {
    config,
    logger,
    events,
    ctx,
    handle,
    clock,
    indexers,
    migrationsApplied,
    search,
    services: {},
    onClose: (fn) => {
      closers.push(fn);
    },
    ping: async () => {
      await sql`select 1`.execute(handle.db);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      for (const c of closers.reverse()) await c().catch((err) => logger.error({ err }, 'close failed'));
      await handle.close();
    },
  };
  if (config.redisUrl) {
    // Several server processes: relay cache-invalidating events between them.
    const relay = startRedisRelay(config.redisUrl, events, logger);
    closers.push(() => relay.close());
  }
  return rt;
}

/** Builds the Fastify app over a runtime. The caller listens (server.ts) or injects (tests). */
export async function buildApp(rt: Runtime): Promise<FastifyInstance> {
  const requestLogging = rt.config.logLevel === 'debug' || rt.config.logLevel === 'trace';
  const app = Fastify({
    loggerInstance: rt.logger as unknown as FastifyBaseLogger,
    // Per-request log lines only at debug level: at info they would double the cost of a cached page.
    logController: new LogController({ disableRequestLogging: !requestLogging }),
    // Without request logging nothing logs through req.log: skip building a child logger
    // (with its serialized bindings) for every request.
    ...(requestLogging ? {} : { childLoggerFactory: (logger: FastifyBaseLogger) => logger }),
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    // On SIGTERM, requests already on the wire are still answered (not 503) while no new
    // connections are accepted; idle keep-alive connections are closed.
    return503OnClosing: false,
  });
  app.setErrorHandler(jsonErrorHandler(rt.logger));

  app.get('/healthz', async (_req, reply) => {
    try {
      await rt.ping();
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: rt.handle.dialect });
    } catch (err) {
      rt.logger.error({ err }, 'health check failed');
      return reply.code(503).header('cache-control', 'no-store').send({ status: 'error', database: 'unreachable' });
    }
  });

  for (const register of PLUGINS) await register(app, rt);
  return app;
}

/** An HTTP module: registers its routes (and its own error handling) on the app. */
export type Plugin = (app: FastifyInstance, deps: AppDeps) => Promise<void>;

/** The HTTP modules, in registration order. Each module adds its own line here. */
const PLUGINS: Plugin[] = [
  // [site plugins]
  registerSite,
  // [search plugins]
  registerSearchApi,
  // [newsroom plugins]
  registerNewsroom,
  registerNewsroomUi,
];
