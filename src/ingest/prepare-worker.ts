/**
 * Worker thread of the import pipeline: runs prepareChunk (validation, typography repair,
 * sanitizing, search tokens — the CPU-heavy, pure part of a save) so the main thread only writes.
 */
import { parentPort } from 'node:worker_threads';
import { prepareChunk } from './prepare-chunk.js';
import type { PrepareReply, PrepareRequest } from './prepare-pool.js';

parentPort!.on('message', (req: PrepareRequest) => {
  const reply: PrepareReply = { id: req.id, results: prepareChunk(req.inputs) };
  parentPort!.postMessage(reply);
});
