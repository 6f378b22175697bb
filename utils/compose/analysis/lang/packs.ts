/**
 * The language packs of the languages the coach reads. Each is a separate chunk, fetched the first
 * time a draft in that language appears, so a page pays only for the languages its writer uses
 * (the per-site budget, tests/bench/site-sizes.ts): Spanish, German, French and Portuguese (each
 * with its chrono parsers), and English, whose chunk (learned/english.ts) also carries the learned
 * model the analyser weighs its rules' verdicts with.
 */
import type { CoachedLanguage } from '../language';
import type { LinearModel } from '../learned/model';
import type { LanguagePack } from './types';

/** English's own chunk: its rules, the chrono parsers they read dates with, the learned model and its reader. */
export type EnglishChunk = typeof import('../learned/english');

let english: { chunk: EnglishChunk; model: LinearModel } | undefined;

const LOADERS: Record<CoachedLanguage, () => Promise<LanguagePack>> = {
  en: () =>
    import('../learned/english').then((chunk) => {
      english = { chunk, model: chunk.unpackModel(chunk.PACKED_MODEL) };
      return chunk.en;
    }),
  es: () => import('./es').then((m) => m.es),
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
  pt: () => import('./pt').then((m) => m.pt),
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

/** English's chunk (with the model's reader), once loaded (`loadPack('en')`). */
export function loadedEnglish(): EnglishChunk | undefined {
  return english?.chunk;
}

/** The learned model English drafts are read with, once English's chunk is loaded. */
export function loadedModel(): LinearModel | undefined {
  return english?.model;
}

/** Loads English's chunk (`loadPack('en')`) for its learned model. */
export async function loadModel(): Promise<LinearModel> {
  await loadPack('en');
  return english!.model;
}

/** Every pack and the model (tests, the eval tool and benches read drafts in all five languages). */
export async function loadAllPacks(): Promise<void> {
  await Promise.all((Object.keys(LOADERS) as CoachedLanguage[]).map(loadPack));
}
