import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import type { CreateArticleInput } from '../content/articles/article-input.js';
import { batchIndexOf, createArticles, type NewArticle } from '../content/articles/create-article.js';
import { getExistingImportKeys } from '../content/articles/get-article.js';
import type { ContentContext } from '../content/context.js';
import { getSectionBySlug } from '../content/sections/list-sections.js';
import { runBatch } from '../content/transaction.js';
import { ChaparError, invalid } from '../platform/errors.js';
import { agencyOf, bodyOf, publicationTimeOf, sectionSlugFor, type DatasetItem } from './dataset-mapping.js';
import { queuePrepare, type PrepareJob } from './prepare-pool.js';

const itemSchema = z.object({
  title: z.string().trim().min(1, 'title is empty'),
  abstract: z.string().optional(),
  paragraphs: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  cat: z.string().optional(),
  subcat: z.string().optional(),
  link: z.string().min(1, 'link is empty'),
  code: z.number().optional(),
});

export interface ImportProgress {
  file: string;
  done: number;
  total: number;
  added: number;
  skipped: number;
}

export interface ImportResult {
  file: string;
  total: number;
  added: number;
  skipped: number;
  /** Articles added per section slug. */
  bySection: Record<string, number>;
}

export interface ImportOptions {
  /** Newest publication time; older items go back from it. Default: 2026-11-28 08:00 Tehran. */
  anchor?: Date;
  onProgress?: (p: ImportProgress) => void;
  /** Items per progress report. */
  progressEvery?: number;
  /** Position of the first item in its file's timeline (for importing a file in parts). */
  startIndex?: number;
  /** Prepare items in worker threads while writing (default: for 64 items or more). */
  workers?: boolean;
  /**
   * An earlier import of the same run: this one starts preparing its items at once but opens
   * its transaction only when that one has finished, so the workers prepare the next file while
   * the previous one commits. If the earlier import fails, this one adds nothing and fails too.
   */
  after?: Promise<unknown>;
}

const CHUNK = 100;
const FIRST_CHUNK = 16;
/**
 * Chunks queued for preparation ahead of the one being written: more than a worker holds at
 * once (two), so a worker always has the next one. (The writer does not prepare chunks itself
 * while it waits: measured slower, docs/decisions.md.)
 */
const AHEAD = 3;
/** Imports started in this process; workers serve an earlier import's chunks first. */
let importsStarted = 0;

/** An item's error, named by file and item number. */
function itemError(name: string, i: number, e: unknown): unknown {
  if (e instanceof Error) e.message = `${name}: item ${i + 1}: ${e.message}`;
  return e;
}

export const DEFAULT_ANCHOR = new Date('2026-11-28T04:30:00Z');

/** Reads a dataset file (gzipped or plain JSON array), naming the file and item at fault. */
export function readDatasetFile(file: string): DatasetItem[] {
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch (e) {
    throw invalid('CHAPAR_IMPORT_UNREADABLE', `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let text: string;
  try {
    text = (raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(raw) : raw).toString('utf8');
  } catch {
    throw invalid('CHAPAR_IMPORT_BAD_FORMAT', `${file}: not a valid gzip file`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw invalid('CHAPAR_IMPORT_BAD_FORMAT', `${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw invalid('CHAPAR_IMPORT_BAD_FORMAT', `${file}: expected a JSON array of items`);
  return data.map((item, i) => {
    const r = itemSchema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw invalid('CHAPAR_IMPORT_BAD_ITEM', `${file}: item ${i + 1}, field "${issue.path.join('.') || '(item)'}": ${issue.message}`, [
        { field: `${i}.${issue.path.join('.')}`, message: issue.message },
      ]);
    }
    return r.data;
  });
}

/**
 * Imports one dataset file as published Persian articles, all in one transaction (a bad item
 * rolls the whole file back). Idempotent: items whose original link was imported before are
 * skipped, so a second import of the same file adds nothing.
 */
export async function importDatasetFile(ctx: ContentContext, file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const items = readDatasetFile(file);
  const name = path.basename(file);
  return importDatasetItems(ctx, items, name, opts);
}

/** A dataset file to import, with the place of its first item in its file's timeline (ImportOptions.startIndex). */
export interface DatasetFilePart {
  path: string;
  startIndex: number;
}

export interface ImportFilesOptions extends Omit<ImportOptions, 'after' | 'startIndex'> {
  /** Called with each file's result once its transaction has committed, in the order given. */
  onFile?: (r: ImportResult) => void;
  /** Stops the import between files (with the signal's reason); the files done stay. */
  signal?: AbortSignal;
}

/**
 * Imports dataset files in the order given, one transaction each (importDatasetFile). The next
 * file is read and its items prepared while the one before it is written and committed; its
 * own transaction opens after that one's. The first file that fails stops the import: the
 * files before it stay, it and the ones after add nothing.
 */
export async function importDatasetFiles(ctx: ContentContext, files: ReadonlyArray<string | DatasetFilePart>, opts: ImportFilesOptions = {}): Promise<ImportResult[]> {
  const { onFile, signal, ...fileOpts } = opts;
  const start = (k: number, after?: Promise<unknown>): Promise<ImportResult> => {
    const f = files[k]!;
    const [file, startIndex] = typeof f === 'string' ? [f, undefined] : [f.path, f.startIndex];
    const run = importDatasetFile(ctx, file, { ...fileOpts, startIndex, after: after?.then(() => signal?.throwIfAborted()) });
    run.catch(() => {}); // awaited in turn below; this only keeps a failure seen later from being unhandled
    return run;
  };
  const results: ImportResult[] = [];
  signal?.throwIfAborted();
  let next: Promise<ImportResult> | null = files.length ? start(0) : null;
  for (let k = 0; next; k++) {
    const current: Promise<ImportResult> = next;
    next = k + 1 < files.length ? start(k + 1, current) : null;
    try {
      const r = await current;
      results.push(r);
      onFile?.(r);
      signal?.throwIfAborted();
    } catch (e) {
      await next?.catch(() => {}); // it adds nothing once this one failed or the signal came
      throw e;
    }
  }
  return results;
}

/** Imports already-parsed items as one file of `name` (importDatasetFile reads and checks them first). */
async function importDatasetItems(ctx: ContentContext, items: DatasetItem[], name: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const anchor = opts.anchor ?? DEFAULT_ANCHOR;
  const every = opts.progressEvery ?? 100;
  const result: ImportResult = { file: name, total: items.length, added: 0, skipped: 0, bySection: {} };
  const sectionIds = new Map<string, number | null>();
  // Looked up through the batch's transaction: on SQLite a query outside it would wait for it.
  const sectionId = async (c: ContentContext, slug: string) => {
    if (!sectionIds.has(slug)) sectionIds.set(slug, (await getSectionBySlug(c, 'fa', slug))?.id ?? null);
    return sectionIds.get(slug)!;
  };
  // Built chunk by chunk as they are needed (a body is a copy of the item's text): built all
  // at once, they would outlive many young-generation collections and fill the old one.
  const inputOf = (item: DatasetItem): CreateArticleInput => {
    const { sourceName, dateline, lead } = agencyOf(item, name);
    return {
      lang: 'fa',
      sectionId: null,
      title: item.title,
      lead,
      dateline,
      body: bodyOf(item),
      tags: item.tags ?? [],
      sourceName,
      sourceUrl: /^https?:\/\//.test(item.link) ? item.link : '',
    };
  };
  // The text work of each chunk runs in a worker while the main thread writes the chunk
  // before it. A few chunks are queued ahead, not all: prepared chunks waiting in memory cost
  // heap and garbage-collection time. The first chunk is small so the writer starts at once.
  const useWorkers = opts.workers ?? items.length >= 64;
  const bounds: number[] = [];
  for (let b = 0; b < items.length; b += b === 0 && useWorkers ? FIRST_CHUNK : CHUNK) bounds.push(b);
  const chunkEnd = (c: number) => bounds[c + 1] ?? items.length;
  const seq = importsStarted++;
  const queued: Array<PrepareJob | null> = [];
  const queueUpTo = (c: number) => {
    if (!useWorkers) return;
    while (queued.length <= Math.min(c, bounds.length - 1)) {
      const k = queued.length;
      queued.push(queuePrepare(items.slice(bounds[k], chunkEnd(k)).map(inputOf), [seq, k]));
    }
  };
  // Preparation starts before the transaction: while an earlier import (`after`, see
  // importDatasetFiles) writes and commits, the worker is already preparing this one.
  queueUpTo(AHEAD);
  const abandon = async (e: unknown) => {
    // Chunks not taken yet are dropped; the others settle, so no rejection goes unobserved.
    for (const j of queued) j?.cancel();
    await Promise.allSettled(queued.map((j) => j?.result));
    throw e;
  };
  if (opts.after) {
    try {
      await opts.after;
    } catch {
      return abandon(invalid('CHAPAR_IMPORT_NOT_STARTED', `${name}: not imported, an earlier file of this import failed`));
    }
  }
  await runBatch(ctx, async (bctx) => {
    const seen = new Set<string>();
    let reported = 0;
    for (let c = 0; c < bounds.length; c++) {
      queueUpTo(c + AHEAD);
      const start = bounds[c]!;
      const end = chunkEnd(c);
      const chunk = useWorkers ? await queued[c]!.result : null;
      queued[c] = null; // a written chunk need not stay in memory until the batch ends
      // Idempotence: items whose link an article already has, or an earlier item of this file, are skipped.
      const links = items.slice(start, end).map((item) => item.link);
      const existing = await getExistingImportKeys(bctx, links);
      const batch: NewArticle[] = [];
      const at: number[] = [];
      for (let i = start; i < end; i++) {
        const item = items[i]!;
        if (existing.has(item.link) || seen.has(item.link)) {
          result.skipped++;
          continue;
        }
        seen.add(item.link);
        const slug = sectionSlugFor(item, name);
        const sid = await sectionId(bctx, slug);
        const common = { importKey: item.link, publishedAt: publicationTimeOf((opts.startIndex ?? 0) + i, name, anchor) };
        if (chunk) {
          const p = chunk[i - start]!;
          if (p instanceof ChaparError) throw itemError(name, i, p);
          batch.push({ opts: { ...common, prepared: { ...p, fields: { ...p.fields, sectionId: sid } } } });
        } else {
          batch.push({ input: { ...inputOf(item), sectionId: sid }, opts: common });
        }
        at.push(i);
        result.bySection[slug] = (result.bySection[slug] ?? 0) + 1;
      }
      try {
        await createArticles(bctx, batch);
      } catch (e) {
        const k = batchIndexOf(e);
        throw k === undefined ? e : itemError(name, at[k]!, e);
      }
      result.added += batch.length;
      // A turn of the event loop between chunks: the worker's finished chunks are taken in and
      // the next handed out (the pool dispatches on its replies). Without it, the chunks that are
      // ready and the commit run back to back with the worker's replies unread, for up to half a
      // second, and the worker runs out of work (docs/decisions.md).
      if (useWorkers) await new Promise<void>((resolve) => setImmediate(resolve));
      if (Math.floor(end / every) > Math.floor(reported / every) || end === items.length) {
        reported = end;
        opts.onProgress?.({ file: name, done: end, total: items.length, added: result.added, skipped: result.skipped });
      }
    }
  }).catch(abandon);
  return result;
}

/** The dataset files found in a folder, in name order. */
export function listDatasetFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.json(\.gz)?$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}
