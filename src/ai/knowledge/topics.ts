import type { IntentDefinition } from './schema.js';

/** The catalogue's intent for "let me talk to a person": as a topic it says nothing about the customer's need. */
export const HUMAN_REQUEST_INTENT = 'talk_to_human';

type IntentCategoryEntry = Pick<IntentDefinition, 'id'> & { category?: string };

/**
 * The topic the customer raised before asking for a person: the latest intent of the earlier turns that
 * names a need — not smalltalk (greeting, thanks, goodbye) and not the request for a person itself. Null
 * when none did.
 */
export function earlierTopic(history: readonly { intent: string | null }[], intents: readonly IntentCategoryEntry[]): string | null {
  const smalltalk = new Set(intents.filter((i) => i.category === 'smalltalk').map((i) => i.id));
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const intent = history[i]?.intent ?? null;
    if (intent !== null && intent !== HUMAN_REQUEST_INTENT && intent !== 'unknown' && !smalltalk.has(intent)) return intent;
  }
  return null;
}
