/** `chapar reindex`: rebuilds the search index from the articles table, with a progress bar. */
import type { Runtime } from '../app.js';
import { createProgress } from './progress.js';

/**
 * Rebuilds the search index of the runtime's database; progress goes to `stderr` (a bar on a
 * terminal, plain lines otherwise), a summary line too. Returns the number of articles indexed.
 */
export async function runReindex(rt: Runtime, stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  if (!rt.search) throw new Error('search index is not configured');
  const started = Date.now();
  const progress = createProgress(stderr, `reindex (${rt.search.kind})`);
  let n: number;
  try {
    n = await rt.search.reindex((done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
  const secs = (Date.now() - started) / 1000;
  stderr.write(`reindex: ${n} articles indexed in ${secs.toFixed(1)} s (${secs > 0 ? Math.round(n / secs) : n} articles/s)\n`);
  return n;
}
