/**
 * Support-specific frustration cues that a general word list (AFINN) misses or under-weights: a customer
 * who has asked three times is frustrated even if every word they use is neutral. Each cue adds a negative
 * amount on the final -1..1 scale; a message can show several.
 */
export interface FrustrationCue {
  readonly name: string;
  /** How much the cue lowers the score (a positive number, subtracted). */
  readonly weight: number;
  readonly matches: (text: string) => boolean;
}

const phrase =
  (pattern: RegExp) =>
  (text: string): boolean =>
    pattern.test(text.replace(/[’‘`]/g, "'"));

/** Shouting: most letters upper-case, and enough of them that "OK" or "PIN" does not count. */
function isShouting(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 8) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length >= 0.7;
}

export const FRUSTRATION_CUES: readonly FrustrationCue[] = [
  { name: 'ridiculous', weight: 0.3, matches: phrase(/\b(?:this|that|it)(?:'s| is) (?:ridiculous|absurd|a joke|a farce|unacceptable|outrageous|insane)\b/i) },
  {
    name: 'asked-again',
    weight: 0.3,
    matches: phrase(/\b(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|how many times|(?:already|keep) (?:told|asked|explained)|asked (?:you )?(?:this )?(?:twice|again)|again and again)\b/i),
  },
  { name: 'useless-bot', weight: 0.4, matches: phrase(/\b(?:useless|stupid|dumb|pointless|rubbish|hopeless|terrible) (?:bot|robot|chat ?bot|assistant|ai|machine|service|company)\b/i) },
  { name: 'not-helping', weight: 0.3, matches: phrase(/\b(?:(?:you|this|that|it)(?:'re| are|'s| is)? not (?:helping|helpful)|(?:didn't|did not|doesn't|does not|isn't|is not) help(?:ing|ful)?|no help at all)\b/i) },
  { name: 'waste-of-time', weight: 0.4, matches: phrase(/\b(?:waste of (?:my )?time|wasting my time|fed up|sick (?:and tired )?of|had enough)\b/i) },
  { name: 'still-not', weight: 0.2, matches: phrase(/\bstill (?:not|hasn't|haven't|isn't|no|nothing|waiting)\b/i) },
  { name: 'exclamations', weight: 0.2, matches: (text) => /!{2,}|\?!|!\?/.test(text) },
  { name: 'caps-lock', weight: 0.3, matches: isShouting },
];

export function matchingCues(text: string): FrustrationCue[] {
  return FRUSTRATION_CUES.filter((cue) => cue.matches(text));
}
