/**
 * The language packs of the languages the coach reads. English ships with the analyser; Spanish,
 * German, French and Portuguese (each with its chrono parser and date-fns locale) are separate
 * chunks, fetched the first time a draft in that language appears, so a page pays only for the
 * languages its writer uses (the per-site budget, see tests/unit/platform/bundle-budget.test.ts).
 */
import type { CoachedLanguage } from '../language';
import { en } from './en';
import type { LanguagePack } from './types';

const LOADERS: Record<Exclude<CoachedLanguage, 'en'>, () => Promise<LanguagePack>> = {
  es: () => import('./es').then((m) => m.es),
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
  pt: () => import('./pt').then((m) => m.pt),
};

const loaded = new Map<CoachedLanguage, LanguagePack>([['en', en]]);
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
    pending = LOADERS[language as Exclude<CoachedLanguage, 'en'>]().then(
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

/** Every pack (tests, the eval tool and benches read drafts in all five languages). */
export async function loadAllPacks(): Promise<void> {
  await Promise.all(Object.keys(LOADERS).map((language) => loadPack(language as CoachedLanguage)));
}
