import { describe, expect, it } from 'vitest';
import { DEFAULT_VECTORISER_OPTIONS } from './classifier-types.js';
import { squaredNorm } from './sparse-vector.js';
import { buildTermCounter, fitTfidfVectoriser, fitTfidfWeighting, type VectoriserOptions } from './tfidf-vectoriser.js';

const wordsOnly: VectoriserOptions = { ...DEFAULT_VECTORISER_OPTIONS, maxWordNgram: 1, charNgramMin: 0, charNgramMax: 0, stemWords: false };

const texts = ['my card is lost', 'my card is late', 'my refund is late'];

describe('fitTfidfVectoriser', () => {

  it('produces unit-length vectors with increasing indices', () => {
    const vectoriser = fitTfidfVectoriser(texts, DEFAULT_VECTORISER_OPTIONS);
    const vector = vectoriser.transform('my card is lost');
    expect(squaredNorm(vector)).toBeCloseTo(1, 10);
    for (let n = 1; n < vector.indices.length; n++) expect(vector.indices[n]).toBeGreaterThan(vector.indices[n - 1] as number);
  });

  it('weighs rare words above words every text has', () => {
    const vectoriser = fitTfidfVectoriser(texts, wordsOnly);
    const vector = vectoriser.transform('my lost');
    const [first, second] = Array.from(vector.values);
    // "my" (in every text) gets index 0 and "lost" (in one) a later one.
    expect(vector.indices.length).toBe(2);
    expect(second as number).toBeGreaterThan(first as number);
  });

  it('ignores words never seen in training and returns an empty vector for them', () => {
    const vectoriser = fitTfidfVectoriser(texts, wordsOnly);
    expect(vectoriser.dimension).toBe(6);
    expect(vectoriser.transform('zebra').indices.length).toBe(0);
    expect(vectoriser.transform('zebra card').indices.length).toBe(1);
  });

  it('applies sublinear term frequency', () => {
    const vectoriser = fitTfidfVectoriser(texts, wordsOnly);
    const once = vectoriser.transform('card lost');
    const thrice = vectoriser.transform('card card card lost');
    // Three occurrences weigh 1 + ln 3 times one occurrence, not 3 times.
    const ratio = ((thrice.values[0] as number) / (thrice.values[1] as number)) / ((once.values[0] as number) / (once.values[1] as number));
    expect(ratio).toBeCloseTo(1 + Math.log(3), 10);
  });

  it('drops character n-grams rarer than the minimum document frequency', () => {
    const charsOnly: VectoriserOptions = { ...DEFAULT_VECTORISER_OPTIONS, maxWordNgram: 0, charNgramMin: 3, charNgramMax: 3 };
    const all = fitTfidfVectoriser(texts, charsOnly).transform('lost');
    const frequent = fitTfidfVectoriser(texts, { ...charsOnly, minCharDocumentFrequency: 2 }).transform('lost');
    // " lo", "los", "ost", "st " all come from the one text with "lost".
    expect(all.indices.length).toBe(4);
    expect(frequent.indices.length).toBe(0);
  });
});

describe('fitTfidfWeighting on a subset of counted texts', () => {
  it('treats features the subset never saw as unknown, norm included', () => {
    const counter = buildTermCounter(texts, wordsOnly);
    const counts = texts.map((t) => counter.count(t));
    const onFirstTwo = fitTfidfWeighting(counts.slice(0, 2), counter, wordsOnly);
    const builtOnFirstTwo = fitTfidfVectoriser(texts.slice(0, 2), wordsOnly);
    // "refund" is in the vocabulary but not in the subset: it must not dilute the other weights.
    const viaSubset = onFirstTwo.weigh(counter.count('my refund is late'));
    const direct = builtOnFirstTwo.transform('my refund is late');
    expect(Array.from(viaSubset.values)).toEqual(Array.from(direct.values));
    expect(onFirstTwo.idf[counter.count('refund').indices[0] as number]).toBe(0);
  });

  it('counts repeated features once per id', () => {
    const counter = buildTermCounter(texts, wordsOnly);
    const counted = counter.count('late late my');
    expect(Array.from(counted.counts).sort()).toEqual([1, 2]);
    expect(counter.count('unknown words only').indices.length).toBe(0);
  });
});
