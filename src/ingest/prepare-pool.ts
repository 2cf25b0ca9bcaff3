/**
 * A small pool of worker threads that prepare article inputs (see prepare-worker.ts) while
 * the main thread writes the previous ones: on a 2-core server the text work and the
 * database writes then run side by side. Workers start on first use, are shared by every
 * import in the process, and never keep the process alive when idle.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CreateArticleInput } from '../content/articles/article-input.js';
import type { PreparedArticle } from '../content/articles/create-article.js';
import { ChaparError, type ErrorKind, type FieldIssue } from '../platform/errors.js';
import { primeIndexedFields, type IndexedFields } from '../search/document.js';

export interface PrepareRequest {
  id: number;
  inputs: CreateArticleInput[];
}

export interface PrepareReply {
  id: number;
  results: Array<{ ok: PreparedArticle; index: IndexedFields } | { error: { kind: ErrorKind; code: string; message: string; fields: FieldIssue[] } }>;
}

/** One prepared input, or the error its save would have thrown. */
export type Prepared = PreparedArticle | ChaparError;

interface Slot {
  worker: Worker;
  pending: Map<number, (r: PrepareReply) => void>;
}

let pool: Slot[] | null = null;
let nextId = 1;
let rr = 0;
let lastError: Error | undefined;

/**
 * A worker's old generation may grow to this. Its live data is the text engine's lexicons and
 * word caches (30–90 MB) plus one chunk; without a limit V8 sizes the heap for this machine's
 * memory and lets garbage pile up to ~3× the live data before collecting. A limit of 256 MB
 * also switches V8 to its memory-constrained growth (heap ≈ 2× live): measured on 20,000
 * articles, ~50 MB less peak RSS for the same CPU time (docs/decisions.md).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256 };

/**
 * Built output runs prepare-worker.js directly. From the TypeScript sources (tsx), a worker
 * does not inherit the tsx loader, so a two-line bootstrap registers it first.
 */
function newWorker(): Worker {
  const options = { resourceLimits: RESOURCE_LIMITS };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./prepare-worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./prepare-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, ...options });
}

function start(size: number): Slot[] {
  return Array.from({ length: size }, () => {
    const worker = newWorker();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (r: PrepareReply) => {
      const resolve = slot.pending.get(r.id);
      slot.pending.delete(r.id);
      if (!slot.pending.size) worker.unref();
      resolve?.(r);
    });
    worker.on('error', (err) => {
      lastError = err;
      for (const [id, resolve] of slot.pending) resolve({ id, results: [] });
      slot.pending.clear();
      if (pool) pool = pool.filter((s) => s !== slot);
    });
    worker.unref();
    return slot;
  });
}

/** Workers to use: one per core beyond the main thread's, at least one. */
export function poolSize(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/**
 * Prepares inputs in a worker thread; resolves in input order. An input that would fail
 * validation comes back as the ChaparError the save would have thrown.
 */
export function prepareInWorker(inputs: CreateArticleInput[]): Promise<Prepared[]> {
  pool ??= start(poolSize());
  if (!pool.length) pool = start(poolSize());
  const slot = pool[rr++ % pool.length]!;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    slot.pending.set(id, (r) => {
      if (r.results.length !== inputs.length) return reject(new Error(`article preparation worker failed: ${lastError?.message ?? 'no answer'}`));
      resolve(
        r.results.map((x) => {
          if (!('ok' in x)) return new ChaparError(x.error.kind, x.error.code, x.error.message, { fields: x.error.fields });
          const f = x.ok.fields;
          primeIndexedFields({ title: f.title, kicker: f.kicker, lead: f.lead, body: f.body, tags: x.ok.tags.map((t) => t.name) }, x.index);
          return x.ok;
        }),
      );
    });
    slot.worker.ref();
    slot.worker.postMessage({ id, inputs } satisfies PrepareRequest);
  });
}

/** Stops the workers (tests and shutdown; they never hold the process open anyway). */
export async function stopPreparePool(): Promise<void> {
  const p = pool;
  pool = null;
  await Promise.all((p ?? []).map((s) => s.worker.terminate()));
}
