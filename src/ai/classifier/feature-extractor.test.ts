import { describe, expect, it } from 'vitest';
import { CHAR_BLOCK, DEFAULT_FEATURE_OPTIONS, WORD_BLOCK, blockOf, extractFeatures, type FeatureOptions } from './feature-extractor.js';

const wordsOnly: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, charNgramMin: 0, charNgramMax: 0, stemWords: false };

describe('extractFeatures', () => {
  it('emits unigrams and bigrams with sentence boundaries', () => {
    expect(extractFeatures('Lost card', wordsOnly)).toEqual(['w1:lost', 'w1:card', 'w2:<s> lost', 'w2:lost card', 'w2:card </s>']);
  });

  it('stems words before forming word n-grams when asked', () => {
    const features = extractFeatures('cards charged', { ...wordsOnly, stemWords: true });
    expect(features).toContain('w1:card');
    expect(features).toContain('w2:card charg');
  });

  it('keeps character n-grams inside word boundaries', () => {
    const features = extractFeatures('ab cd', { ...DEFAULT_FEATURE_OPTIONS, maxWordNgram: 0, charNgramMin: 3, charNgramMax: 3 });
    expect(features).toEqual(['c: ab', 'c:ab ', 'c: cd', 'c:cd ']);
  });

  it('stops at the n-gram that covers a short word whole', () => {
    const features = extractFeatures('a', { ...DEFAULT_FEATURE_OPTIONS, maxWordNgram: 0, charNgramMin: 2, charNgramMax: 5 });
    expect(features).toEqual(['c: a', 'c:a ', 'c: a ']);
  });

  it('counts repeated features once per occurrence', () => {
    const features = extractFeatures('card card', wordsOnly);
    expect(features.filter((f) => f === 'w1:card')).toHaveLength(2);
  });

  it('adds skip bigrams and cross-word character n-grams when asked', () => {
    const options: FeatureOptions = { ...wordsOnly, maxWordNgram: 1, skipBigrams: true, charAcrossWords: true, charNgramMin: 3, charNgramMax: 3 };
    const features = extractFeatures('my new card', options);
    expect(features).toContain('s:my card');
    expect(features).toContain('c:y n');
  });

  it('tells word features from character features', () => {
    expect(blockOf('w1:card')).toBe(WORD_BLOCK);
    expect(blockOf('s:my card')).toBe(WORD_BLOCK);
    expect(blockOf('c:car')).toBe(CHAR_BLOCK);
  });
});
