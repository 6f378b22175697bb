/** Spanish's own chunk (lang/packs.ts `loadPack('es')`): its rules, and the model learned from all five languages (weights-intl.ts) with how it names the rules' findings it reads (signals.ts). */
export { es as pack } from '../lang/es';
export * from './bundle';
export { PACKED_MODEL } from './weights-intl';
export { signalsOf } from './signals';
