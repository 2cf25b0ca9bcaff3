/**
 * Heap limits of the threads that import: the writer, which runs in a worker thread of its own
 * (`chapar import dataset`, bench:import), and the prepare workers. The live data of either is
 * some tens of MB (the text engine's lexicons and word caches, a few chunks); without limits V8
 * sizes the heaps for this machine's memory and lets garbage pile up to ~3–4× the live data
 * before collecting. A 256 MB old generation also switches V8 to its memory-constrained growth
 * (heap ≈ 2× live). Measured in docs/decisions.md. (No imports: the thread that starts an import
 * thread need not load the app.)
 */
const OLD_GENERATION_MB = 256;

/**
 * The writer: a 48 MB young generation. Each chunk of prepared articles it receives (bodies and
 * search tokens, ~2 MB) lives until it is written; with 24 MB most of it was still alive at a
 * scavenge, copied and promoted, and collected again by the old generation's marking.
 */
export const IMPORT_RESOURCE_LIMITS = { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: 48 };

/** A prepare worker: 24 MB of young generation is enough for what it allocates per word and per article. */
export const PREPARE_RESOURCE_LIMITS = { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: 24 };
