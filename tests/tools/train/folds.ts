/**
 * The trainer's cross-validation folds: whole groups of near-duplicate drafts (at least
 * NEAR_DUPLICATE of their words shared, Jaccard) go to one fold, so a model is never scored on a
 * draft whose near twin it learned from; each split trains on every fold but the one it tests.
 */
import { random, shuffled } from './logistic';

export const FOLDS = 5;
const NEAR_DUPLICATE = 0.7;

/** The set of a draft's words, for spotting near-duplicates. */
const wordSet = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);

export function groupsOf<T extends { text: string }>(items: readonly T[]): T[][] {
  const sets = items.map((r) => wordSet(r.text));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] ?? i)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = sets[i] ?? new Set<string>();
      const b = sets[j] ?? new Set<string>();
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      const union = a.size + b.size - shared;
      if (union > 0 && shared / union >= NEAR_DUPLICATE) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((r, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), r]));
  return [...groups.values()];
}

export function foldsOf<T extends { text: string }>(items: readonly T[], seed: number): T[][] {
  const folds: T[][] = Array.from({ length: FOLDS }, () => []);
  // Whole groups, shuffled, each to the fold that is smallest so far.
  for (const group of shuffled(groupsOf(items), random(seed))) {
    const smallest = folds.reduce((a, b) => (b.length < a.length ? b : a));
    smallest.push(...group);
  }
  return folds;
}

/** Each fold as a test set, with what a model for it learns from: every other fold. */
export function splits<T extends { text: string }>(items: readonly T[], seed: number): { train: T[]; test: T[] }[] {
  return foldsOf(items, seed).map((test) => {
    const tested = new Set(test);
    return { train: items.filter((r) => !tested.has(r)), test };
  });
}
