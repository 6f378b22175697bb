/**
 * English's own chunk, fetched when an English draft first appears (lang/packs.ts `loadPack`), as
 * Spanish, German, French and Portuguese fetch theirs: English's rules with the chrono parsers
 * they read dates with, and English's learned model (weights.ts, read with bundle.ts).
 */
export { en } from '../lang/en';
/** chrono's English parsers, one at a time, for the coach's warm-up (utils/compose/warm-up.ts). */
export { Chrono, en as chronoEn } from 'chrono-node';
export * from './bundle';
export { PACKED_MODEL } from './weights';
