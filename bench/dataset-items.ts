/**
 * Deterministic scale data for benchmarks: the shared dataset items multiplied to N
 * articles, each copy with a varied title, link, section and date.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DatasetItem } from '../src/ingest/dataset-mapping.js';
import { listDatasetFiles, readDatasetFile } from '../src/ingest/import-dataset.js';

/** The checkout's root: the nearest folder above this file with a package.json (the sources, or built output under dist/). */
const ROOT = (() => {
  let dir = import.meta.dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

export const DATASETS_DIR = path.resolve(ROOT, '../shared/datasets');

export interface SourceItem {
  item: DatasetItem;
  file: string;
}

/**
 * Every item of the shared datasets with a link of its own, or throws a clear message when they
 * are absent. The files repeat a few links (the same story filed twice), which the import keys
 * on and skips; leaving them out here makes `generateItems(…, n)` yield n distinct articles.
 */
export function loadSourceItems(dir = DATASETS_DIR): SourceItem[] {
  const files = listDatasetFiles(dir);
  if (!files.length) throw new Error(`no dataset files in ${dir}: the benchmarks need ../shared/datasets`);
  const seen = new Set<string>();
  return files.flatMap((f) =>
    readDatasetFile(f)
      .filter((item) => !seen.has(item.link) && seen.add(item.link))
      .map((item) => ({ item, file: path.basename(f) })),
  );
}

const CATS = ['politics', 'economy', 'social', 'culture', 'sports', 'world', 'province', 'scientific-academic', 'arts-media', 'tehran', 'isfahan', 'gilan'];
const VARIANTS = ['', 'گزارش تکمیلی: ', 'به‌روزرسانی: ', 'گفت‌وگو: ', 'تحلیل: ', 'پیگیری: ', 'خبر ویژه: ', 'در حاشیه: '];

/**
 * Yields `n` items in batches: copy k of source item i gets a title variant, its own link
 * (so each is a distinct article for the idempotence key), and a rotated section.
 */
export function* generateItems(source: SourceItem[], n: number, batchSize: number): Generator<Array<SourceItem & { index: number }>> {
  let batch: Array<SourceItem & { index: number }> = [];
  for (let index = 0; index < n; index++) {
    const s = source[index % source.length]!;
    const k = Math.floor(index / source.length);
    const item: DatasetItem = k === 0 ? s.item : {
      ...s.item,
      title: `${VARIANTS[k % VARIANTS.length]}${s.item.title}${k >= VARIANTS.length ? ` (${k})` : ''}`,
      link: `${s.item.link}#copy-${k}`,
      cat: CATS[(index * 7 + k) % CATS.length],
    };
    batch.push({ item, file: s.file, index });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
