/** Public types and defaults of the intent classifier. */
import { DEFAULT_CRAMMER_SINGER_OPTIONS, type CrammerSingerOptions } from './crammer-singer-svm.js';
import { DEFAULT_FEATURE_OPTIONS } from './feature-extractor.js';
import type { VectoriserOptions } from './tfidf-vectoriser.js';

export type { LabelledText } from './scoring-model.js';

export interface TrainOptions {
  /** Label that marks out-of-scope examples in the training data (e.g. CLINC150's "oos"). */
  readonly oosLabel?: string;
  /**
   * 'class' (default): out-of-scope examples are a class of their own and the threshold applies
   * on top; 'threshold': they are left out of training and only show up in the held-out figures.
   */
  readonly oosStrategy?: 'class' | 'threshold';
  /** A fixed confidence threshold instead of a calibrated one. */
  readonly oosThreshold?: number;
  /**
   * How much held-out in-scope accuracy the out-of-scope threshold may cost (0.01 = one point):
   * the threshold is the highest whose rejections of in-scope messages stay within it.
   */
  readonly oosAccuracyBudget?: number;
  /** Folds used to calibrate confidence and threshold; 0 or 1 skips calibration. */
  readonly calibrationFolds?: number;
  /** Seed of every shuffle, so equal inputs and seed give equal classifiers. */
  readonly seed?: number;
  /** How many labels `predict` lists in `scores`. */
  readonly topK?: number;
  readonly features?: Partial<VectoriserOptions>;
  readonly svm?: Partial<CrammerSingerOptions>;
}

export const DEFAULT_TRAIN_OPTIONS = {
  oosStrategy: 'class',
  oosAccuracyBudget: 0.01,
  calibrationFolds: 3,
  seed: 1,
  topK: 3,
} as const;

export const DEFAULT_VECTORISER_OPTIONS: VectoriserOptions = {
  ...DEFAULT_FEATURE_OPTIONS,
  charBlockWeight: 1,
  minCharDocumentFrequency: 1,
};

export { DEFAULT_CRAMMER_SINGER_OPTIONS, type CrammerSingerOptions, type VectoriserOptions };

export interface LabelScore {
  readonly label: string;
  readonly confidence: number;
}

export interface Prediction {
  /** The top label (the OOS label itself when out of scope was trained as a class and won). */
  readonly label: string;
  /** Calibrated probability of the top label. */
  readonly confidence: number;
  /** The top labels, best first. */
  readonly scores: readonly LabelScore[];
  /** True when the top label is the OOS label or the confidence is below the threshold. */
  readonly outOfScope: boolean;
}

/** What calibration chose, with the held-out figures it saw (estimates of live behaviour). */
export interface Calibration {
  /** Factor applied to raw scores before the softmax. */
  readonly temperature: number;
  /** Confidence below which a message is out of scope. */
  readonly threshold: number;
  /** Held-out in-scope accuracy with the threshold applied; undefined without calibration. */
  readonly heldOutInScopeAccuracy: number | undefined;
  /** Held-out out-of-scope recall; undefined without out-of-scope examples or calibration. */
  readonly heldOutOosRecall: number | undefined;
}

export interface Classifier {
  /** The labels the model scores, sorted. */
  readonly labels: readonly string[];
  readonly calibration: Calibration;
  predict(text: string): Prediction;
}
