/** Test-only helper: reads the shared datasets (../shared/datasets from the repo root). Never imported by library code. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const DATASET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'datasets');
export const SKIP_MESSAGE = `shared datasets not found at ${DATASET_DIR}`;

export function datasetAvailable(): boolean {
  return existsSync(DATASET_DIR) && readdirSync(DATASET_DIR).some((f) => f.endsWith('.json.gz'));
}

/** All titles, abstracts and paragraphs of the given files (default: every file). */
export function datasetTexts(files?: string[]): string[] {
  const names = files ?? readdirSync(DATASET_DIR).filter((f) => f.endsWith('.json.gz')).sort();
  const out: string[] = [];
  for (const f of names) {
    const items = JSON.parse(gunzipSync(readFileSync(join(DATASET_DIR, f))).toString('utf8')) as Array<{
      title?: string;
      abstract?: string;
      paragraphs?: string[];
    }>;
    for (const it of items) for (const t of [it.title, it.abstract, ...(it.paragraphs ?? [])]) if (t) out.push(t);
  }
  return out;
}

/** Sentences (split at . ! ؟ and line breaks). */
export function datasetSentences(files?: string[]): string[] {
  return datasetTexts(files).flatMap((t) => t.split(/(?<=[.!؟?])\s+|\n+/)).filter((s) => s.length > 0);
}
