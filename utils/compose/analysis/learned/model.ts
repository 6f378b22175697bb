/**
 * The learned part of the analyser: one logistic-regression head per verdict over the hashed
 * features of features.ts (the words, and for a model that reads them what the rules found in
 * them), trained by `npm run train` (tests/tools/train/) from the labelled drafts and checked in as
 * quantised weights: English's model (weights.ts) and one learned from all five languages that
 * reads Spanish, German, French and Portuguese drafts (weights-intl.ts). Each head may overrule
 * the rules' own verdict only where the trainer found it may: it says yes against the rules when
 * its logit is above `yes`, no against them when below `no` (null: never), with a cut of its own on
 * drafts in es/de/fr/pt (`intl`). Pure: no DOM.
 */
import type { DraftFeatures } from './features';
import type { RuleFacts } from './signals';

export const HEADS = ['ping', 'context', 'urgent', 'critical', 'sensitive', 'low'] as const;
export type Head = (typeof HEADS)[number];

/** Where a head may overrule the rules. */
export interface Cut {
  /** The logit above which the head says yes where the rules say no (null: never). */
  yes: number | null;
  /** The logit below which the head says no where the rules say yes (null: never). */
  no: number | null;
}

/** A head as read on drafts in one language: its weights and where it may overrule the rules there. */
export interface HeadWeights extends Cut {
  weights: Float32Array;
  bias: number;
}

export interface LinearModel {
  /** Feature slots (a power of two). */
  buckets: number;
  /** How it names the rules' findings it reads besides the words (signals.ts; absent: the words alone). */
  signals?: (facts: RuleFacts) => readonly string[];
  heads: Record<Head, HeadWeights>;
}

/**
 * A model as stored: head after head, two weights per character. Trained weights are a few levels
 * either side of zero (`q × scale`), so a pair of levels in -PAIR_LEVEL..PAIR_LEVEL is one of
 * PAIRS' characters; any other pair is ESCAPE and a character of DIGITS for each level
 * (`DIGITS[q + MAX_LEVEL]`). gzip then codes a pair, not a lone weight, per symbol: with weights
 * this close to zero that saves about a sixth of the model.
 */
export interface PackedModel {
  buckets: number;
  /** `intl` absent: the head never overrules the rules on drafts in es/de/fr/pt. */
  heads: Record<Head, Cut & { scale: number; bias: number; intl?: Cut }>;
  pairs: string;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The largest stored weight level (levels run from -MAX_LEVEL to MAX_LEVEL). */
export const MAX_LEVEL = 31;
const PAIR_LEVEL = 4;
const PAIR_BASE = 2 * PAIR_LEVEL + 1;
/** PAIR_BASE² characters, none of them a quote or a backslash (the trainer writes them in a string literal). */
const PAIRS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?';
const ESCAPE = '~';

const clamp = (q: number) => Math.max(-MAX_LEVEL, Math.min(MAX_LEVEL, q));

/** The stored characters of quantised weights (each in -MAX_LEVEL..MAX_LEVEL), two by two. */
export function levelsToText(levels: Int8Array): string {
  let out = '';
  for (let i = 0; i < levels.length; i += 2) {
    const a = clamp(levels[i]!);
    const b = clamp(levels[i + 1] ?? 0);
    out +=
      Math.abs(a) <= PAIR_LEVEL && Math.abs(b) <= PAIR_LEVEL
        ? PAIRS.charAt((a + PAIR_LEVEL) * PAIR_BASE + b + PAIR_LEVEL)
        : ESCAPE + DIGITS.charAt(a + MAX_LEVEL) + DIGITS.charAt(b + MAX_LEVEL);
  }
  return out;
}

/** The first `count` levels stored in `text` (levelsToText); a character it cannot read is level 0. */
export function textToLevels(text: string, count: number): Int8Array {
  const levels = new Int8Array(count);
  const digit = (c: string) => {
    const at = DIGITS.indexOf(c);
    return at < 0 ? 0 : at - MAX_LEVEL;
  };
  for (let i = 0, n = 0; n < count && i < text.length; i++) {
    const c = text.charAt(i);
    if (c === ESCAPE) {
      levels[n++] = digit(text.charAt(++i));
      if (n < count) levels[n++] = digit(text.charAt(++i));
      continue;
    }
    const at = PAIRS.indexOf(c);
    if (at < 0) {
      n += 2;
      continue;
    }
    levels[n++] = Math.floor(at / PAIR_BASE) - PAIR_LEVEL;
    if (n < count) levels[n++] = (at % PAIR_BASE) - PAIR_LEVEL;
  }
  return levels;
}

const NEVER: Cut = { yes: null, no: null };

/** The model as read on English drafts, or with its cuts for drafts in es/de/fr/pt (`intl`). */
export function unpackModel(packed: PackedModel, intl = false): LinearModel {
  const levels = textToLevels(packed.pairs, HEADS.length * packed.buckets);
  const heads = {} as Record<Head, HeadWeights>;
  HEADS.forEach((head, h) => {
    const { scale, bias } = packed.heads[head];
    const { yes, no } = (intl ? packed.heads[head].intl : packed.heads[head]) ?? NEVER;
    const weights = new Float32Array(packed.buckets);
    for (let i = 0; i < packed.buckets; i++) weights[i] = levels[h * packed.buckets + i]! * scale;
    heads[head] = { weights, bias, yes, no };
  });
  return { buckets: packed.buckets, heads };
}

/** The head's verdict, given the rules' verdict and where it may overrule them. */
export function decide(cut: Cut, headLogit: number, rule: boolean): boolean {
  return rule ? cut.no === null || headLogit >= cut.no : cut.yes !== null && headLogit > cut.yes;
}

/**
 * Where in the cleaned draft the words that pushed a head towards yes are (null: none did),
 * leaving out the spans `quotable` refuses (a lone "I" or "the" says nothing to the writer).
 */
export function strongestSpan(head: HeadWeights, features: DraftFeatures, quotable: (text: string) => boolean = () => true): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let bestScore = 0;
  for (const s of features.spans) {
    if (!quotable(features.text.slice(s.start, s.end))) continue;
    const score = (head.weights[s.slot] ?? 0) * s.sign;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

/** What the model reads of a draft, for every head. */
export interface ModelReading {
  features: DraftFeatures;
  logits: Record<Head, number>;
}
