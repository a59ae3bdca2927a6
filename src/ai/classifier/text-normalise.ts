/**
 * Text normalisation and tokenisation for the intent classifier.
 *
 * Customer messages are short, informal and often misspelt, so the aim is to map surface variants
 * ("Can't", "cant", "café", "cafe") onto the same tokens while keeping function words: in intent
 * detection "how" versus "why" or "not" often decides the class, so nothing is dropped as a stop word.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const TOKEN = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** The token that stands in for every run of digits: amounts and ids rarely decide an intent. */
export const NUMBER_TOKEN = '0';

/** Lowercases, strips accents and joins contractions ("can't" -> "cant") so they form one token. */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '');
}

/** Splits normalised text into word tokens; runs of digits become {@link NUMBER_TOKEN}. */
export function tokenise(normalisedText: string): string[] {
  const tokens: string[] = [];
  for (const match of normalisedText.matchAll(TOKEN)) {
    const word = match[0];
    tokens.push(DIGITS.test(word) ? NUMBER_TOKEN : word);
  }
  return tokens;
}

const VOWEL = /[aeiouy]/;

function hasVowel(stem: string): boolean {
  return VOWEL.test(stem);
}

function undouble(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  const keepDouble = last === 'l' || last === 's' || last === 'z';
  if (stem.length > 2 && last === stem.charAt(stem.length - 2) && !keepDouble && !VOWEL.test(last)) {
    return stem.slice(0, -1);
  }
  return stem;
}

/**
 * A light English suffix stripper (plurals, -ed, -ing, -ly). It is deliberately weaker than Porter:
 * character n-grams already link related forms, the stem only has to merge the frequent inflections
 * so word and bigram features are shared between "cards"/"card" and "charged"/"charge".
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5 && hasVowel(w.slice(0, -3))) {
    w = undouble(w.slice(0, -3));
  } else if (w.endsWith('ed') && w.length > 4 && hasVowel(w.slice(0, -2))) {
    w = w.endsWith('ied') ? `${w.slice(0, -3)}y` : undouble(w.slice(0, -2));
  } else if (w.endsWith('ly') && w.length > 5) {
    w = w.slice(0, -2);
  }
  // "charge"/"charged"/"charging" should meet: drop a final silent e after the other rules.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
