/**
 * Heap limits of the threads that import: the prepare workers, and the writer, which runs in
 * a worker too (`chapar import dataset`, bench:import). The live data of either is some tens
 * of MB (the text engine's lexicons and word caches, a few chunks); without limits V8 sizes
 * the heaps for this machine's memory, lets garbage pile up to ~3–4× the live data before
 * collecting, and keeps a young generation of up to 48 MB per thread. A 256 MB old generation
 * also switches V8 to its memory-constrained growth (heap ≈ 2× live). Measured in
 * docs/decisions.md. (No imports: the thread that starts an import thread need not load the app.)
 */
export const IMPORT_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 };
