/**
 * Reads a draft with a learned model: its hashed features (features.ts) and each head's logit.
 * It ships in each language's own chunk (bundle.ts) with the weights, not with the analyser.
 * Pure: no DOM.
 */
import { draftFeatures, type DraftFeatures } from './features';
import { HEADS, type Head, type HeadWeights, type LinearModel, type ModelReading } from './model';
import type { NormalizedDraft } from '../message-normalize';
import type { RuleFacts } from './signals';

/** The head's logit for a draft's features. */
export function logit(head: HeadWeights, features: DraftFeatures): number {
  const { index, value } = features.vector;
  let s = head.bias;
  for (let i = 0; i < index.length; i++) s += (head.weights[index[i] ?? 0] ?? 0) * (value[i] ?? 0);
  return s;
}

export function readDraft(model: LinearModel, draft: NormalizedDraft, facts: RuleFacts): ModelReading {
  const features = draftFeatures(draft, model.buckets, model.signals?.(facts));
  const logits = {} as Record<Head, number>;
  for (const head of HEADS) logits[head] = logit(model.heads[head], features);
  return { features, logits };
}
