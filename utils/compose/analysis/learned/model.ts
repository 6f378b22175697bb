/**
 * The learned part of the English analyser: one logistic-regression head per verdict over the
 * hashed features of features.ts, trained by `npm run train` (tests/tools/train/) from the
 * labelled drafts and checked in as 7-level weights (weights.ts). Each head may overrule the
 * rules' own verdict only where cross-validation showed it helps: it says yes against the rules
 * when its logit is above `yes`, no against them when below `no` (null: never). Pure: no DOM.
 */
import type { DraftFeatures } from './features';

export const HEADS = ['ping', 'context', 'urgent', 'critical', 'sensitive', 'low'] as const;
export type Head = (typeof HEADS)[number];

export interface HeadWeights {
  weights: Float32Array;
  bias: number;
  /** The logit above which the head says yes where the rules say no (null: never). */
  yes: number | null;
  /** The logit below which the head says no where the rules say yes (null: never). */
  no: number | null;
}

export interface LinearModel {
  /** Feature slots (a power of two). */
  buckets: number;
  heads: Record<Head, HeadWeights>;
}

/**
 * A model as stored: head after head, one character per weight (`DIGITS[q + MAX_LEVEL]` for the
 * weight `q × scale`), so gzip codes each weight in about as many bits as it carries.
 */
export interface PackedModel {
  buckets: number;
  heads: Record<Head, { scale: number; bias: number; yes: number | null; no: number | null }>;
  data: string;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The largest stored weight level (levels run from -MAX_LEVEL to MAX_LEVEL). */
export const MAX_LEVEL = 31;

/** The stored characters of quantised weights (each in -MAX_LEVEL..MAX_LEVEL). */
export function levelsToText(levels: Int8Array): string {
  let out = '';
  for (const q of levels) out += DIGITS.charAt(Math.max(-MAX_LEVEL, Math.min(MAX_LEVEL, q)) + MAX_LEVEL);
  return out;
}

export function unpackModel(packed: PackedModel): LinearModel {
  const heads = {} as Record<Head, HeadWeights>;
  HEADS.forEach((head, h) => {
    const { scale, bias, yes, no } = packed.heads[head];
    const weights = new Float32Array(packed.buckets);
    for (let i = 0; i < packed.buckets; i++) {
      const at = DIGITS.indexOf(packed.data.charAt(h * packed.buckets + i));
      weights[i] = at < 0 ? 0 : (at - MAX_LEVEL) * scale;
    }
    heads[head] = { weights, bias, yes, no };
  });
  return { buckets: packed.buckets, heads };
}

/** The head's verdict, given the rules' verdict. */
export function decide(head: HeadWeights, headLogit: number, rule: boolean): boolean {
  return rule ? head.no === null || headLogit >= head.no : head.yes !== null && headLogit > head.yes;
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
