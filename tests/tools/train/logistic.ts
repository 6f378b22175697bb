/** L2-regularised logistic regression on sparse hashed features, trained with AdaGrad; deterministic. */
import type { FeatureVector } from '../../../utils/compose/analysis/learned/features';
import { random } from '../random';

export { random };

export interface TrainOptions {
  buckets: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export interface Trained {
  weights: Float32Array;
  bias: number;
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function dot(weights: Float32Array, bias: number, x: FeatureVector): number {
  let s = bias;
  for (let i = 0; i < x.index.length; i++) s += (weights[x.index[i] ?? 0] ?? 0) * (x.value[i] ?? 0);
  return s;
}

export function trainLogistic(xs: readonly FeatureVector[], ys: readonly boolean[], o: TrainOptions): Trained {
  const weights = new Float32Array(o.buckets);
  const g2 = new Float32Array(o.buckets).fill(1e-6);
  let bias = 0;
  let biasG2 = 1e-6;
  const rand = random(o.seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffled(order, rand)) {
      const x = xs[i] as FeatureVector;
      const p = 1 / (1 + Math.exp(-dot(weights, bias, x)));
      const err = p - (ys[i] ? 1 : 0);
      for (let k = 0; k < x.index.length; k++) {
        const slot = x.index[k] ?? 0;
        const g = err * (x.value[k] ?? 0) + o.l2 * (weights[slot] ?? 0);
        g2[slot] = (g2[slot] ?? 0) + g * g;
        weights[slot] = (weights[slot] ?? 0) - (o.rate * g) / Math.sqrt(g2[slot] ?? 1);
      }
      biasG2 += err * err;
      bias -= (o.rate * err) / Math.sqrt(biasG2);
    }
  }
  return { weights, bias };
}

/** Symmetric quantisation to -levels..levels: the weights as stored, and the scale that restores them. */
export function quantise(weights: Float32Array, levels: number): { bytes: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / levels || 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round((weights[i] ?? 0) / scale);
  return { bytes, scale };
}
