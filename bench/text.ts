/**
 * Text engine throughput: analyzer and normalizePersian MB/s (UTF-8 bytes of input) on the shared
 * dataset text repeated to ~20 MB, plus a linearity check at 1×, 4× and 16× input. Prints figures only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze, normalizePersian } from '../src/text/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '..', 'shared', 'datasets');

function corpus(): string {
  if (!existsSync(dataDir)) {
    console.log(`dataset not found at ${dataDir}; using a synthetic Persian sample`);
    return 'به گزارش خبرگزاری، كتاب ها مي شود «سلام» ١٢٣ و بین المللی.\n'.repeat(20000);
  }
  const parts: string[] = [];
  for (const f of readdirSync(dataDir).filter((x) => x.endsWith('.json.gz')).sort()) {
    const items = JSON.parse(gunzipSync(readFileSync(join(dataDir, f))).toString('utf8')) as Array<{ title?: string; abstract?: string; paragraphs?: string[] }>;
    for (const it of items) for (const t of [it.title, it.abstract, ...(it.paragraphs ?? [])]) if (t) parts.push(t);
  }
  return parts.join('\n');
}

const base = corpus();
const mb = (s: string): number => Buffer.byteLength(s, 'utf8') / 1e6;
function repeatTo(targetMb: number): string {
  const times = Math.max(1, Math.ceil(targetMb / mb(base)));
  return Array.from({ length: times }, () => base).join('\n');
}

/** Process paragraph by paragraph, like the importer and the indexer do. */
function time(fn: (s: string) => unknown, text: string): number {
  const lines = text.split('\n');
  const t0 = performance.now();
  for (const l of lines) fn(l);
  return (performance.now() - t0) / 1000;
}

console.log(`corpus: ${mb(base).toFixed(1)} MB of dataset text`);
// warm-up
time(analyze, base);
time(normalizePersian, base);

const big = repeatTo(20);
for (const [name, fn] of [
  ['analyze', analyze],
  ['normalizePersian', normalizePersian],
] as const) {
  const s = time(fn, big);
  console.log(`${name.padEnd(17)} ${mb(big).toFixed(1)} MB in ${s.toFixed(2)} s → ${(mb(big) / s).toFixed(1)} MB/s`);
}

console.log('\nlinearity (one call on the whole input, time per MB should stay flat):');
const unit = base.slice(0, 1_000_000);
for (const [name, fn] of [
  ['analyze', analyze],
  ['normalizePersian', normalizePersian],
] as const) {
  const row: string[] = [];
  for (const k of [1, 4, 16]) {
    const text = Array.from({ length: k }, () => unit).join('\n');
    const t0 = performance.now();
    fn(text);
    const s = (performance.now() - t0) / 1000;
    row.push(`${k}× (${mb(text).toFixed(1)} MB): ${((s * 1000) / mb(text)).toFixed(0)} ms/MB`);
  }
  console.log(`${name.padEnd(17)} ${row.join('   ')}`);
}
