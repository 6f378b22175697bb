import type { CoachedLanguage } from '../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { LanguagePack } from './types';

/** The language packs of the languages the coach reads. */
export const PACKS: Record<CoachedLanguage, LanguagePack> = { en, es, de, fr, pt };
