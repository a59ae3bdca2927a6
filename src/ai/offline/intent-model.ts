import { trainClassifier } from '../classifier/classifier.js';
import type { Classifier, TrainOptions } from '../classifier/classifier-types.js';
import type { IntentCatalogue } from '../knowledge/index.js';

/** The label the shipped out-of-scope utterances are trained under. */
export const OUT_OF_SCOPE_LABEL = 'out_of_scope';

export interface IntentGuess {
  /** The best intent id; the out-of-scope label itself when that class won. */
  readonly intent: string;
  /** Calibrated probability of `intent`, 0..1. */
  readonly confidence: number;
  readonly outOfScope: boolean;
  /** The next best intents, for logs and clarifying questions. */
  readonly alternatives: readonly { intent: string; confidence: number }[];
}

/** What the engine needs from a classifier: one call, plain data out. */
export interface IntentModel {
  readonly catalogueVersion: number;
  /** Milliseconds the training took (0 when the model was built elsewhere). */
  readonly trainingMs: number;
  predict(text: string): IntentGuess;
}

/**
 * Trains the intent classifier on the catalogue's examples, with the shipped out-of-scope utterances as
 * a class of their own (the classifier's 'class' strategy; its calibrated threshold applies on top).
 * Synchronous and CPU-bound (a few seconds on the shipped catalogue): call it once at start-up.
 */
export function trainIntentModel(catalogue: IntentCatalogue, options: TrainOptions = {}, clock: () => number = () => performance.now()): IntentModel {
  const examples = [
    ...catalogue.intents.flatMap((intent) => intent.examples.map((text) => ({ text, label: intent.id }))),
    ...catalogue.outOfScope.map((text) => ({ text, label: OUT_OF_SCOPE_LABEL })),
  ];
  const started = clock();
  const classifier = trainClassifier(examples, { oosLabel: OUT_OF_SCOPE_LABEL, ...options });
  const trainingMs = clock() - started;
  return fromClassifier(classifier, catalogue.version, trainingMs);
}

export function fromClassifier(classifier: Classifier, catalogueVersion: number, trainingMs = 0): IntentModel {
  return {
    catalogueVersion,
    trainingMs,
    predict(text) {
      const prediction = classifier.predict(text);
      return {
        intent: prediction.label,
        confidence: prediction.confidence,
        outOfScope: prediction.outOfScope,
        alternatives: prediction.scores.slice(1).map((s) => ({ intent: s.label, confidence: s.confidence })),
      };
    },
  };
}
