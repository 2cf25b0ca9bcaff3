/**
 * npm run bench:import [-- --articles N]
 * Imports the shared items multiplied to N articles (default 100,000) into a fresh SQLite
 * database through the real import path (dataset files read, unzipped and checked; validation,
 * typography repair, sanitizing, news codes, tags, revisions, search index; the database closed)
 * and prints articles per second and peak memory.
 * The import runs in a worker thread with the import heap limits, as `chapar import` runs it;
 * this thread only samples the process's memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { IMPORT_RESOURCE_LIMITS } from '../src/ingest/import-limits.js';
import { startWorker } from '../src/platform/worker-thread.js';

/** This thread's id (Linux), to name it in threadCpu. */
const writerTid = (() => {
  try {
    return fs.readlinkSync('/proc/thread-self').split('/').pop();
  } catch {
    return undefined;
  }
})();

/**
 * CPU seconds of each thread of this process by thread id, with its name: `main`, `writer` (the
 * import thread), or what the kernel calls it (`node` for the prepare worker and V8's helper
 * threads alike), from /proc.
 */
function threadCpu(): Map<string, { name: string; secs: number }> {
  const out = new Map<string, { name: string; secs: number }>();
  const hz = 100;
  try {
    for (const tid of fs.readdirSync('/proc/self/task')) {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = tid === String(process.pid) ? 'main' : tid === writerTid ? 'writer' : stat.slice(stat.indexOf('(') + 1, close).trim();
      const f = stat.slice(close + 2).split(' ');
      out.set(tid, { name, secs: (Number(f[11]) + Number(f[12])) / hz });
    }
  } catch {
    // not Linux: no per-thread figures
  }
  return out;
}

/**
 * CPU time per article by thread, between two threadCpu readings: the writer, the prepare
 * worker (taken to be the busiest thread the kernel names `node`: V8's helper threads each do a
 * fraction of its work), and the rest together: V8's helper threads of every isolate (concurrent
 * and parallel garbage collection, compilers), libuv's, and this bench's main thread, which only
 * samples memory.
 */
function cpuPerArticle(before: ReturnType<typeof threadCpu>, after: ReturnType<typeof threadCpu>, articles: number): string {
  const used = [...after].map(([tid, t]) => ({ name: t.name, secs: t.secs - (before.get(tid)?.secs ?? 0) })).sort((a, b) => b.secs - a.secs);
  const ms = (secs: number) => ((secs * 1000) / articles).toFixed(2);
  const writer = used.filter((t) => t.name === 'writer').reduce((a, t) => a + t.secs, 0);
  const prepare = used.find((t) => t.name === 'node')?.secs ?? 0;
  const total = used.reduce((a, t) => a + t.secs, 0);
  const helpers = used.filter((t) => t.secs > 0 && t.name !== 'writer').length - (prepare > 0 ? 1 : 0);
  return `${ms(total)} ms (writer ${ms(writer)}, prepare worker ${ms(prepare)}, ${helpers} other threads ${ms(total - writer - prepare)})`;
}

if (isMainThread) {
  // Peak RSS of the whole process (every thread), sampled here while the import runs in a worker.
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const worker = startWorker(new URL(import.meta.url), { workerData: { args: process.argv.slice(2) }, resourceLimits: IMPORT_RESOURCE_LIMITS });
  const lines: string[] = await new Promise((resolve, reject) => {
    worker.on('message', resolve);
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the import thread stopped (exit code ${code})`)));
  });
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  lines.splice(2, 0, `peak memory:   ${(peakRss / 1024 / 1024).toFixed(0)} MB RSS   (target < 400 MB)`);
  for (const l of lines) console.log(l);
  await worker.terminate();
} else {
  await runImport();
}

async function runImport(): Promise<void> {
  // Loaded here, in the import thread only.
  const { createRuntime } = await import('../src/app.js');
  const { ensureDefaultSections } = await import('../src/content/sections/ensure-defaults.js');
  const { importDatasetFiles } = await import('../src/ingest/import-dataset.js');
  const { loadConfig } = await import('../src/platform/config.js');
  const { createLogger } = await import('../src/platform/logger.js');
  const { generateItems, loadSourceItems } = await import('./dataset-items.js');
  const { values } = parseArgs({ args: (workerData as { args: string[] }).args, options: { articles: { type: 'string', default: '100000' }, batch: { type: 'string', default: '1000' }, db: { type: 'string' } } });
  const N = Number(values.articles);
  const BATCH = Number(values.batch);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapar-bench-import-'));
  const url = values.db ?? `sqlite:${path.join(dir, 'chapar.db')}`;
  const rt = await createRuntime(loadConfig({ CHAPAR_DATA_DIR: dir, CHAPAR_DATABASE_URL: url, CHAPAR_DEMO: '0' }), { logger: createLogger('warn') });
  await ensureDefaultSections(rt.ctx);
  const source = loadSourceItems();
  console.log(`bench:import — ${N.toLocaleString('en')} articles from ${source.length.toLocaleString('en')} distinct shared items into ${rt.handle.dialect} (${os.cpus().length} cores, node ${process.version})`);

  // The generated articles are written out first as dataset files (.json.gz, up to `batch`
  // items each, named after their source file, whose name the mapping reads), so the timed
  // import reads, unzips and checks them as `chapar import dataset` does.
  const files: Array<{ path: string; startIndex: number }> = [];
  const perFile = new Map<string, number>();
  for (const batch of generateItems(source, N, BATCH)) {
    const byFile = new Map<string, typeof batch>();
    for (const b of batch) {
      const group = byFile.get(b.file);
      if (group) group.push(b);
      else byFile.set(b.file, [b]);
    }
    for (const [name, items] of byFile) {
      // each copy keeps its own deterministic date: its place in its source file's timeline
      const startIndex = perFile.get(name) ?? 0;
      perFile.set(name, startIndex + items.length);
      const file = path.join(dir, 'files', String(files.length).padStart(5, '0'), name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(items.map((x) => x.item))));
      files.push({ path: file, startIndex });
    }
  }

  // The import reads the files; the sources stay out of the heap it is measured with (the CLI
  // holds no such copy).
  source.length = 0;

  const cpu0 = threadCpu();
  const t0 = process.hrtime.bigint();
  let done = 0;
  let lastReport = t0;
  // What `chapar import dataset` runs: each file one transaction, the next one read and
  // prepared while the one before commits.
  await importDatasetFiles(rt.ctx, files, {
    onFile: (r) => {
      done += r.added;
      const now = process.hrtime.bigint();
      if (now - lastReport > 5_000_000_000n) {
        lastReport = now;
        console.log(`  ${done.toLocaleString('en')} articles, ${(done / (Number(now - t0) / 1e9)).toFixed(0)} articles/s`);
      }
    },
  });
  if (done !== N) throw new Error(`imported ${done} articles, expected ${N}: the generated items should all be distinct`);
  await rt.close(); // its last checkpoint is part of the import, as `chapar import dataset` closes too
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu1 = threadCpu();
  const size = url.startsWith('sqlite:') ? fs.statSync(url.slice(7)).size + (fs.existsSync(url.slice(7) + '-wal') ? fs.statSync(url.slice(7) + '-wal').size : 0) : 0;
  const out: string[] = [];
  out.push(`imported:      ${done.toLocaleString('en')} articles in ${secs.toFixed(1)} s`);
  out.push(`rate:          ${(done / secs).toFixed(0)} articles/s   (target ≥ 2,000)`);
  if (size) out.push(`database size: ${(size / 1024 / 1024).toFixed(0)} MB`);
  // CPU time per article by thread: robust to other load on the machine, unlike the rate.
  if (cpu1.size && done) out.push(`cpu/article:   ${cpuPerArticle(cpu0, cpu1, done)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  parentPort!.postMessage(out);
}
