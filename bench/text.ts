/**
 * Text engine throughput: analyzer and normalizePersian MB/s (UTF-8 bytes of input) on the shared
 * dataset text repeated to ~20 MB, the best and median of 3 rounds and
 * the rate by CPU time, plus a linearity check at 1×, 4× and 16× input. Prints figures only.
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

/** Process paragraph by paragraph, like the importer and the indexer do: seconds of wall time and of this process's CPU time. */
function time(fn: (s: string) => unknown, text: string): { wall: number; cpu: number } {
  const lines = text.split('\n');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const l of lines) fn(l);
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}
const ROUNDS = 3;

console.log(`corpus: ${mb(base).toFixed(1)} MB of dataset text`);
// warm-up
time(analyze, base);
time(normalizePersian, base);

const big = repeatTo(20);
for (const [name, fn] of [
  ['analyze', analyze],
  ['normalizePersian', normalizePersian],
] as const) {
  // On a shared machine one round can be slowed by the neighbours: the best of a few rounds is the
  // code's speed, the median shows the spread; CPU time leaves out the time the core was taken away.
  const rounds = Array.from({ length: ROUNDS }, () => time(fn, big)).sort((x, y) => x.wall - y.wall);
  const best = rounds[0];
  const median = rounds[ROUNDS >> 1];
  const rate = (sec: number): string => (mb(big) / sec).toFixed(1);
  console.log(
    `${name.padEnd(17)} ${mb(big).toFixed(1)} MB in ${best.wall.toFixed(2)} s → ${rate(best.wall)} MB/s (best of ${ROUNDS}; median ${rate(median.wall)} MB/s; by CPU time ${rate(best.cpu)} MB/s)`,
  );
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
