/**
 * Whether a customer's message is a plain "yes" to the action just proposed. Deliberately narrow: a yes
 * moves money or changes a plan, so anything hedged ("yes but not today", "ok wait") or negated is not one.
 * The model's own claim that the customer agreed is never enough on its own (see confirmation-gate.ts).
 */
const YES_OPENERS = [
  'yes',
  'yeah',
  'yea',
  'yep',
  'yup',
  'y',
  'sure',
  'ok',
  'okay',
  'k',
  'alright',
  'all right',
  'absolutely',
  'definitely',
  'correct',
  'confirm',
  'confirmed',
  'i confirm',
  'please do',
  'go ahead',
  'go for it',
  'do it',
  'that is right',
  'thats right',
  'that is fine',
  'thats fine',
  'sounds good',
  'please go ahead',
];

const HEDGES = /\b(?:no|nope|not|dont|don't|do not|never|wait|hold on|stop|cancel|but|however|instead|actually|rather|later|unless|maybe|perhaps|\?)/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isAffirmative(text: string): boolean {
  const said = normalise(text);
  if (said === '' || said.length > 120) return false;
  // A question mark anywhere means the customer is still asking, not agreeing.
  if (HEDGES.test(said) || text.includes('?')) return false;
  return YES_OPENERS.some((opener) => said === opener || said.startsWith(`${opener} `));
}
