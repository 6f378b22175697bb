/**
 * The web-accessible ES module that holds the coaches' heavy parts as chunks (entrypoints/coach-parts,
 * loaded by utils/platform/lazy-part.ts); its chunks are in the folder of the same name. No imports:
 * wxt.config.ts reads it at build time.
 */
export const PARTS_SCRIPT = 'coach-parts';
