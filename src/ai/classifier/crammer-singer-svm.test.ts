import { describe, expect, it } from 'vitest';
import { DEFAULT_CRAMMER_SINGER_OPTIONS, trainCrammerSinger } from './crammer-singer-svm.js';
import { score } from './linear-model.js';
import { seededRandom } from './seeded-random.js';
import type { SparseVector } from './sparse-vector.js';

function vector(entries: Record<number, number>): SparseVector {
  const indices = Int32Array.from(Object.keys(entries).map(Number)).sort();
  return { indices, values: Float64Array.from(indices, (i) => entries[i] as number) };
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
  return best;
}

describe('trainCrammerSinger', () => {
  // Class c is signalled by feature c; feature 3 is noise shared by all.
  const vectors = [
    vector({ 0: 1, 3: 0.5 }),
    vector({ 0: 0.8 }),
    vector({ 1: 1, 3: 0.5 }),
    vector({ 1: 0.9 }),
    vector({ 2: 1, 3: 0.5 }),
    vector({ 2: 0.7, 3: 0.2 }),
  ];
  const labels = Int32Array.of(0, 0, 1, 1, 2, 2);

  it('separates linearly separable classes with a margin', () => {
    const model = trainCrammerSinger(vectors, labels, 3, 4, { ...DEFAULT_CRAMMER_SINGER_OPTIONS, c: 10, maxEpochs: 200, tolerance: 1e-3 }, seededRandom(1));
    vectors.forEach((x, i) => expect(argmax(score(model, x))).toBe(labels[i]));
    expect(argmax(score(model, vector({ 1: 0.3 })))).toBe(1);
    const s = score(model, vector({ 0: 1 }));
    expect((s[0] as number) - Math.max(s[1] as number, s[2] as number)).toBeGreaterThan(0.9);
  });

  it('gives the same model for the same seed', () => {
    const a = trainCrammerSinger(vectors, labels, 3, 4, DEFAULT_CRAMMER_SINGER_OPTIONS, seededRandom(3));
    const b = trainCrammerSinger(vectors, labels, 3, 4, DEFAULT_CRAMMER_SINGER_OPTIONS, seededRandom(3));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.bias)).toEqual(Array.from(b.bias));
  });
});
