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

/**
 * Thrown by startServer when SIGTERM or SIGINT arrived before the server listened: the start
 * stopped at a safe point and closed the database (a clean stop: `chapar serve` exits 0).
 */
export class StartInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped by ${signal} before serving`);
    this.name = 'StartInterrupted';
  }
}

/** Starts the server; `print` receives the one-time messages meant for the operator. */
export async function startServer(
  config: Config,
  print: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  opts: { handleSignals?: boolean; /** Extra routes or hooks before listening (embedding, tests). */ configure?: (app: FastifyInstance) => void } = {},
): Promise<RunningServer> {
  // Until the server listens, a signal only asks the start to stop at its next safe point
  // (between demo files, before listening); a second signal has no handler and ends the process.
  const early = opts.handleSignals ? signalsBeforeListening() : undefined;
  let runtime: Runtime;
  try {
    runtime = await createRuntime(config);
  } catch (e) {
    early?.dispose();
    throw e;
  }
  let app: FastifyInstance | undefined;
  try {
    early?.signal.throwIfAborted();
    const report = await setupInstall(runtime, { onProgress: (m) => runtime.logger.info(m), signal: early?.signal });
    if (report.adminCreated) {
      print('');
      print('  Chapar admin account created:');
      print(`    e-mail:   ${config.adminEmail}`);
      print(report.generatedPassword ? `    password: ${report.generatedPassword}   (shown only this once: keep it now)` : '    password: the one given in CHAPAR_ADMIN_PASSWORD');
      print('');
    }
    early?.signal.throwIfAborted();
    app = await buildApp(runtime);
    opts.configure?.(app);
    await app.listen({ port: config.port, host: config.host });
    early?.signal.throwIfAborted();
  } catch (e) {
    early?.dispose();
    if (e instanceof StartInterrupted) runtime.logger.info({ signal: e.signal }, 'shutting down before serving');
    await app?.close();
    await runtime.close();
    throw e;
  }
  early?.dispose();
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

/** Before listening: SIGTERM or SIGINT aborts the returned signal (once) with StartInterrupted. */
function signalsBeforeListening(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    dispose();
    controller.abort(new StartInterrupted(sig));
  };
  const dispose = () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { signal: controller.signal, dispose };
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
