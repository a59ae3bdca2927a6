/**
 * Turns a text into the feature strings the vectoriser counts: word n-grams over stems and
 * character n-grams inside word boundaries. Each string carries a block prefix so the vectoriser
 * can weigh the word and character blocks separately.
 */
import { normaliseText, stem, tokenise } from './text-normalise.js';

export interface FeatureOptions {
  /** Longest word n-gram (1 = unigrams only, 2 = unigrams and bigrams). */
  readonly maxWordNgram: number;
  /** Character n-gram lengths, inclusive; [0, 0] turns character features off. */
  readonly charNgramMin: number;
  readonly charNgramMax: number;
  /** Strip common English inflections before forming word n-grams. */
  readonly stemWords: boolean;
  /** Character n-grams run over the whole message (crossing spaces) instead of inside each word. */
  readonly charAcrossWords: boolean;
  /** Also emit word pairs with one word skipped between them ("card not arrived" -> "card arrived"). */
  readonly skipBigrams: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  maxWordNgram: 2,
  charNgramMin: 2,
  charNgramMax: 5,
  stemWords: true,
  charAcrossWords: false,
  skipBigrams: false,
};

/** Feature blocks: word n-grams and character n-grams are normalised and weighted separately. */
export const WORD_BLOCK = 0;
export const CHAR_BLOCK = 1;
export type FeatureBlock = typeof WORD_BLOCK | typeof CHAR_BLOCK;

export function blockOf(feature: string): FeatureBlock {
  return feature.charCodeAt(0) === 99 /* 'c' */ ? CHAR_BLOCK : WORD_BLOCK;
}

/** Returns the feature strings of one text, repeated as often as they occur (the term counts). */
export function extractFeatures(text: string, options: FeatureOptions): string[] {
  const tokens = tokenise(normaliseText(text));
  const features: string[] = [];
  const words = options.stemWords ? tokens.map(stem) : tokens;

  for (let n = 1; n <= options.maxWordNgram; n++) {
    // Sentence boundary markers let bigrams see "how ..." openings and "... card" endings.
    const padded = n === 1 ? words : ['<s>', ...words, '</s>'];
    for (let i = 0; i + n <= padded.length; i++) {
      features.push(`w${n}:${padded.slice(i, i + n).join(' ')}`);
    }
  }

  if (options.skipBigrams) {
    for (let i = 0; i + 2 < words.length; i++) features.push(`s:${words[i]} ${words[i + 2]}`);
  }

  if (options.charNgramMin > 0) {
    const spans = options.charAcrossWords ? [tokens.join(' ')] : tokens;
    for (const token of spans) {
      const padded = ` ${token} `;
      for (let n = options.charNgramMin; n <= options.charNgramMax; n++) {
        for (let i = 0; i + n <= padded.length; i++) {
          features.push(`c:${padded.slice(i, i + n)}`);
        }
        // A short word is covered whole by the first n-gram that spans it; longer n add nothing.
        if (n >= padded.length) break;
      }
    }
  }
  return features;
}
