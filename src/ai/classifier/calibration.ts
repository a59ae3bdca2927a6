/**
 * Turns raw linear scores into confidences and picks the out-of-scope threshold, both from
 * out-of-fold scores (scores of examples the model did not train on), because scores on training
 * examples are overconfident and would put the threshold far too high or too low.
 */

/** Softmax of `temperature * scores`, written into `out`. */
export function softmaxInto(scores: ArrayLike<number>, temperature: number, out: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c] as number);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp(temperature * ((scores[c] as number) - max));
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) out[c] = (out[c] as number) / sum;
  return out;
}

/**
 * Share of probability the calibration target spreads over the wrong labels. Without it a model
 * that separates its held-out examples perfectly (easy for a few templated intents) drives the
 * temperature to infinity, every confidence to 1, and the out-of-scope threshold loses its meaning.
 */
export const DEFAULT_LABEL_SMOOTHING = 0.02;

/**
 * First and second derivative, in the temperature, of the mean cross-entropy between the smoothed
 * targets and softmax(temperature * scores). The loss is convex in the temperature.
 */
function crossEntropyDerivatives(scores: readonly Float64Array[], labels: Int32Array, temperature: number, smoothing: number): [number, number] {
  let first = 0;
  let second = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as Float64Array;
    const wrongShare = s.length > 1 ? smoothing / (s.length - 1) : 0;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of s) max = Math.max(max, v);
    let sum = 0;
    let mean = 0;
    let meanSquare = 0;
    let target = 0;
    for (let c = 0; c < s.length; c++) {
      const shifted = (s[c] as number) - max;
      const e = Math.exp(temperature * shifted);
      sum += e;
      mean += e * shifted;
      meanSquare += e * shifted * shifted;
      target += (c === labels[i] ? 1 - smoothing : wrongShare) * shifted;
    }
    mean /= sum;
    first += mean - target;
    second += meanSquare / sum - mean * mean;
  }
  const n = Math.max(1, scores.length);
  return [first / n, second / n];
}

const MIN_TEMPERATURE = 1e-3;
const MAX_TEMPERATURE = 1e4;

/**
 * Temperature scaling (Guo et al. 2017): the single factor that makes softmax(temperature * score)
 * best predict the (slightly smoothed) true label, found by safeguarded Newton steps.
 */
export function fitTemperature(scores: readonly Float64Array[], labels: Int32Array, smoothing = DEFAULT_LABEL_SMOOTHING): number {
  if (scores.length === 0) return 1;
  let temperature = 1;
  for (let step = 0; step < 100; step++) {
    const [gradient, curvature] = crossEntropyDerivatives(scores, labels, temperature, smoothing);
    // Flat loss (all scores equal, or perfectly separated without smoothing): follow the slope.
    let next = curvature > 1e-12 ? temperature - gradient / curvature : gradient > 0 ? temperature / 2 : temperature * 2;
    // Never jump more than a factor of 4 either way: Newton overshoots where the loss flattens.
    next = Math.min(Math.max(next, temperature / 4, MIN_TEMPERATURE), temperature * 4, MAX_TEMPERATURE);
    if (Math.abs(next - temperature) <= 1e-9 * temperature) return next;
    temperature = next;
  }
  return temperature;
}

/** One out-of-fold prediction, reduced to what the threshold choice needs. */
export interface HeldOutPrediction {
  /** Confidence of the top label. */
  readonly confidence: number;
  /** The example is out of scope (its true label is the OOS label). */
  readonly isOutOfScope: boolean;
  /** The top label is the OOS class (only when OOS is trained as a class). */
  readonly predictedOutOfScope: boolean;
  /** The top label is the true label. */
  readonly correct: boolean;
}

export interface ThresholdChoice {
  readonly threshold: number;
  /** Held-out in-scope accuracy at the threshold (a rejected in-scope message counts as wrong). */
  readonly inScopeAccuracy: number;
  /** Held-out out-of-scope recall at the threshold; undefined without out-of-scope examples. */
  readonly oosRecall: number | undefined;
}

/**
 * Chooses the confidence threshold below which a message counts as out of scope: the highest one
 * that costs at most `accuracyBudget` of held-out in-scope accuracy. Out-of-scope recall only grows
 * with the threshold, so this is also the threshold that catches the most out-of-scope messages
 * within the budget, whether or not the training data has out-of-scope examples. Choosing by
 * budget rather than by recall on the training data's own out-of-scope examples matters because
 * those are rarely like the ones met later (CLINC150's training and validation OOS sets differ).
 */
export function chooseThreshold(predictions: readonly HeldOutPrediction[], accuracyBudget: number): ThresholdChoice {
  const inScopeCount = predictions.filter((p) => !p.isOutOfScope).length;
  const outOfScopeCount = predictions.length - inScopeCount;
  if (inScopeCount === 0) throw new Error('threshold choice needs in-scope examples');
  let acceptedCorrect = predictions.filter((p) => !p.isOutOfScope && p.correct).length;
  let rejectedOutOfScope = predictions.filter((p) => p.isOutOfScope && p.predictedOutOfScope).length;
  const floor = acceptedCorrect - accuracyBudget * inScopeCount;
  const figures = (threshold: number): ThresholdChoice => ({
    threshold,
    inScopeAccuracy: acceptedCorrect / inScopeCount,
    oosRecall: outOfScopeCount === 0 ? undefined : rejectedOutOfScope / outOfScopeCount,
  });
  let best = figures(0);
  // Raise the threshold past one confidence value at a time; a message is rejected when its
  // confidence is below the threshold, so ties are rejected together.
  const sorted = [...predictions].sort((a, b) => a.confidence - b.confidence);
  for (let n = 0; n < sorted.length; n++) {
    const p = sorted[n] as HeldOutPrediction;
    if (p.isOutOfScope && !p.predictedOutOfScope) rejectedOutOfScope++;
    if (!p.isOutOfScope && p.correct) acceptedCorrect--;
    const nextConfidence = sorted[n + 1]?.confidence;
    if (nextConfidence === p.confidence) continue;
    if (acceptedCorrect < floor - 1e-9) break;
    // Midway to the next confidence, so the threshold does not sit exactly on a held-out score.
    best = figures(nextConfidence === undefined ? p.confidence + 1e-9 : (p.confidence + nextConfidence) / 2);
  }
  return best;
}

/** Held-out figures for a given threshold (used when the threshold is fixed by configuration). */
export function figuresAtThreshold(predictions: readonly HeldOutPrediction[], threshold: number): ThresholdChoice {
  const inScope = predictions.filter((p) => !p.isOutOfScope);
  const outOfScope = predictions.filter((p) => p.isOutOfScope);
  return {
    threshold,
    inScopeAccuracy: inScope.filter((p) => p.correct && p.confidence >= threshold).length / inScope.length,
    oosRecall:
      outOfScope.length === 0 ? undefined : outOfScope.filter((p) => p.predictedOutOfScope || p.confidence < threshold).length / outOfScope.length,
  };
}
