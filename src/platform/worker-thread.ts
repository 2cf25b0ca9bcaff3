/**
 * Starting a worker thread on one of our modules, from the built output or from the
 * TypeScript sources.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker running the module at `url`. Built output runs the .js module directly; from
 * the TypeScript sources (tsx), a worker does not inherit the tsx loader, so a two-line
 * bootstrap registers it first.
 */
export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { ...options, eval: true });
}
