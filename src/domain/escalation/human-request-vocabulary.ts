import { editDistance } from './text-normalize.js';

/** Nouns whose misspellings we correct before matching English phrasings. */
const FUZZY_TARGETS = ['human', 'humans', 'agent', 'agents', 'person', 'representative', 'operator', 'someone', 'somebody'];

/** Slang and abbreviations that edit distance will not reach. */
const SLANG: Readonly<Record<string, string>> = {
  hooman: 'human',
  hoomans: 'human',
  hewman: 'human',
  ppl: 'people',
  rep: 'representative',
  reps: 'representative',
  sumone: 'someone',
  sum1: 'someone',
  some1: 'someone',
};

/**
 * Real words one or two edits from a target. Without this list "you aren't helping" would become "you agent
 * helping" and "I need representation" a request for a representative.
 */
const NOT_TYPOS = new Set([
  'arent',
  'anent',
  'ament',
  'argent',
  'humane',
  'parson',
  'perron',
  'pearson',
  'perso',
  'persona',
  'representation',
  'representations',
]);

/** Correct one token if it is a plausible misspelling of a target noun, else return it unchanged. */
export function correctToken(token: string): string {
  const slang = SLANG[token];
  if (slang) return slang;
  if (token.length < 4 || NOT_TYPOS.has(token) || FUZZY_TARGETS.includes(token)) return token;
  for (const target of FUZZY_TARGETS) {
    // Typos almost never change the first letter; requiring it keeps "gent" and "urgent" out.
    if (token[0] !== target[0]) continue;
    const allowed = target.length >= 10 ? 2 : 1;
    if (editDistance(token, target) <= allowed) return target;
  }
  return token;
}

/** Turns an English sentence into one where every way of naming a human reads HUMAN, and "someone" reads SOMEONE. */
export function canonicalizeEnglish(normalized: string): string {
  const corrected = normalized.split(' ').map(correctToken).join(' ');
  return corrected
    .replace(/\bhuman (?:errors?|rights|resources|nature|mistakes?|trafficking|interest|body)\b/g, 'NOTHUMAN')
    .replace(/\b(?:someone|somebody|anyone|anybody|some one|some body) real\b/g, 'HUMAN')
    .replace(
      /\b(?:(?:real|actual|live|proper|genuine|actually|an actual)\s+)?(?:human beings?|humans?|persons?|people|agents?|representatives?|operators?|supervisors?|managers?|advisors?|advisers?|staff(?: members?)?|members? of (?:staff|your team|the team)|team members?|customer (?:service|support|care)(?: team| agent| rep)?|support (?:team|agent|staff))\b/g,
      'HUMAN',
    )
    .replace(/\bHUMAN(?: HUMAN)+\b/g, 'HUMAN')
    .replace(/\b(?:someone|somebody|anyone|anybody|some one|some body)\b/g, 'SOMEONE');
}
