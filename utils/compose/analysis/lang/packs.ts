/**
 * The language packs of the languages the coach reads. English ships with the analyser; Spanish,
 * German, French and Portuguese (each with its chrono parser and date-fns locale) are separate
 * chunks, fetched the first time a draft in that language appears, so a page pays only for the
 * languages its writer uses (the per-site budget, see tests/unit/platform/bundle-budget.test.ts).
 */
import type { CoachedLanguage } from '../language';
import type { LinearModel } from '../learned/model';
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

/** What reads a draft with the model and weighs its verdicts (learned/english.ts, with the weights). */
export type ModelReader = Pick<typeof import('../learned/english'), 'readDraft' | 'decide' | 'strongestSpan'>;

let model: LinearModel | undefined;
let reader: ModelReader | undefined;
let modelLoading: Promise<LinearModel> | undefined;

/** The learned model English drafts are read with (learned/), once `loadModel` has fetched it. */
export function loadedModel(): LinearModel | undefined {
  return model;
}

/** The model's reader, once `loadModel` has fetched it. */
export function loadedReader(): ModelReader | undefined {
  return reader;
}

/**
 * Fetches English's own chunk (learned/english.ts: the learned model's weights and the code that
 * reads a draft with them; they weigh as much as a language's rules); the coach does it when an
 * English draft first appears (or in idle time when the browser's language is English), and
 * reads no English draft before.
 */
export function loadModel(): Promise<LinearModel> {
  if (model) return Promise.resolve(model);
  modelLoading ??= import('../learned/english').then(
    (m) => {
      reader = m;
      return (model = m.unpackModel(m.PACKED_MODEL));
    },
    (err: unknown) => {
      modelLoading = undefined;
      throw err;
    },
  );
  return modelLoading;
}

/** Every pack and the model (tests, the eval tool and benches read drafts in all five languages). */
export async function loadAllPacks(): Promise<void> {
  await Promise.all([loadModel(), ...Object.keys(LOADERS).map((language) => loadPack(language as CoachedLanguage))]);
}
