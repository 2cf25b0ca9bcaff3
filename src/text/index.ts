/** Public API of the Persian text engine. See src/text/README.md and docs/text-engine.md. */
export type { Lang } from './normalize.js';
export { normalizePersian, normalizeText } from './normalize.js';
