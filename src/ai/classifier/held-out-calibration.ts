/**
 * Calibration on held-out scores: fit one model per fold on the other folds, score the fold, then
 * set the softmax temperature and the out-of-scope threshold from those scores. Scores of examples
 * a model trained on are overconfident and would misplace both.
 */
import {
  chooseThreshold,
  figuresAtThreshold,
  fitTemperature,
  softmaxInto,
  type HeldOutPrediction,
} from './calibration.js';
import type { Calibration } from './classifier-types.js';
import type { CrammerSingerOptions } from './crammer-singer-svm.js';
import { stratifiedFolds } from './cross-validation.js';
import { fitScoringModel, type CountedCorpus, type CountedExample } from './scoring-model.js';
import { seededRandom } from './seeded-random.js';
import type { VectoriserOptions } from './tfidf-vectoriser.js';

export interface HeldOutCalibrationInput {
  /** Every example, counted once; out-of-scope ones included even when they are not trained on. */
  readonly corpus: CountedCorpus;
  /** Whether an example may be trained on (out-of-scope ones may only be scored). */
  readonly trainable: (example: CountedExample) => boolean;
  /** The classes of every fold's model, in score order. */
  readonly labels: readonly string[];
  readonly folds: number;
  readonly seed: number;
  readonly oosLabel: string | undefined;
  readonly accuracyBudget: number;
  readonly fixedThreshold: number | undefined;
  readonly features: VectoriserOptions;
  readonly svm: CrammerSingerOptions;
}

function heldOutScores(input: HeldOutCalibrationInput): Float64Array[] {
  const { counter, examples } = input.corpus;
  const folds = stratifiedFolds(examples.map((e) => e.label), input.folds, seededRandom(input.seed));
  const scores = new Array<Float64Array>(examples.length);
  for (let fold = 0; fold < input.folds; fold++) {
    const training = examples.filter((e, i) => folds[i] !== fold && input.trainable(e));
    const model = fitScoringModel(counter, training, input.labels, input.features, input.svm, seededRandom(input.seed + fold + 1));
    examples.forEach((e, i) => {
      if (folds[i] === fold) scores[i] = model.scoreCounts(e.counts);
    });
  }
  return scores;
}

export function calibrateOnHeldOutFolds(input: HeldOutCalibrationInput): Calibration {
  const { labels } = input;
  const { examples } = input.corpus;
  const scores = heldOutScores(input);
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  // Out-of-scope examples have no class of their own under the 'threshold' strategy: leave them out.
  const scorable = examples.flatMap((e, i) => {
    const c = labelIndex.get(e.label);
    return c === undefined ? [] : [{ i, c }];
  });
  const temperature = fitTemperature(
    scorable.map(({ i }) => scores[i] as Float64Array),
    Int32Array.from(scorable, ({ c }) => c),
  );

  const probabilities = new Float64Array(labels.length);
  const predictions: HeldOutPrediction[] = examples.map((e, i) => {
    softmaxInto(scores[i] as Float64Array, temperature, probabilities);
    let top = 0;
    for (let c = 1; c < labels.length; c++) if ((probabilities[c] as number) > (probabilities[top] as number)) top = c;
    return {
      confidence: probabilities[top] as number,
      isOutOfScope: e.label === input.oosLabel,
      predictedOutOfScope: labels[top] === input.oosLabel,
      correct: labels[top] === e.label,
    };
  });
  const chosen =
    input.fixedThreshold === undefined
      ? chooseThreshold(predictions, input.accuracyBudget)
      : figuresAtThreshold(predictions, input.fixedThreshold);
  return {
    temperature,
    threshold: chosen.threshold,
    heldOutInScopeAccuracy: chosen.inScopeAccuracy,
    heldOutOosRecall: chosen.oosRecall,
  };
}
