/**
 * Multi-class SVM of Crammer and Singer trained by the sequential dual method of Keerthi et al.
 * (KDD 2008), as in LIBLINEAR's MCSVM_CS solver, shrinking included. Unlike one-vs-rest it trains
 * the classes against each other, which helps when intents differ by a word or two ("top up
 * failed" / "top up reverted"). Shrinking matters for speed: after a few passes most examples only
 * compete with one or two classes, so only those scores are computed.
 */
import type { LinearModel } from './linear-model.js';
import { shuffleInPlace } from './seeded-random.js';
import { squaredNorm, type SparseVector } from './sparse-vector.js';

export interface CrammerSingerOptions {
  /** Inverse regularisation strength: larger fits the training data more closely. */
  readonly c: number;
  readonly maxEpochs: number;
  /** Stop when the largest KKT violation of a pass over all examples falls below this. */
  readonly tolerance: number;
  /** Value of the constant feature that carries the (regularised) bias. */
  readonly biasFeature: number;
}

export const DEFAULT_CRAMMER_SINGER_OPTIONS: CrammerSingerOptions = {
  c: 1,
  maxEpochs: 10,
  tolerance: 0.1,
  biasFeature: 1,
};

/**
 * Solves one example's sub-problem exactly over its first `size` active classes: minimise
 * A/2 |alpha|^2 + B . alpha subject to sum alpha = 0, alpha_y <= C and alpha_m <= 0 otherwise,
 * by the sorting method of Crammer and Singer. `label` is the position of the true class, or
 * `size` or more when it has been shrunk away.
 */
function solveSubProblem(a: number, b: Float64Array, size: number, label: number, c: number, work: Float64Array, out: Float64Array): void {
  const sorted = work.subarray(0, size);
  sorted.set(b.subarray(0, size));
  if (label < size) sorted[label] = (sorted[label] as number) + a * c;
  sorted.sort().reverse();
  let beta = (sorted[0] as number) - a * c;
  let r = 1;
  for (; r < size && beta < r * (sorted[r] as number); r++) beta += sorted[r] as number;
  beta /= r;
  for (let m = 0; m < size; m++) {
    const unconstrained = (beta - (b[m] as number)) / a;
    out[m] = m === label ? Math.min(c, unconstrained) : Math.min(0, unconstrained);
  }
}

export function trainCrammerSinger(
  vectors: readonly SparseVector[],
  labels: Int32Array,
  numClasses: number,
  dimension: number,
  options: CrammerSingerOptions,
  rng: () => number,
): LinearModel {
  const k = numClasses;
  const l = vectors.length;
  const weights = new Float32Array(dimension * k);
  const bias = new Float64Array(k);
  const b2 = options.biasFeature * options.biasFeature;
  const c = options.c;
  const alpha = new Float64Array(l * k);
  // Per example, classIndex[i*k .. i*k+activeClasses[i]) lists the classes still in play.
  const classIndex = new Int32Array(l * k);
  const activeClasses = new Int32Array(l).fill(k);
  const labelPosition = Int32Array.from(labels);
  for (let i = 0; i < l; i++) for (let m = 0; m < k; m++) classIndex[i * k + m] = m;
  const sqNorms = Float64Array.from(vectors, (x) => squaredNorm(x) + b2);
  const order = Int32Array.from(vectors.keys());
  let activeSize = l;
  const gradient = new Float64Array(k);
  const b = new Float64Array(k);
  const work = new Float64Array(k);
  const next = new Float64Array(k);
  const allScores = new Float64Array(k);

  // With many classes active a sweep over each feature's contiguous row of class weights is far
  // cheaper than gathering class by class; once shrinking leaves a few classes, gathering wins.
  function computeGradient(x: SparseVector, size: number, yPos: number, active: Int32Array): void {
    const { indices, values } = x;
    if (size * 4 > k) {
      allScores.set(bias);
      for (let n = 0; n < indices.length; n++) {
        const value = values[n] as number;
        const offset = (indices[n] as number) * k;
        for (let m = 0; m < k; m++) allScores[m] = (allScores[m] as number) + value * (weights[offset + m] as number);
      }
      for (let m = 0; m < size; m++) gradient[m] = (allScores[active[m] as number] as number) + (m === yPos ? 0 : 1);
      return;
    }
    for (let m = 0; m < size; m++) {
      const cls = active[m] as number;
      let g = (bias[cls] as number) + (m === yPos ? 0 : 1);
      for (let n = 0; n < indices.length; n++) g += (values[n] as number) * (weights[(indices[n] as number) * k + cls] as number);
      gradient[m] = g;
    }
  }

  let shrinkTolerance = Math.max(10 * options.tolerance, 1);
  let startFromAll = true;

  for (let epoch = 0; epoch < options.maxEpochs; epoch++) {
    shuffleInPlace(order.subarray(0, activeSize), rng);
    let maxViolation = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < activeSize; s++) {
      const i = order[s] as number;
      const base = i * k;
      const x = vectors[i] as SparseVector;
      const a = sqNorms[i] as number;
      let size = activeClasses[i] as number;
      let yPos = labelPosition[i] as number;
      computeGradient(x, size, yPos, classIndex.subarray(base, base + size));
      let minG = Number.POSITIVE_INFINITY;
      let maxG = Number.NEGATIVE_INFINITY;
      for (let m = 0; m < size; m++) {
        const g = gradient[m] as number;
        if ((alpha[base + (classIndex[base + m] as number)] as number) < 0 && g < minG) minG = g;
        if (g > maxG) maxG = g;
      }
      if (yPos < size && (alpha[base + (labels[i] as number)] as number) < c && (gradient[yPos] as number) < minG) {
        minG = gradient[yPos] as number;
      }
      // Shrink classes sitting at their bound whose gradient says they will stay there.
      for (let m = 0; m < size; m++) {
        const cls = classIndex[base + m] as number;
        const bound = m === yPos ? c : 0;
        if ((alpha[base + cls] as number) === bound && (gradient[m] as number) < minG) {
          size--;
          const last = size;
          classIndex[base + m] = classIndex[base + last] as number;
          classIndex[base + last] = cls;
          const gm = gradient[m] as number;
          gradient[m] = gradient[last] as number;
          gradient[last] = gm;
          if (yPos === last) yPos = m;
          else if (yPos === m) yPos = last;
          m--;
        }
      }
      activeClasses[i] = size;
      labelPosition[i] = yPos;
      if (size <= 1) {
        activeSize--;
        order[s] = order[activeSize] as number;
        order[activeSize] = i;
        s--;
        continue;
      }
      if (maxG - minG <= 1e-12) continue;
      maxViolation = Math.max(maxViolation, maxG - minG);

      for (let m = 0; m < size; m++) b[m] = (gradient[m] as number) - a * (alpha[base + (classIndex[base + m] as number)] as number);
      solveSubProblem(a, b, size, yPos, c, work, next);
      for (let m = 0; m < size; m++) {
        const cls = classIndex[base + m] as number;
        const d = (next[m] as number) - (alpha[base + cls] as number);
        alpha[base + cls] = next[m] as number;
        if (Math.abs(d) <= 1e-12) continue;
        const { indices, values } = x;
        for (let n = 0; n < indices.length; n++) {
          const at = (indices[n] as number) * k + cls;
          weights[at] = (weights[at] as number) + d * (values[n] as number);
        }
        bias[cls] = (bias[cls] as number) + d * b2;
      }
    }

    if (maxViolation < shrinkTolerance) {
      if (maxViolation < options.tolerance && startFromAll) break;
      // Converged on the shrunk problem: reopen every example and class to check the full one.
      activeSize = l;
      activeClasses.fill(k);
      for (let i = 0; i < l; i++) {
        for (let m = 0; m < k; m++) classIndex[i * k + m] = m;
        labelPosition[i] = labels[i] as number;
      }
      shrinkTolerance = Math.max(shrinkTolerance / 2, options.tolerance);
      startFromAll = true;
    } else {
      startFromAll = false;
    }
  }
  return { numClasses: k, dimension, weights, bias };
}
