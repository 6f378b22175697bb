/**
 * English's own chunk, fetched when an English draft first appears (lang/packs.ts `loadPack`), as
 * Spanish, German, French and Portuguese fetch theirs: English's rules with the chrono parsers
 * they read dates with, and the learned model's weights with all the code that unpacks them,
 * reads a draft with them and weighs their verdicts. Drafts in other languages need none of it.
 */
export { en } from '../lang/en';
/** chrono's English parsers, one at a time, for the coach's warm-up (utils/compose/warm-up.ts). */
export { Chrono, en as chronoEn } from 'chrono-node';
export { PACKED_MODEL } from './weights';
export { decide, strongestSpan, unpackModel } from './model';
export { readDraft } from './reader';
