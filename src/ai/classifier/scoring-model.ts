/**
 * The learnt part of the classifier: a TF-IDF weighting and a Crammer-Singer linear model fitted
 * together on a set of counted examples. The classifier fits several of these (one per calibration
 * fold and a final one on everything) over texts counted once by a shared term counter.
 */
import { trainCrammerSinger, type CrammerSingerOptions } from './crammer-singer-svm.js';
import { scoreInto } from './linear-model.js';
import type { FeatureOptions } from './feature-extractor.js';
import { buildTermCounter, fitTfidfWeighting, type TermCounter, type TermCounts, type VectoriserOptions } from './tfidf-vectoriser.js';

export interface LabelledText {
  readonly text: string;
  readonly label: string;
}

export interface CountedExample {
  readonly counts: TermCounts;
  readonly label: string;
}

export interface CountedCorpus {
  readonly counter: TermCounter;
  readonly examples: readonly CountedExample[];
}

/** Builds the vocabulary over all texts and counts each one (the string work, done once). */
export function countCorpus(examples: readonly LabelledText[], options: FeatureOptions): CountedCorpus {
  const counter = buildTermCounter(
    examples.map((e) => e.text),
    options,
  );
  return { counter, examples: examples.map((e) => ({ counts: counter.count(e.text), label: e.label })) };
}

export interface ScoringModel {
  /** Class order of the scores. */
  readonly labels: readonly string[];
  /** Raw linear scores, one per label, written into `out` when given. */
  scoreCounts(counts: TermCounts, out?: Float64Array): Float64Array;
  score(text: string, out?: Float64Array): Float64Array;
}

export function fitScoringModel(
  counter: TermCounter,
  examples: readonly CountedExample[],
  labels: readonly string[],
  featureOptions: VectoriserOptions,
  svmOptions: CrammerSingerOptions,
  rng: () => number,
): ScoringModel {
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const weighting = fitTfidfWeighting(
    examples.map((e) => e.counts),
    counter,
    featureOptions,
  );
  const vectors = examples.map((e) => weighting.weigh(e.counts));
  const classes = Int32Array.from(examples, (e) => {
    const index = labelIndex.get(e.label);
    if (index === undefined) throw new Error(`label "${e.label}" is not in the label list`);
    return index;
  });
  const model = trainCrammerSinger(vectors, classes, labels.length, counter.dimension, svmOptions, rng);
  const scoreCounts = (counts: TermCounts, out?: Float64Array): Float64Array =>
    scoreInto(model, weighting.weigh(counts), out ?? new Float64Array(labels.length));
  return { labels, scoreCounts, score: (text, out) => scoreCounts(counter.count(text), out) };
}
