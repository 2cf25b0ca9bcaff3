/**
 * The sort key: one integer per indexed article that both implementations order by.
 *
 *   key = partition · 2^50 + second · 2^18 + slot          (< 2^53, a safe JS integer)
 *
 * - partition (3 bits) = edition · 2 + (published ? 0 : 1), so "published Persian articles"
 *   or "every Persian article" is one contiguous key range;
 * - second (32 bits) = seconds since 2000-01-01 UTC of the publication time (of the last
 *   update for articles never published), so a date filter is a key range too;
 * - slot (18 bits) = the article id modulo 2^18, moved on by one on the rare collision.
 *
 * Why: the full-text index (FTS5 rowid, or the B-tree in PostgreSQL) keeps matches in key
 * order, so "the newest N matches of this edition in this week" is a bounded walk down one
 * range instead of sorting every match. That is what keeps common-word queries fast.
 */
import type { Lang } from '../content/types.js';

export const PARTITION_SHIFT = 2 ** 50;
export const SECOND_SHIFT = 2 ** 18;
export const SLOTS = 2 ** 18;
export const MAX_KEY = 2 ** 53 - 1;
/** 2000-01-01T00:00:00Z in ms: earlier times are stored as this second. */
export const EPOCH_MS = Date.UTC(2000, 0, 1);
const MAX_SECOND = 2 ** 32 - 1;

const LANG_INDEX: Record<string, number> = { fa: 0, ar: 1, en: 2 };
/** Editions outside fa/ar/en share partition 3. */
export const langIndex = (lang: string): number => LANG_INDEX[lang] ?? 3;

export function secondOf(ms: number): number {
  return Math.min(MAX_SECOND, Math.max(0, Math.floor((ms - EPOCH_MS) / 1000)));
}

/** The time (ms) a key stands for, at one-second granularity. */
export function timeOfKey(key: number): number {
  return EPOCH_MS + Math.floor((key % PARTITION_SHIFT) / SECOND_SHIFT) * 1000;
}

/** The key an article asks for (before collision probing). */
export function sortKey(lang: string, published: boolean, timeMs: number, articleId: number, probe = 0): number {
  const partition = langIndex(lang) * 2 + (published ? 0 : 1);
  return partition * PARTITION_SHIFT + secondOf(timeMs) * SECOND_SHIFT + ((articleId + probe) % SLOTS);
}

/** An inclusive key range. */
export type KeyRange = readonly [lo: number, hi: number];

/**
 * The key ranges a query scans: one per edition (or one for all editions of the newsroom),
 * narrowed to the date filter. Empty when the date filter excludes everything.
 */
export function keyRanges(opts: { lang?: Lang; includeUnpublished?: boolean; from?: Date; to?: Date }): KeyRange[] {
  const parts: Array<[number, number]> = []; // [first partition, last partition]
  if (opts.lang) {
    const p = langIndex(opts.lang) * 2;
    parts.push([p, opts.includeUnpublished ? p + 1 : p]);
  } else if (opts.includeUnpublished) {
    parts.push([0, 7]);
  } else {
    for (let l = 0; l < 4; l++) parts.push([l * 2, l * 2]);
  }
  let loSec = 0;
  let hiSec = MAX_SECOND;
  if (opts.from && !Number.isNaN(opts.from.getTime())) loSec = secondOf(opts.from.getTime());
  if (opts.to && !Number.isNaN(opts.to.getTime())) {
    // [from, to): the last whole second before `to`
    const t = opts.to.getTime();
    if (t <= EPOCH_MS) return [];
    hiSec = secondOf(t - 1);
  }
  if (hiSec < loSec) return [];
  const ranges: KeyRange[] = [];
  for (const [a, b] of parts) {
    if (a === b || (loSec === 0 && hiSec === MAX_SECOND)) {
      if (a === b) {
        ranges.push([a * PARTITION_SHIFT + loSec * SECOND_SHIFT, a * PARTITION_SHIFT + hiSec * SECOND_SHIFT + SLOTS - 1]);
      } else {
        ranges.push([a * PARTITION_SHIFT, b * PARTITION_SHIFT + PARTITION_SHIFT - 1]);
      }
    } else {
      // a date filter over several partitions: one range each
      for (let p = a; p <= b; p++) ranges.push([p * PARTITION_SHIFT + loSec * SECOND_SHIFT, p * PARTITION_SHIFT + hiSec * SECOND_SHIFT + SLOTS - 1]);
    }
  }
  return ranges;
}
