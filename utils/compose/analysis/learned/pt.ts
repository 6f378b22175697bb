/** Portuguese's own chunk (lang/packs.ts `loadPack('pt')`): its rules, and the model learned from all five languages (weights-intl.ts) with how it names the rules' findings it reads (signals.ts). */
export { pt as pack } from '../lang/pt';
export * from './bundle';
export { PACKED_MODEL } from './weights-intl';
export { signalsOf } from './signals';
