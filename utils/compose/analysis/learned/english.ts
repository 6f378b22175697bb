/**
 * English's own chunk, fetched when an English draft first appears (lang/packs.ts `loadModel`),
 * as Spanish, German, French and Portuguese fetch their rules: the learned model's weights and
 * all the code that unpacks them, reads a draft with them and weighs their verdicts.
 */
export { PACKED_MODEL } from './weights';
export { decide, strongestSpan, unpackModel } from './model';
export { readDraft } from './reader';
