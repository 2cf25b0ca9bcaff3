/**
 * Public API of the Persian text engine (pure functions; the lexicon is loaded once at module init).
 * See src/text/README.md and docs/text-engine.md.
 */
export type { Lang } from './normalize.js';
export { normalizePersian, normalizeText } from './normalize.js';
export { normalizeWithChanges, type ChangeKind, type TextChange } from './changes.js';
export { analyze, analyzeQuery, ANALYZER_VERSION } from './analyze.js';
export { toPersianDigits, toLatinDigits, formatNumber, formatDigits } from './digits.js';
export {
  formatDateTime,
  formatDate,
  formatTime,
  parseJalaliDate,
  parseJalaliRange,
  toJalali,
  jalaliKey,
} from './dates.js';
export { slugify, dirOf } from './slug.js';
