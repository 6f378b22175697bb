/**
 * Hashed text features for the learned part of the analyser: word unigrams and bigrams and
 * character 3- and 4-grams of the cleaned draft (quoted history, signature, sign-off, emoji and
 * markup already removed by `normalizeDraft`; mentions, links and code are placeholder words),
 * plus a few shape features (length, a question mark, a mention, emoji). Each feature lands in
 * one of `buckets` slots with a sign (the hashing trick); the vector is L2-normalised so long and
 * short drafts weigh alike. Pure and linear in the text length.
 */
import type { NormalizedDraft } from '../message-normalize';

/** Characters of the cleaned draft read for character n-grams (enough to characterise any message). */
const MAX_CHAR_GRAMS = 3000;
/** Words read for word features. */
const MAX_WORDS = 600;

export interface FeatureVector {
  /** Slot of each active feature (no duplicates). */
  index: Int32Array;
  /** Its signed, normalised value. */
  value: Float32Array;
}

/** A word or word pair of the draft, where it is, and the slot and sign it lands in. */
export interface WordSpan {
  slot: number;
  sign: number;
  start: number;
  end: number;
}

export interface DraftFeatures {
  vector: FeatureVector;
  /** Word features with their place in `text`, so a verdict can quote the words that drove it. */
  spans: WordSpan[];
  /** The text the spans point into (the cleaned draft). */
  text: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}@']+|[?!]/gu;
const LENGTH_BINS = [0, 1, 2, 3, 5, 8, 12, 20, 40, 80];

function lengthBin(words: number): number {
  let bin = 0;
  while (bin + 1 < LENGTH_BINS.length && words >= (LENGTH_BINS[bin + 1] ?? Infinity)) bin++;
  return bin;
}

/** Per-slot sums, reused between calls (cleared after each): no allocation per feature. */
let scratch = new Float32Array(0);

/** The features of a cleaned draft, hashed into `buckets` slots (a power of two). */
export function draftFeatures(draft: NormalizedDraft, buckets: number): DraftFeatures {
  const mask = buckets - 1;
  if (scratch.length !== buckets) scratch = new Float32Array(buckets);
  const sums = scratch;
  const touched: number[] = [];
  const add = (h: number, weight = 1): number => {
    const slot = h & mask;
    if (sums[slot] === 0) touched.push(slot);
    // A sum that comes back to exactly 0 is pushed again: duplicates are merged below.
    sums[slot] = (sums[slot] ?? 0) + (h >>> 31 ? -weight : weight);
    return h;
  };
  const text = draft.text;
  const lower = text.toLowerCase().replace(/\d/g, '0');
  const sameLength = lower.length === text.length;

  const spans: WordSpan[] = [];
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of lower.matchAll(WORD)) {
    if (tokens.length >= MAX_WORDS) break;
    const word = m[0].startsWith('@') ? '@' : m[0];
    tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  const seedWord = hashString('w:');
  const seedPair = hashString('b:');
  let prev = '<s>';
  let prevStart = 0;
  for (const t of tokens) {
    const uni = add(hashString(t.word, seedWord));
    const pair = add(hashString(`${prev} ${t.word}`, seedPair));
    if (sameLength) {
      spans.push({ slot: uni & mask, sign: uni >>> 31 ? -1 : 1, start: t.start, end: t.end });
      spans.push({ slot: pair & mask, sign: pair >>> 31 ? -1 : 1, start: prev === '<s>' ? t.start : prevStart, end: t.end });
    }
    prev = t.word;
    prevStart = t.start;
  }
  add(hashString(`${prev} </s>`, seedPair));

  // Character n-grams over the words joined by single spaces: spelling variants ("heyyy",
  // "pls", "plz") and word pieces ("outage", "outages") share most of theirs.
  const flat = ` ${tokens.map((t) => t.word).join(' ')} `.slice(0, MAX_CHAR_GRAMS);
  const seedChar = hashString('c:');
  for (let i = 0; i + 3 <= flat.length; i++) {
    let h = seedChar;
    for (let k = 0; k < 4 && i + k < flat.length; k++) {
      h = Math.imul(h ^ flat.charCodeAt(i + k), FNV_PRIME);
      if (k >= 2) add((h ^ k) >>> 0, 0.5);
    }
  }

  const seedShape = hashString('m:');
  add(hashString(`len${lengthBin(tokens.length)}`, seedShape), 2);
  if (text.includes('?')) add(hashString('question', seedShape), 2);
  if (draft.mentions > 0 || draft.broadcast) add(hashString('mention', seedShape), 2);
  if (draft.emoji > 0) add(hashString('emoji', seedShape), 2);
  if (draft.urls > 0) add(hashString('link', seedShape), 2);
  if (draft.codeBlocks > 0) add(hashString('code', seedShape), 2);
  add(hashString('bias', seedShape), 2);

  const slots = [...new Set(touched)].filter((slot) => sums[slot] !== 0);
  let norm = 0;
  for (const slot of slots) norm += (sums[slot] ?? 0) ** 2;
  norm = Math.sqrt(norm) || 1;
  const index = new Int32Array(slots.length);
  const value = new Float32Array(slots.length);
  slots.forEach((slot, i) => {
    index[i] = slot;
    value[i] = (sums[slot] ?? 0) / norm;
  });
  for (const slot of touched) sums[slot] = 0;
  return { vector: { index, value }, spans, text };
}
