/**
 * Process entry for `chapar serve`: open, migrate, set up a fresh install, listen, and on
 * SIGTERM/SIGINT stop accepting, finish in-flight requests and close the database.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, createRuntime, type Runtime } from './app.js';
import type { Config } from './platform/config.js';
import { setupInstall } from './setup.js';

export interface RunningServer {
  app: FastifyInstance;
  runtime: Runtime;
  url: string;
  stop(): Promise<void>;
}

/** Starts the server; `print` receives the one-time messages meant for the operator. */
export async function startServer(
  config: Config,
  print: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  opts: { handleSignals?: boolean; /** Extra routes or hooks before listening (embedding, tests). */ configure?: (app: FastifyInstance) => void } = {},
): Promise<RunningServer> {
  const runtime = await createRuntime(config);
  let app: FastifyInstance;
  try {
    const report = await setupInstall(runtime, { onProgress: (m) => runtime.logger.info(m) });
    if (report.adminCreated) {
      print('');
      print('  Chapar admin account created:');
      print(`    e-mail:   ${config.adminEmail}`);
      print(report.generatedPassword ? `    password: ${report.generatedPassword}   (shown only this once: keep it now)` : '    password: the one given in CHAPAR_ADMIN_PASSWORD');
      print('');
    }
    app = await buildApp(runtime);
    opts.configure?.(app);
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await runtime.close();
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // app.close() stops accepting connections and waits for in-flight requests.
      await app.close();
      await runtime.close();
    })());
  const server: RunningServer = { app, runtime, url, stop };
  // Signals are wired before the "serving" line, so an operator (or a test) that reacts to
  // that line can already stop the process gracefully.
  if (opts.handleSignals) handleSignals(server);
  print(`Chapar is serving ${config.publicUrl === `http://${config.host}:${config.port}` ? url : `${url} (public URL ${config.publicUrl})`}`);
  return server;
}

/** Wires SIGTERM and SIGINT to a graceful stop, then exits. */
export function handleSignals(server: RunningServer): void {
  const onSignal = (sig: NodeJS.Signals) => {
    server.runtime.logger.info({ signal: sig }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    server.stop().then(
      () => process.exit(0),
      (err) => {
        server.runtime.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
