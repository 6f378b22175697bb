/**
 * Hashed text features for the learned part of the analyser: word unigrams and bigrams and
 * character 3- and 4-grams of the cleaned draft (quoted history, signature, sign-off, emoji and
 * markup already removed by `normalizeDraft`; mentions, links and code are placeholder words),
 * plus a few shape features (length, a question mark, a mention, emoji) and, for a model that
 * reads them, the rules' findings (signals.ts: the language, ping markers, topic words left…).
 * Each feature lands in one of `buckets` slots with a sign (the hashing trick); the vector is L2-normalised so long and
 * short drafts weigh alike. Pure and linear in the text length.
 */
import type { NormalizedDraft } from '../message-normalize';

/*
 * What the model reads of a long draft: its opening words. It learned from drafts of under 1,000
 * characters, and the rules read the whole draft; past these caps a long email costs no more.
 */
/** Characters of the words joined by spaces read for character n-grams. */
const MAX_CHAR_GRAMS = 1200;
/** Words read for word features. */
const MAX_WORDS = 240;

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
  readonly spans: WordSpan[];
  /** The text the spans point into (the cleaned draft). */
  text: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `s`, continuing from `seed` (so `hashString(b, hashString(a))` is the hash of `a + b`). */
function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const LENGTH_BINS = [0, 1, 2, 3, 5, 8, 12, 20, 40, 80];

function lengthBin(words: number): number {
  let bin = 0;
  while (bin + 1 < LENGTH_BINS.length && words >= (LENGTH_BINS[bin + 1] ?? Infinity)) bin++;
  return bin;
}

const SEED_WORD = hashString('w:');
const SEED_PAIR = hashString('b:');
const SEED_CHAR = hashString('c:');
const SEED_SHAPE = hashString('m:');
const SPACE = 32;
/** The pair hash after "<s> ": where the first word's pair starts. */
const PAIR_AFTER_START = hashString(' ', hashString('<s>', SEED_PAIR));
const SHAPES = Object.fromEntries(
  ['question', 'mention', 'emoji', 'link', 'code', 'bias', ...LENGTH_BINS.map((_, i) => `len${i}`)].map((k) => [k, hashString(k, SEED_SHAPE)]),
) as Record<string, number>;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** A word character of `[\p{L}\p{N}@']` (ASCII digits and letters first: most drafts have nothing else). */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 64 || code === 39;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_NUMBER.test(text.slice(at, at + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return at > 0 && isWordChar(text.charCodeAt(at - 1), text, at - 1);
  return LETTER_OR_NUMBER.test(text[at] ?? '');
}

/*
 * Scratch space reused between calls (cleared after each), so a draft costs no allocation per
 * word or feature: per-slot sums and whether a slot was touched, the touched slots in order, the
 * characters the character n-grams read, and per word its place and hashes.
 */
let sums = new Float32Array(0);
let seen = new Uint8Array(0);
let touched = new Int32Array(0);
const flat = new Uint16Array(MAX_CHAR_GRAMS);
const wordStart = new Int32Array(MAX_WORDS);
const wordEnd = new Int32Array(MAX_WORDS);
const wordHash = new Int32Array(MAX_WORDS);
const pairHash = new Int32Array(MAX_WORDS);

const SEED_SIGNAL = hashString('s:');

/**
 * The features of a cleaned draft, hashed into `buckets` slots (a power of two), with `signals`:
 * what the rules found in it, by name ("lang:fr", "topic:0", "reaches-out"; signals.ts).
 */
export function draftFeatures(draft: NormalizedDraft, buckets: number, signals: readonly string[] = []): DraftFeatures {
  const mask = buckets - 1;
  if (sums.length !== buckets) {
    sums = new Float32Array(buckets);
    seen = new Uint8Array(buckets);
    touched = new Int32Array(buckets);
  }
  // Locals, not the module's variables: the closure below reads them on every feature.
  const slotSums = sums;
  const slotSeen = seen;
  const order = touched;
  let count = 0;
  const add = (h: number, weight: number): void => {
    const slot = h & mask;
    if (!slotSeen[slot]) {
      slotSeen[slot] = 1;
      order[count++] = slot;
    }
    slotSums[slot] = (slotSums[slot] ?? 0) + (h >>> 31 ? -weight : weight);
  };
  const text = draft.text;
  // Words are read lower-cased with every ASCII digit as 0 ("v2.31" and "v3.10" alike).
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;

  // Words (`[\p{L}\p{N}@']+`, a mention is "@") and "?" / "!": unigrams, bigrams (the pair hash
  // continues from the previous word's) and the characters of the n-grams, in one pass.
  let words = 0;
  let chars = 0;
  const put = (code: number): void => {
    if (chars < MAX_CHAR_GRAMS) flat[chars++] = code;
  };
  put(SPACE);
  let pairFrom = PAIR_AFTER_START;
  for (let i = 0; i < lower.length && words < MAX_WORDS; ) {
    const code = lower.charCodeAt(i);
    const single = code === 63 || code === 33;
    if (!single && !isWordChar(code, lower, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (!single) while (end < lower.length && isWordChar(lower.charCodeAt(end), lower, end)) end++;
    let uni = SEED_WORD;
    let pair = pairFrom;
    let own = SEED_PAIR;
    const mention = code === 64;
    for (let k = mention ? end - 1 : i; k < end; k++) {
      const c = mention ? 64 : lower.charCodeAt(k);
      const ch = c >= 48 && c <= 57 ? 48 : c;
      uni = Math.imul(uni ^ ch, FNV_PRIME);
      pair = Math.imul(pair ^ ch, FNV_PRIME);
      own = Math.imul(own ^ ch, FNV_PRIME);
      put(ch);
    }
    put(SPACE);
    add(uni >>> 0, 1);
    add(pair >>> 0, 1);
    wordStart[words] = i;
    wordEnd[words] = end;
    wordHash[words] = uni;
    pairHash[words] = pair;
    words++;
    pairFrom = Math.imul(own ^ SPACE, FNV_PRIME);
    i = end;
  }
  add(hashString('</s>', pairFrom >>> 0), 1);

  // Character 3- and 4-grams over the words joined by single spaces: spelling variants
  // ("heyyy", "pls", "plz") and word pieces ("outage", "outages") share most of theirs.
  for (let i = 0; i + 3 <= chars; i++) {
    let h = SEED_CHAR;
    for (let k = 0; k < 4 && i + k < chars; k++) {
      h = Math.imul(h ^ (flat[i + k] ?? 0), FNV_PRIME);
      if (k >= 2) add((h ^ k) >>> 0, 0.5);
    }
  }

  add(SHAPES[`len${lengthBin(words)}`] ?? 0, 2);
  if (text.includes('?')) add(SHAPES.question ?? 0, 2);
  if (draft.mentions > 0 || draft.broadcast) add(SHAPES.mention ?? 0, 2);
  if (draft.emoji > 0) add(SHAPES.emoji ?? 0, 2);
  if (draft.urls > 0) add(SHAPES.link ?? 0, 2);
  if (draft.codeBlocks > 0) add(SHAPES.code ?? 0, 2);
  add(SHAPES.bias ?? 0, 2);
  for (const signal of signals) add(hashString(signal, SEED_SIGNAL), 2);

  let norm = 0;
  let active = 0;
  for (let t = 0; t < count; t++) {
    const v = slotSums[order[t] ?? 0] ?? 0;
    if (v !== 0) active++;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  const index = new Int32Array(active);
  const value = new Float32Array(active);
  for (let t = 0, n = 0; t < count; t++) {
    const slot = order[t] ?? 0;
    const v = slotSums[slot] ?? 0;
    if (v !== 0) {
      index[n] = slot;
      value[n++] = v / norm;
    }
    slotSums[slot] = 0;
    slotSeen[slot] = 0;
  }
  // Spans are only read for a verdict the model made: kept as numbers, built when asked for.
  const places = new Int32Array(sameLength ? words * 4 : 0);
  for (let w = 0, j = 0; j < places.length; w++, j += 4) {
    places[j] = wordStart[w] ?? 0;
    places[j + 1] = wordEnd[w] ?? 0;
    places[j + 2] = wordHash[w] ?? 0;
    places[j + 3] = pairHash[w] ?? 0;
  }
  let spans: WordSpan[] | null = null;
  return {
    vector: { index, value },
    get spans(): WordSpan[] {
      spans ??= wordSpans(places, mask);
      return spans;
    },
    text,
  };
}

/** Each word's unigram and its pair with the word before, where they are in the text. */
function wordSpans(places: Int32Array, mask: number): WordSpan[] {
  const out: WordSpan[] = [];
  for (let j = 0; j < places.length; j += 4) {
    const [start = 0, end = 0, uni = 0, pair = 0] = places.subarray(j, j + 4);
    const pairStart = j === 0 ? start : (places[j - 4] ?? 0);
    out.push({ slot: uni & mask, sign: uni < 0 ? -1 : 1, start, end });
    out.push({ slot: pair & mask, sign: pair < 0 ? -1 : 1, start: pairStart, end });
  }
  return out;
}
