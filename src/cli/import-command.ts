/**
 * `chapar import dataset PATH…`. The import runs in a worker thread with the import heap limits
 * (IMPORT_RESOURCE_LIMITS: its heap stays near twice its live data instead of growing to 3–4×
 * on a large machine); this thread draws the progress and prints what the worker reports.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { IMPORT_RESOURCE_LIMITS } from '../ingest/import-limits.js';
import { ConfigError } from '../platform/config.js';
import { ChaparError, chaparErrorFromData, chaparErrorToData, type ChaparErrorData } from '../platform/errors.js';
import { startWorker } from '../platform/worker-thread.js';
import { createProgress, type Progress } from './progress.js';

type Message =
  | { progress: { done: number; total: number; file: string } }
  | { line: string }
  | { failed: { config?: string[]; chapar?: ChaparErrorData; message?: string; stack?: string } };

/** Runs the import of `paths` in a worker thread; resolves with the exit code, or throws what the import threw. */
export async function runImportCommand(paths: string[]): Promise<number> {
  const worker = startWorker(new URL(import.meta.url), { workerData: { importPaths: paths }, resourceLimits: IMPORT_RESOURCE_LIMITS });
  let progress: Progress | null = null;
  return new Promise((resolve, reject) => {
    let failure: Error | null = null;
    worker.on('message', (m: Message) => {
      if ('progress' in m) {
        progress ??= createProgress(process.stderr, 'import');
        progress.update(m.progress.done, m.progress.total, m.progress.file);
      } else if ('line' in m) {
        progress?.stop();
        progress = null;
        process.stdout.write(m.line + '\n');
      } else {
        const f = m.failed;
        failure = f.config
          ? new ConfigError(f.config)
          : f.chapar
            ? chaparErrorFromData(f.chapar)
            : Object.assign(new Error(f.message), { stack: f.stack });
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      progress?.stop();
      if (failure) reject(failure);
      else if (code !== 0) reject(new Error(`the import thread stopped (exit code ${code})`));
      else resolve(0);
    });
  });
}

/** The worker's side: the import itself, reported line by line. */
async function importInThisThread(paths: string[]): Promise<void> {
  const post = (m: Message) => parentPort!.postMessage(m);
  try {
    const { createRuntime } = await import('../app.js');
    const { ensureDefaultSections } = await import('../content/sections/ensure-defaults.js');
    const { importDatasetFiles } = await import('../ingest/import-dataset.js');
    const { loadConfig } = await import('../platform/config.js');
    const { createLogger } = await import('../platform/logger.js');
    const cfg = loadConfig();
    const rt = await createRuntime(cfg, { logger: createLogger('warn') });
    try {
      await ensureDefaultSections(rt.ctx, rt.config.defaultLang);
      let added = 0;
      let skipped = 0;
      await importDatasetFiles(rt.ctx, paths, {
        onProgress: (p) => post({ progress: { done: p.done, total: p.total, file: p.file } }),
        progressEvery: 25,
        onFile: (r) => {
          post({ line: `${r.file}: ${r.added} added, ${r.skipped} already imported (of ${r.total})` });
          added += r.added;
          skipped += r.skipped;
        },
      });
      post({ line: `total: ${added} added, ${skipped} already imported` });
    } finally {
      await rt.close();
    }
  } catch (e) {
    const err = e as Error;
    post({
      failed:
        e instanceof ConfigError
          ? { config: e.problems }
          : e instanceof ChaparError
            ? { chapar: chaparErrorToData(e) }
            : { message: err?.message ?? String(e), stack: err?.stack },
    });
  }
}

const job = !isMainThread && (workerData as { importPaths?: string[] } | null)?.importPaths;
if (job) await importInThisThread(job);
