/**
 * The preparation of a chunk of article inputs in the prepare worker (prepare-worker.ts):
 * prepareArticle and the search tokens of each input, or the error its save would have
 * thrown, as plain data.
 */
import type { CreateArticleInput } from '../content/articles/article-input.js';
import { prepareArticle, type PreparedArticle } from '../content/articles/create-article.js';
import { chaparErrorToData, isChaparError, type ChaparErrorData } from '../platform/errors.js';
import { computeIndexedFields, type IndexedFields } from '../search/document.js';

/** One input's outcome: what structured cloning carries between threads (no class instances). */
export type PrepareResult = { ok: PreparedArticle; index: IndexedFields } | { error: ChaparErrorData };

/** Prepares each input; never throws. */
export function prepareChunk(inputs: CreateArticleInput[]): PrepareResult[] {
  return inputs.map((input) => {
    try {
      const ok = prepareArticle(input);
      // The search tokens too: the writer then only stores them.
      const f = ok.fields;
      return { ok, index: computeIndexedFields({ title: f.title, kicker: f.kicker, lead: f.lead, body: f.body, tags: ok.tags.map((t) => t.name) }) };
    } catch (e) {
      return isChaparError(e)
        ? { error: chaparErrorToData(e) }
        : // a bug, not bad input: keep where it happened (the stack) for whoever reads the import's error
          { error: { kind: 'invalid' as const, code: 'CHAPAR_INTERNAL', message: (e as Error)?.stack ?? String(e), fields: [] } };
    }
  });
}
