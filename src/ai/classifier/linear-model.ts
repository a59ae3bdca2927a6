/**
 * A trained multi-class linear model. Weights are stored feature-major (all class weights of one
 * feature side by side) because a message has few non-zero features: scoring walks each feature
 * once and reads one contiguous run of class weights.
 */
import type { SparseVector } from './sparse-vector.js';

export interface LinearModel {
  readonly numClasses: number;
  readonly dimension: number;
  /** weights[feature * numClasses + class] */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

export function scoreInto(model: LinearModel, x: SparseVector, scores: Float64Array): Float64Array {
  const k = model.numClasses;
  scores.set(model.bias);
  const { indices, values } = x;
  for (let n = 0; n < indices.length; n++) {
    const value = values[n] as number;
    const offset = (indices[n] as number) * k;
    for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + value * (model.weights[offset + c] as number);
  }
  return scores;
}

export function score(model: LinearModel, x: SparseVector): Float64Array {
  return scoreInto(model, x, new Float64Array(model.numClasses));
}
