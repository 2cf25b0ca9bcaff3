/**
 * A small pool of worker threads that prepare article inputs (prepareChunk: validation, text
 * work, search tokens) while the main thread writes the previous ones: on a 2-core server the
 * text work and the database writes then run side by side. Workers start on first use, are
 * shared by every import in the process, and never keep the process alive when idle.
 *
 * Chunks wait in the pool's queue and each worker holds at most two (one it works on, one
 * ready for it), so a chunk no worker has taken yet can still be cancelled.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CreateArticleInput } from '../content/articles/article-input.js';
import type { PreparedArticle } from '../content/articles/create-article.js';
import { chaparErrorFromData, type ChaparError } from '../platform/errors.js';
import { startWorker } from '../platform/worker-thread.js';
import { PREPARE_RESOURCE_LIMITS } from './import-limits.js';
import { primeIndexedFields } from '../search/document.js';
import type { PrepareResult } from './prepare-chunk.js';

export interface PrepareRequest {
  id: number;
  inputs: CreateArticleInput[];
}

export interface PrepareReply {
  id: number;
  results: PrepareResult[];
}

/** One prepared input, or the error its save would have thrown. */
export type Prepared = PreparedArticle | ChaparError;

/** A chunk handed to the pool. */
export interface PrepareJob {
  /** The prepared inputs, in input order. */
  readonly result: Promise<Prepared[]>;
  /** Drops the chunk if it was not taken yet (its result then resolves empty). */
  cancel(): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Job>;
}

/** Chunks a worker holds at once: the one it prepares and the next, so it never waits for the writer's event loop. */
const HELD_PER_WORKER = 2;

let pool: Slot[] | null = null;
let nextId = 1;
let lastError: Error | undefined;
/** Chunks no worker has taken yet, taken lowest rank first. */
const waiting: Job[] = [];

class Job implements PrepareJob {
  readonly id = nextId++;
  readonly result: Promise<Prepared[]>;
  started = false;
  private settle!: (results: PrepareResult[]) => void;
  private drop!: () => void;

  constructor(
    readonly inputs: CreateArticleInput[],
    readonly rank: readonly [number, number],
  ) {
    this.result = new Promise((resolve, reject) => {
      this.drop = () => resolve([]);
      this.settle = (results) => {
        if (results.length !== this.inputs.length) return reject(new Error(`article preparation worker failed: ${lastError?.message ?? 'no answer'}`));
        resolve(results.map(toPrepared));
      };
    });
  }

  finish(results: PrepareResult[]): void {
    this.settle(results);
  }

  cancel(): void {
    if (!this.take()) return;
    this.drop();
  }

  /** Takes the chunk off the waiting queue, unless a worker took it already. */
  private take(): boolean {
    if (this.started) return false;
    this.started = true;
    const i = waiting.indexOf(this);
    if (i >= 0) waiting.splice(i, 1);
    return true;
  }
}

/** A result as the writer uses it; the search tokens wait for the indexer (primeIndexedFields). */
function toPrepared(x: PrepareResult): Prepared {
  if (!('ok' in x)) return chaparErrorFromData(x.error);
  const f = x.ok.fields;
  primeIndexedFields({ title: f.title, kicker: f.kicker, lead: f.lead, body: f.body, tags: x.ok.tags.map((t) => t.name) }, x.index);
  return x.ok;
}

function start(size: number): Slot[] {
  return Array.from({ length: size }, () => {
    const worker = startWorker(new URL(import.meta.url.endsWith('.ts') ? './prepare-worker.ts' : './prepare-worker.js', import.meta.url), { resourceLimits: PREPARE_RESOURCE_LIMITS });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (r: PrepareReply) => {
      const job = slot.pending.get(r.id);
      slot.pending.delete(r.id);
      if (!slot.pending.size) worker.unref();
      job?.finish(r.results);
      dispatch();
    });
    // A worker that fails, or stops without failing (terminated, process.exit), answers no more:
    // the chunks it holds fail with the reason, and the next chunk starts a new worker.
    const lost = (err: Error) => {
      lastError = err;
      for (const job of slot.pending.values()) job.finish([]);
      slot.pending.clear();
      if (pool) pool = pool.filter((s) => s !== slot);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (slot.pending.size) lost(new Error(`the worker stopped (exit code ${code})`));
      else if (pool) pool = pool.filter((s) => s !== slot);
    });
    worker.unref();
    return slot;
  });
}

/** Hands waiting chunks to workers that hold fewer than HELD_PER_WORKER. */
function dispatch(): void {
  if (!waiting.length) return;
  if (!pool?.length) pool = start(poolSize());
  for (const slot of pool) {
    while (slot.pending.size < HELD_PER_WORKER && waiting.length) {
      let best = 0;
      for (let i = 1; i < waiting.length; i++) {
        const a = waiting[i]!.rank;
        const b = waiting[best]!.rank;
        if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) best = i;
      }
      const job = waiting.splice(best, 1)[0]!;
      job.started = true;
      slot.pending.set(job.id, job);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, inputs: job.inputs } satisfies PrepareRequest);
    }
  }
}

/** Workers to use: one per core beyond the main thread's, at least one. */
export function poolSize(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/**
 * Queues inputs for preparation in a worker thread. Workers take chunks lowest `rank` first
 * (an import passes [its sequence number, the chunk's index], so an earlier import's chunks go
 * first). An input that would fail validation comes back as the ChaparError the save would have thrown.
 */
export function queuePrepare(inputs: CreateArticleInput[], rank: readonly [number, number]): PrepareJob {
  const job = new Job(inputs, rank);
  waiting.push(job);
  dispatch();
  return job;
}

/** Stops the workers (tests and shutdown; they never hold the process open anyway). */
export async function stopPreparePool(): Promise<void> {
  const p = pool;
  pool = null;
  await Promise.all((p ?? []).map((s) => s.worker.terminate()));
}
