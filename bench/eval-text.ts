/**
 * ZWNJ-repair evaluation on the shared datasets (../shared/datasets relative to the repo root).
 *
 * Gold sentences: sentences that contain at least one ZWNJ (after letter/punctuation normalization,
 * which does not touch ZWNJs). Two subsets are reported:
 *   - "agreed": sentences where normalizePersian leaves the ZWNJs/spaces unchanged (the brief's
 *     definition of "correct ZWNJs"; biased towards the normalizer's own decisions),
 *   - "all": every sentence with a ZWNJ, as the writers typed it (unbiased, stricter).
 * Each gold sentence is corrupted (a) by deleting every ZWNJ and (b) by turning every ZWNJ into a
 * space, then restored with normalizePersian. A ZWNJ is identified by its position among the
 * sentence's non-space, non-ZWNJ characters; precision/recall/F1 compare restored vs gold positions.
 * Sentences without any ZWNJ measure false insertions (ZWNJs added) and fusions (spaces removed)
 * per 1,000 words.
 *
 * Tuning files: fars-news-1..3, varzesh3-1..3. Held out: fars-news-4, varzesh3-4.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { normalizePersian } from '../src/text/index.js';
import { fixPunctuation, fixQuotes, normalizeCharacters } from '../src/text/normalize.js';

const ZWNJ = '\u200c';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '..', 'shared', 'datasets');

interface Item {
  title?: string;
  abstract?: string;
  paragraphs?: string[];
}

function loadSentences(file: string): string[] {
  const items = JSON.parse(gunzipSync(readFileSync(join(dataDir, file))).toString('utf8')) as Item[];
  const out: string[] = [];
  for (const it of items) {
    for (const t of [it.title, it.abstract, ...(it.paragraphs ?? [])]) {
      if (!t) continue;
      for (const s of t.split(/(?<=[.!؟?])\s+|\n+/)) {
        const base = fixPunctuation(fixQuotes(normalizeCharacters(s)));
        if (base.length >= 10) out.push(base);
      }
    }
  }
  return out;
}

/** ZWNJ positions counted in non-space, non-ZWNJ characters; also the skeleton length. */
function zwnjPositions(s: string): Set<number> {
  const pos = new Set<number>();
  let k = 0;
  for (const ch of s) {
    if (ch === ZWNJ) pos.add(k);
    else if (ch !== ' ') k++;
  }
  return pos;
}
function spacePositions(s: string): Set<number> {
  const pos = new Set<number>();
  let k = 0;
  for (const ch of s) {
    if (ch === ' ') pos.add(k);
    else if (ch !== ZWNJ) k++;
  }
  return pos;
}

interface Prf {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (): Prf => ({ tp: 0, fp: 0, fn: 0 });
function score(acc: Prf, gold: string, pred: string): void {
  const g = zwnjPositions(gold);
  const p = zwnjPositions(pred);
  for (const x of p) if (g.has(x)) acc.tp++;
  else acc.fp++;
  for (const x of g) if (!p.has(x)) acc.fn++;
}
function fmt(a: Prf): string {
  const p = a.tp / Math.max(1, a.tp + a.fp);
  const r = a.tp / Math.max(1, a.tp + a.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (tp=${a.tp} fp=${a.fp} fn=${a.fn})`;
}

function evaluate(label: string, files: string[], showErrors: number): void {
  const sentences = files.flatMap(loadSentences);
  const gold = sentences.filter((s) => s.includes(ZWNJ));
  const plain = sentences.filter((s) => !s.includes(ZWNJ));
  const agreed = gold.filter((s) => normalizePersian(s) === s);
  console.log(`\n== ${label}: ${files.join(', ')}`);
  console.log(`sentences=${sentences.length} with ZWNJ=${gold.length} (agreed=${agreed.length}) without=${plain.length}`);
  const errors: string[] = [];
  for (const [name, set] of [
    ['agreed', agreed],
    ['all', gold],
  ] as const) {
    const del = prf();
    const sp = prf();
    for (const g of set) {
      const a = normalizePersian(g.split(ZWNJ).join(''));
      score(del, g, a);
      const b = normalizePersian(g.split(ZWNJ).join(' '));
      score(sp, g, b);
      if (name === 'all' && errors.length < showErrors && a !== g) errors.push(`gold: ${g}\npred: ${a}`);
    }
    console.log(`[${name}] ZWNJ deleted   → ${fmt(del)}`);
    console.log(`[${name}] ZWNJ as space  → ${fmt(sp)}`);
  }
  let words = 0;
  let inserted = 0;
  const byKind = new Map<string, number>();
  const kindOf = (left: string, right: string): string => {
    if (left === 'می' || left === 'نمی') return 'prefix می/نمی';
    if (/^(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان|هاست)$/.test(right)) return 'plural';
    if (/^(ترین|تر)$/.test(right)) return 'comparative';
    if (/^(ام|ای|ایم|اید|اند|اش)$/.test(right)) return 'ه + clitic';
    return 'compound';
  };
  let fused = 0;
  const fusedExamples = new Map<string, number>();
  for (const s of plain) {
    words += s.split(' ').length;
    const r = normalizePersian(s);
    inserted += zwnjPositions(r).size;
    for (const w of r.split(/[^\u0600-\u06ff\u200c]+/)) {
      const p = w.split(ZWNJ);
      for (let k = 1; k < p.length; k++) {
        const kind = kindOf(p[k - 1], p[k]);
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      }
    }
    const before = spacePositions(s);
    const after = spacePositions(r);
    for (const x of before)
      if (!after.has(x)) {
        fused++;
        const w = r.split(' ').find((t) => t.includes(ZWNJ));
        if (w) fusedExamples.set(w, (fusedExamples.get(w) ?? 0) + 1);
      }
  }
  console.log(
    `no-ZWNJ sentences: words=${words} ZWNJ inserted=${((inserted * 1000) / words).toFixed(2)}/1000 words, spaces fused=${((fused * 1000) / words).toFixed(2)}/1000 words`,
  );
  console.log(
    '  inserted by kind (per 1,000 words): ' +
      [...byKind].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${((v * 1000) / words).toFixed(2)}`).join(', '),
  );
  if (showErrors > 0) {
    console.log('sample of fused results:', [...fusedExamples].sort((x, y) => y[1] - x[1]).slice(0, 30).map((e) => e.join(':')).join(' '));
    console.log(errors.join('\n---\n'));
  }
}

if (!existsSync(dataDir)) {
  console.log(`SKIP: dataset folder not found at ${dataDir}`);
} else {
  const show = Number(process.env.SHOW_ERRORS ?? 0);
  evaluate('tuning set', ['fars-news-1.json.gz', 'fars-news-2.json.gz', 'fars-news-3.json.gz', 'varzesh3-1.json.gz', 'varzesh3-2.json.gz', 'varzesh3-3.json.gz'], show);
  evaluate('held-out set', ['fars-news-4.json.gz', 'varzesh3-4.json.gz'], 0);
}
