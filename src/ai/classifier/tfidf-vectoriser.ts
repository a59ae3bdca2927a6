/**
 * TF-IDF vectors in two steps, so calibration folds can share the expensive string work:
 *
 * 1. a term counter, built once over all training texts, maps a text to counts of known features;
 * 2. a weighting, fitted on any subset of those counts, turns counts into vectors: sublinear term
 *    frequency times smoothed idf, each block (words, characters) L2-normalised and scaled by its
 *    weight, then the whole vector L2-normalised so every message has unit length.
 *
 * A feature the weighting's subset never saw gets no weight and no share of the norm, exactly as
 * if the vocabulary had been built on that subset alone: held-out scores stay honest.
 */
import { CHAR_BLOCK, blockOf, extractFeatures, type FeatureOptions } from './feature-extractor.js';
import type { SparseVector } from './sparse-vector.js';

export interface VectoriserOptions extends FeatureOptions {
  /** Weight of the character block relative to the word block (1 = equal). */
  readonly charBlockWeight: number;
  /** Character n-grams seen in fewer training texts than this are dropped (memory and noise). */
  readonly minCharDocumentFrequency: number;
}

/** Counts of known features in one text: increasing feature ids and how often each occurs. */
export interface TermCounts {
  readonly indices: Int32Array;
  readonly counts: Int32Array;
}

export interface TermCounter {
  readonly dimension: number;
  /** Block (word or character) of each feature id. */
  readonly featureBlock: Uint8Array;
  count(text: string): TermCounts;
}

export function buildTermCounter(texts: readonly string[], options: FeatureOptions): TermCounter {
  const vocabulary = new Map<string, number>();
  const blocks: number[] = [];
  for (const text of texts) {
    for (const feature of extractFeatures(text, options)) {
      if (vocabulary.has(feature)) continue;
      vocabulary.set(feature, blocks.length);
      blocks.push(blockOf(feature));
    }
  }
  function count(text: string): TermCounts {
    const found: number[] = [];
    for (const feature of extractFeatures(text, options)) {
      const index = vocabulary.get(feature);
      if (index !== undefined) found.push(index);
    }
    // Sorting the hits groups repeats together: each run's length is the term count.
    const sorted = Int32Array.from(found).sort();
    const indices: number[] = [];
    const counts: number[] = [];
    for (let start = 0; start < sorted.length; ) {
      let end = start + 1;
      while (end < sorted.length && sorted[end] === sorted[start]) end++;
      indices.push(sorted[start] as number);
      counts.push(end - start);
      start = end;
    }
    return { indices: Int32Array.from(indices), counts: Int32Array.from(counts) };
  }
  return { dimension: blocks.length, featureBlock: Uint8Array.from(blocks), count };
}

export interface TfidfWeighting {
  /** idf of each feature id; 0 for features left out (unseen in the fitted subset, or too rare). */
  readonly idf: Float64Array;
  weigh(counts: TermCounts): SparseVector;
}

export function fitTfidfWeighting(documents: readonly TermCounts[], counter: TermCounter, options: VectoriserOptions): TfidfWeighting {
  const { featureBlock } = counter;
  const documentFrequency = new Int32Array(counter.dimension);
  for (const document of documents) for (const index of document.indices) documentFrequency[index] = (documentFrequency[index] as number) + 1;
  const idf = new Float64Array(counter.dimension);
  for (let f = 0; f < idf.length; f++) {
    const df = documentFrequency[f] as number;
    const minimum = featureBlock[f] === CHAR_BLOCK ? Math.max(1, options.minCharDocumentFrequency) : 1;
    if (df >= minimum) idf[f] = Math.log((1 + documents.length) / (1 + df)) + 1;
  }
  const blockWeight = [1, options.charBlockWeight];

  function weigh(document: TermCounts): SparseVector {
    const indices: number[] = [];
    const values: number[] = [];
    const blockNorm = new Float64Array(2);
    for (let n = 0; n < document.indices.length; n++) {
      const index = document.indices[n] as number;
      const inverseFrequency = idf[index] as number;
      if (inverseFrequency === 0) continue;
      const weight = (1 + Math.log(document.counts[n] as number)) * inverseFrequency;
      indices.push(index);
      values.push(weight);
      const block = featureBlock[index] as number;
      blockNorm[block] = (blockNorm[block] as number) + weight * weight;
    }
    const blockScale = blockNorm.map((squared, block) => (squared === 0 ? 0 : (blockWeight[block] as number) / Math.sqrt(squared)));
    let total = 0;
    for (let n = 0; n < values.length; n++) {
      const scaled = (values[n] as number) * (blockScale[featureBlock[indices[n] as number] as number] as number);
      values[n] = scaled;
      total += scaled * scaled;
    }
    const inverse = total > 0 ? 1 / Math.sqrt(total) : 0;
    return { indices: Int32Array.from(indices), values: Float64Array.from(values, (v) => v * inverse) };
  }
  return { idf, weigh };
}

/** Text to TF-IDF vector, fitted on one set of texts (counter and weighting together). */
export interface TfidfVectoriser {
  readonly dimension: number;
  transform(text: string): SparseVector;
}

export function fitTfidfVectoriser(texts: readonly string[], options: VectoriserOptions): TfidfVectoriser {
  const counter = buildTermCounter(texts, options);
  const weighting = fitTfidfWeighting(texts.map((t) => counter.count(t)), counter, options);
  return { dimension: counter.dimension, transform: (text) => weighting.weigh(counter.count(text)) };
}
