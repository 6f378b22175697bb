/**
 * English's own chunk, fetched when an English draft first appears (lang/packs.ts `loadModel`),
 * as Spanish, German, French and Portuguese fetch their rules: the learned model's weights and
 * the code that reads a draft with them.
 */
export { PACKED_MODEL } from './weights';
export { readDraft } from './reader';
