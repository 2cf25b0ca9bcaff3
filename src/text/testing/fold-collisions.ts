/**
 * Test-only measurement (not imported by library code): which distinct dataset words the
 * analyzer's hamza folding merges, and which joined words it cuts in two.
 *   node --import tsx src/text/testing/fold-collisions.ts [max rows]
 * Needs ../shared/datasets.
 */
import { analyze } from '../analyze.js';
import { hasWord } from '../lexicon.js';
import { datasetAvailable, datasetTexts, SKIP_MESSAGE } from './dataset.js';

if (!datasetAvailable()) {
  console.log(SKIP_MESSAGE);
  process.exit(0);
}
const max = Number(process.argv[2] ?? 60);
const counts = new Map<string, number>();
for (const t of datasetTexts()) {
  for (const raw of t.split(/[^\u0621-\u064a\u0654\u066e-\u06d3\u06d5\u200c]+/)) {
    if (raw) counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
}
/** The letter folding without the hamza rules (ئ → ی, as before them). */
const plain = (w: string): string => analyze(w.replaceAll('ئ', 'ی')).join(' ');

const groups = new Map<string, Map<string, number>>();
for (const [w, c] of counts) {
  const key = analyze(w).join(' ');
  const g = groups.get(key) ?? new Map<string, number>();
  const p = plain(w);
  g.set(p, (g.get(p) ?? 0) + c);
  groups.set(key, g);
}
const merged = [...groups].filter(([, g]) => g.size > 1).sort((a, b) => sum(b[1]) - sum(a[1]));
console.log(`hamza folding: ${merged.length} groups of dataset words that differed before and are one token now`);
for (const [key, g] of merged.slice(0, max)) {
  console.log(`  ${key} ⇐ ${[...g].sort((a, b) => b[1] - a[1]).map(([f, c]) => `${f} ×${c}`).join(', ')}`);
}

const cut: Array<[string, number, string]> = [];
let occurrences = 0;
for (const [w, c] of counts) {
  if (w.includes('\u200c') || hasWord(w.replace(/ي/g, 'ی').replace(/ك/g, 'ک'))) continue;
  const t = analyze(w);
  if (t.length < 2) continue;
  cut.push([w, c, t.join(' | ')]);
  occurrences += c;
}
cut.sort((a, b) => b[1] - a[1]);
console.log(`\njoined words (no ZWNJ, not in the lexicon) cut into words: ${cut.length} (${occurrences} occurrences)`);
for (const [w, c, t] of cut.slice(0, max)) console.log(`  ${w} ×${c} → ${t}`);

function sum(g: Map<string, number>): number {
  let s = 0;
  for (const c of g.values()) s += c;
  return s;
}
