/**
 * Worker thread of the import pipeline: runs prepareArticle (validation, typography repair,
 * sanitizing — the CPU-heavy, pure part of a save) so the main thread only writes.
 */
import { parentPort } from 'node:worker_threads';
import { prepareArticle } from '../content/articles/create-article.js';
import type { CreateArticleInput } from '../content/articles/article-input.js';
import { isChaparError } from '../platform/errors.js';
import { computeIndexedFields } from '../search/document.js';
import type { PrepareReply, PrepareRequest } from './prepare-pool.js';

parentPort!.on('message', (req: PrepareRequest) => {
  const results = req.inputs.map((input: CreateArticleInput) => {
    try {
      const ok = prepareArticle(input);
      // The search tokens too: the writer thread then only stores them.
      const f = ok.fields;
      return { ok, index: computeIndexedFields({ title: f.title, kicker: f.kicker, lead: f.lead, body: f.body, tags: ok.tags.map((t) => t.name) }) };
    } catch (e) {
      return isChaparError(e)
        ? { error: { kind: e.kind, code: e.code, message: e.message, fields: e.fields } }
        : { error: { kind: 'invalid' as const, code: 'CHAPAR_INTERNAL', message: (e as Error)?.message ?? String(e), fields: [] } };
    }
  });
  const reply: PrepareReply = { id: req.id, results };
  parentPort!.postMessage(reply);
});
