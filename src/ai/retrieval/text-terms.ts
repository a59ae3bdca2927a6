/**
 * The few text utilities retrieval and paraphrasing share: English stop words and a tiny, predictable
 * term normaliser (lower case, no punctuation, common suffixes folded) so that "refunds" meets "refund"
 * and "charged" meets "charge" without a full stemmer.
 */
export const STOP_WORDS: readonly string[] = (
  'a about above after again all am an and any are as at be because been before being below between both but by ' +
  'can could did do does doing down during each few for from further had has have having he her here hers him his ' +
  'how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours ' +
  'out over own same she should so some such than that the their theirs them then there these they this those ' +
  'through to too under until up very was we were what when where which while who whom why will with would you ' +
  'your yours yourself im ive id dont cant wont didnt doesnt isnt arent hasnt havent please hi hello thanks thank ' +
  'tell know want need get got like also one ok okay yes'
).split(' ');

const STOP = new Set(STOP_WORDS);

/** Folds the commonest English suffixes; deliberately crude, but the same on both sides of a comparison. */
export function foldSuffix(word: string): string {
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

/** Lower-cased words of a text, apostrophes dropped ("don't" is "dont"), digits kept ("4", "30"). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Customers and articles name a few things differently: "log in" is our "sign in". */
const SYNONYMS: Readonly<Record<string, string>> = { log: 'signin', login: 'signin', logon: 'signin', sign: 'signin', signin: 'signin' };

/** The distinct content terms of a text: words without stop words, suffixes folded, synonyms merged. */
export function contentTerms(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((word) => !STOP.has(word))
      .map(foldSuffix)
      .map((term) => SYNONYMS[term] ?? term),
  );
}
