/** French's own chunk (lang/packs.ts `loadPack('fr')`): its rules, and the model learned from all five languages (weights-intl.ts) with how it names the rules' findings it reads (signals.ts). */
export { fr as pack } from '../lang/fr';
export * from './bundle';
export { PACKED_MODEL } from './weights-intl';
export { signalsOf } from './signals';
