/**
 * The language packs of the languages the coach reads. Each is a separate chunk, fetched the first
 * time a draft in that language appears, so a page pays only for the languages its writer uses
 * (the per-site budget, tests/bench/site-sizes.ts): each language's rules (with their chrono
 * parsers) and the learned model the analyser weighs its rules' verdicts with: English's own
 * (learned/weights.ts) in English's chunk, the one learned from all five languages
 * (learned/weights-intl.ts) in the chunks of Spanish, German, French and Portuguese.
 */
import type { CoachedLanguage } from '../language';
import type { LinearModel } from '../learned/model';
import type { LanguagePack } from './types';

/** English's own chunk: its rules, the chrono parsers they read dates with, its learned model and the model's reader. */
export type EnglishChunk = typeof import('../learned/english');
/** The code that reads a draft with a learned model, in every language's chunk. */
export type ModelReader = typeof import('../learned/bundle');
type ModelChunk = ModelReader & { PACKED_MODEL: import('../learned/model').PackedModel; signalsOf?: LinearModel['signals'] };

/** The model group of a language: English's own model, or the one es/de/fr/pt drafts are read with. */
const groupOf = (language: CoachedLanguage) => (language === 'en' ? 'en' : 'intl');

let english: EnglishChunk | undefined;
let reader: ModelReader | undefined;
const models = new Map<'en' | 'intl', LinearModel>();

/** Keeps the model a language's chunk brings (once for es/de/fr/pt, which share theirs). */
function withModel<T extends ModelChunk>(language: CoachedLanguage, chunk: T): T {
  reader ??= chunk;
  if (!models.has(groupOf(language))) models.set(groupOf(language), { ...chunk.unpackModel(chunk.PACKED_MODEL, language !== 'en'), signals: chunk.signalsOf });
  return chunk;
}

const LOADERS: Record<CoachedLanguage, () => Promise<LanguagePack>> = {
  en: () =>
    import('../learned/english').then((chunk) => {
      english = withModel('en', chunk);
      return chunk.en;
    }),
  es: () => import('../learned/es').then((chunk) => withModel('es', chunk).pack),
  de: () => import('../learned/de').then((chunk) => withModel('de', chunk).pack),
  fr: () => import('../learned/fr').then((chunk) => withModel('fr', chunk).pack),
  pt: () => import('../learned/pt').then((chunk) => withModel('pt', chunk).pack),
};

const loaded = new Map<CoachedLanguage, LanguagePack>();
const loading = new Map<CoachedLanguage, Promise<LanguagePack>>();

/** The pack of `language` if it has been loaded, else undefined. */
export function loadedPack(language: CoachedLanguage): LanguagePack | undefined {
  return loaded.get(language);
}

/** The pack of `language`; throws when it has not been loaded (call `loadPack` first). */
export function packOf(language: CoachedLanguage): LanguagePack {
  const pack = loaded.get(language);
  if (!pack) throw new Error(`the ${language} language pack is not loaded`);
  return pack;
}

/** Loads the pack of `language` (once; a failed load is tried again next time). */
export function loadPack(language: CoachedLanguage): Promise<LanguagePack> {
  const pack = loaded.get(language);
  if (pack) return Promise.resolve(pack);
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (p) => {
        loaded.set(language, p);
        loading.delete(language);
        return p;
      },
      (err: unknown) => {
        loading.delete(language);
        throw err;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** English's chunk, once loaded (`loadPack('en')`). */
export function loadedEnglish(): EnglishChunk | undefined {
  return english;
}

/** The code that reads a draft with a learned model, once any language's chunk is loaded. */
export function loadedReader(): ModelReader | undefined {
  return reader;
}

/** The learned model drafts in `language` are read with, once that language's chunk is loaded. */
export function loadedModel(language: CoachedLanguage = 'en'): LinearModel | undefined {
  return models.get(groupOf(language));
}

/** Loads English's chunk (`loadPack('en')`) for its rules and its learned model. */
export async function loadModel(): Promise<LinearModel> {
  await loadPack('en');
  return models.get('en')!;
}

/** Every pack and the model (tests, the eval tool and benches read drafts in all five languages). */
export async function loadAllPacks(): Promise<void> {
  await Promise.all((Object.keys(LOADERS) as CoachedLanguage[]).map(loadPack));
}
