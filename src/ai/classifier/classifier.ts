/**
 * trainClassifier: a sparse linear intent classifier with an out-of-scope decision.
 *
 * Training fits `calibrationFolds` models on folds of the data, whose held-out scores set the
 * softmax temperature (so `confidence` reads as a probability) and the out-of-scope threshold,
 * then fits the final model on every example. Nothing is tuned on the messages classified later.
 */
import { softmaxInto } from './calibration.js';
import {
  DEFAULT_CRAMMER_SINGER_OPTIONS,
  DEFAULT_TRAIN_OPTIONS,
  DEFAULT_VECTORISER_OPTIONS,
  type Calibration,
  type Classifier,
  type CrammerSingerOptions,
  type LabelScore,
  type LabelledText,
  type Prediction,
  type TrainOptions,
  type VectoriserOptions,
} from './classifier-types.js';
import { calibrateOnHeldOutFolds } from './held-out-calibration.js';
import { countCorpus, fitScoringModel, type CountedExample } from './scoring-model.js';
import { seededRandom } from './seeded-random.js';

/** Softmax temperature used when calibration is switched off; typical of fitted values. */
const UNCALIBRATED_TEMPERATURE = 10;

export function trainClassifier(examples: readonly LabelledText[], trainOptions: TrainOptions = {}): Classifier {
  const options = { ...DEFAULT_TRAIN_OPTIONS, ...trainOptions };
  const features: VectoriserOptions = { ...DEFAULT_VECTORISER_OPTIONS, ...options.features };
  const svm: CrammerSingerOptions = { ...DEFAULT_CRAMMER_SINGER_OPTIONS, ...options.svm };
  const oosLabel = options.oosLabel;
  const trainable = (e: { readonly label: string }): boolean => options.oosStrategy === 'class' || e.label !== oosLabel;
  const labels = [...new Set(examples.filter(trainable).map((e) => e.label))].sort();
  if (labels.length < 2) throw new Error(`need at least two labels to train on, got ${labels.length}`);
  const corpus = countCorpus(examples, features);
  const training: CountedExample[] = corpus.examples.filter(trainable);

  const calibration: Calibration =
    options.calibrationFolds >= 2
      ? calibrateOnHeldOutFolds({
          corpus,
          trainable,
          labels,
          folds: options.calibrationFolds,
          seed: options.seed,
          oosLabel,
          accuracyBudget: options.oosAccuracyBudget,
          fixedThreshold: options.oosThreshold,
          features,
          svm,
        })
      : {
          temperature: UNCALIBRATED_TEMPERATURE,
          threshold: options.oosThreshold ?? 0,
          heldOutInScopeAccuracy: undefined,
          heldOutOosRecall: undefined,
        };
  const model = fitScoringModel(corpus.counter, training, labels, features, svm, seededRandom(options.seed));
  const topK = Math.max(1, Math.min(options.topK, labels.length));
  const scores = new Float64Array(labels.length);
  const probabilities = new Float64Array(labels.length);

  function predict(text: string): Prediction {
    softmaxInto(model.score(text, scores), calibration.temperature, probabilities);
    const ranked: LabelScore[] = Array.from(probabilities.keys())
      .sort((a, b) => (probabilities[b] as number) - (probabilities[a] as number) || a - b)
      .slice(0, topK)
      .map((c) => ({ label: labels[c] as string, confidence: probabilities[c] as number }));
    const best = ranked[0] as LabelScore;
    return {
      label: best.label,
      confidence: best.confidence,
      scores: ranked,
      outOfScope: best.label === oosLabel || best.confidence < calibration.threshold,
    };
  }

  return { labels, calibration, predict };
}
