/** German's own chunk (lang/packs.ts `loadPack('de')`): its rules, and the model learned from all five languages (weights-intl.ts) with how it names the rules' findings it reads (signals.ts). */
export { de as pack } from '../lang/de';
export * from './bundle';
export { PACKED_MODEL } from './weights-intl';
export { signalsOf } from './signals';
