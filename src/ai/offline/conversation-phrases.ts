/**
 * Small, fixed vocabularies for the turns a classifier cannot judge alone: the answer to a yes/no
 * question, "that's all", "that didn't help", and a few slot values. Matching is on a normalised text
 * (lower case, apostrophes dropped, punctuation as spaces).
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9£.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const YES = /^(?:yes|yeah|yea|yep|yup|ya|yh|y|sure|ok|okay|k|alright|all right|go ahead|go for it|do it|please do|confirm|confirmed|correct|thats right|sounds good|absolutely|definitely|of course|please|fine)\b/;
const NO = /^(?:no|nope|nah|n|dont|do not|cancel|stop|never mind|nevermind|leave it|not now|not yet|wait|hold on)\b/;
/** Words that turn an opening "ok"/"yes" into something other than a clear yes. */
const HEDGE = /\b(?:no|not|dont|cancel|stop|wait|but|instead|rather|hold on|actually)\b/;

/** A clear yes or no to a confirmation question, else null (a new request, a question, a hedge). */
export function yesOrNo(text: string): 'yes' | 'no' | null {
  const t = normalise(text);
  if (t === '') return null;
  if (NO.test(t)) return 'no';
  if (YES.test(t) && !HEDGE.test(t) && t.split(' ').length <= 8) return 'yes';
  return null;
}

const CLOSING =
  /^(?:no|nope|nah|no thanks?|no thank you|no thats (?:all|it|everything|fine)|thats (?:all|it|everything|great|perfect|fine)|that is all|nothing(?: else)?|all good|im good|im fine|im ok|im all set|all sorted|sorted|thanks?|thank you|thankyou|cheers|ta|many thanks|bye|goodbye|great thanks|perfect thanks|ok thanks?|okay thanks?|brilliant|perfect|great)\b/;
const FURTHER_REQUEST = /\b(?:but|also|another|what|when|where|why|how|can|could|help me|need|want|and)\b/;

/** The customer says they need nothing more ("no thanks", "that's all", "cheers"). */
export function isConversationEnd(text: string): boolean {
  const t = normalise(text);
  return CLOSING.test(t) && !FURTHER_REQUEST.test(t.replace(CLOSING, '')) && t.split(' ').length <= 8;
}

const NOT_HELPED =
  /\b(?:(?:didnt|did not|doesnt|does not|hasnt|has not|wont|will not) (?:help|work|answer|solve|fix)|not (?:helpful|helping|what i (?:asked|meant|wanted|need))|(?:thats|that is|this is) (?:wrong|not right|not it|not my question)|no help|you are not listening|youre not listening|still (?:doesnt|does not|isnt|not) (?:work|help|answer|right))\b/;

/** The customer says the last answer did not help: a failed attempt for the escalation policy. */
export function saysItDidNotHelp(text: string): boolean {
  return NOT_HELPED.test(normalise(text));
}

/**
 * True when the message says only that ("still doesn't help", "that's not what I asked"): there is no new
 * request in it for the classifier to find, whatever label it would guess.
 */
export function onlySaysItDidNotHelp(text: string): boolean {
  const t = normalise(text);
  if (!NOT_HELPED.test(t)) return false;
  const rest = t.replace(new RegExp(NOT_HELPED.source, 'g'), ' ');
  return !/\b(?:refund|payment|pay|card|return|dispute|fee|order|account|purchase|schedule|balance|owe|instalment|login|statement)s?\b/.test(rest);
}

const ASKS_FOR_REFUND = /\b(?:refund me|give me (?:a|my) refund|issue (?:a |me a )?refund|i want (?:a|my) refund|i want my money back|money back|process (?:a |my )?refund|refund (?:order|purchase|pur))\b/;

/** The customer asks us to refund them (there is no refund tool: refunds come from the merchant). */
export function asksForRefund(text: string): boolean {
  return ASKS_FOR_REFUND.test(normalise(text));
}

const NOT_ARRIVED = /\b(?:never (?:arrived|came|received|turned up|got)|(?:hasnt|has not|havent|have not|didnt|did not|not) (?:arrived|come|turned up|been delivered|received|got)|not received|non delivery|never delivered|missing (?:order|parcel|delivery))\b/;

/** The item did not arrive: the one dispute the assistant may help open (see item_not_received). */
export function saysItemNotArrived(text: string): boolean {
  return NOT_ARRIVED.test(normalise(text));
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "by 3 days", "five days", "a week", "a few days" → days; null when no length is given. */
export function requestedDays(text: string): number | null {
  const t = normalise(text);
  const counted = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?days?\b/.exec(t);
  if (counted) return NUMBER_WORDS[counted[1] ?? ''] ?? Number(counted[1]);
  if (/\b(?:a|one) week\b/.test(t)) return 7;
  if (/\ba (?:couple of|few) days\b/.test(t)) return 3;
  return null;
}
