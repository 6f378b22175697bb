/**
 * The code that unpacks a learned model, reads a draft with it and weighs its verdicts: part of
 * each language's own chunk (english.ts, es.ts, de.ts, fr.ts, pt.ts), each with its model's weights.
 */
export { decide, strongestSpan, unpackModel } from './model';
export { readDraft } from './reader';
