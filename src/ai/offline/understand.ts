import { detectHumanRequest } from '../../domain/escalation/index.js';
import type { IntentCatalogue } from '../knowledge/index.js';
import { resolveCard } from './card-resolver.js';
import { asksForRefund, isConversationEnd, onlySaysItDidNotHelp, saysItDidNotHelp, saysItemNotArrived, yesOrNo } from './conversation-phrases.js';
import type { IntentGuess } from './intent-model.js';
import type { PendingQuestion, PurchaseCandidate, Slots } from './memory.js';
import { resolvePurchase } from './purchase-resolver.js';

type Pending<K extends PendingQuestion['kind']> = Extract<PendingQuestion, { kind: K }>;

/** What this message is, given the question we asked last (if any). Pure: no tools, no I/O. */
export type Route =
  | { kind: 'human' }
  | { kind: 'confirm'; pending: Pending<'confirm_action'>; answer: 'yes' | 'no' }
  | { kind: 'merchant_answer'; pending: Pending<'merchant_unanswered'>; answer: 'yes' | 'no' }
  | { kind: 'purchase_chosen'; intent: string; purchaseId: string; slots: Slots }
  | { kind: 'purchase_narrowed'; pending: Pending<'which_purchase'>; matches: PurchaseCandidate[] }
  | { kind: 'card_chosen'; intent: string; paymentMethodId: string }
  | { kind: 'reask'; pending: Exclude<PendingQuestion, { kind: 'anything_else' }> }
  | { kind: 'end' }
  | { kind: 'more' }
  | { kind: 'intent'; intent: string }
  | { kind: 'unclear'; outOfScope: boolean };

export interface Understanding {
  readonly route: Route;
  /** The intent the turn is about (null when out of scope or unknown). */
  readonly intent: string | null;
  readonly confidence: number;
  readonly outOfScope: boolean;
  /** True only for a confidently recognised intent the catalogue marks human-only. */
  readonly humanOnly: boolean;
  readonly customerAskedForHuman: boolean;
  /** The customer said the last answer did not help. */
  readonly notHelped: boolean;
}

/** A pending question is asked at most twice before the engine moves on. */
export const MAX_ASKS = 2;

export interface UnderstandInput {
  readonly text: string;
  readonly pending: PendingQuestion | null;
  readonly guess: IntentGuess;
  readonly catalogue: IntentCatalogue;
  /** Below this confidence an intent is not acted on (the escalation policy's floor). */
  readonly confidenceFloor: number;
}

export function understand(input: UnderstandInput): Understanding {
  const { text, pending, guess } = input;
  const notHelped = saysItDidNotHelp(text);
  // "Still doesn't help" carries no request, whatever label the classifier guesses for it.
  const confident = !guess.outOfScope && guess.confidence >= input.confidenceFloor && !onlySaysItDidNotHelp(text);
  const humanOnlyIntent = (intent: string) => input.catalogue.intents.find((i) => i.id === intent)?.humanOnly === true;
  const sure = (route: Route, intent: string | null): Understanding => ({
    route,
    intent,
    confidence: 1,
    outOfScope: false,
    humanOnly: false,
    customerAskedForHuman: route.kind === 'human',
    notHelped,
  });

  if (detectHumanRequest(text) || (confident && guess.intent === 'talk_to_human')) {
    // "I need to speak to someone, I'm struggling financially": the person they get should be the right one.
    return sure({ kind: 'human' }, confident ? guess.intent : 'talk_to_human');
  }

  if (pending) {
    const answer = pendingAnswer(text, pending);
    const pendingIntent = pending.kind === 'anything_else' ? null : pending.intent;
    if (answer) return sure(answer, answer.kind === 'end' ? 'goodbye' : pendingIntent);
  }

  let intent = guess.intent;
  // "Open a dispute, it never arrived" is the one dispute the assistant may help with (see item_not_received).
  if (intent === 'open_dispute' && saysItemNotArrived(text)) intent = 'item_not_received';
  const guessed = (route: Route): Understanding => ({
    route,
    intent: guess.outOfScope ? null : intent,
    confidence: guess.confidence,
    outOfScope: guess.outOfScope,
    humanOnly: confident && humanOnlyIntent(intent),
    customerAskedForHuman: false,
    notHelped,
  });

  if (pending && pending.kind !== 'anything_else' && !(confident && intent !== pending.intent) && pending.asked < MAX_ASKS) {
    return guessed({ kind: 'reask', pending });
  }
  if (confident) return guessed({ kind: 'intent', intent });
  // "Refund me" in any wrapping gets the same honest answer: refunds come from the shop; here is the status.
  if (asksForRefund(text)) return { ...guessed({ kind: 'intent', intent: 'refund_status' }), intent: 'refund_status', outOfScope: false };
  return guessed({ kind: 'unclear', outOfScope: guess.outOfScope });
}

/** The message read as an answer to the pending question, or null when it is not one. */
function pendingAnswer(text: string, pending: PendingQuestion): Route | null {
  switch (pending.kind) {
    case 'confirm_action': {
      const answer = yesOrNo(text);
      return answer ? { kind: 'confirm', pending, answer } : null;
    }
    case 'merchant_unanswered': {
      const answer = yesOrNo(text);
      return answer ? { kind: 'merchant_answer', pending, answer } : null;
    }
    case 'which_purchase': {
      const resolution = resolvePurchase(text, pending.candidates, { listed: true });
      if (resolution.kind === 'one') return { kind: 'purchase_chosen', intent: pending.intent, purchaseId: resolution.purchase.purchaseId, slots: pending.slots };
      if (resolution.kind === 'many' && resolution.matches.length < pending.candidates.length) return { kind: 'purchase_narrowed', pending, matches: resolution.matches };
      if (resolution.kind !== 'none') return null;
      // One of their purchases we did not list ("the headphones" when asked about Northwind).
      const other = resolvePurchase(text, pending.others);
      return other.kind === 'one' ? { kind: 'purchase_chosen', intent: pending.intent, purchaseId: other.purchase.purchaseId, slots: pending.slots } : null;
    }
    case 'which_card': {
      const cards = resolveCard(text, pending.candidates);
      const position = /^\s*(\d)\s*$/.exec(text);
      const listed = position ? pending.candidates[Number(position[1]) - 1] : undefined;
      const card = cards.length === 1 ? cards[0] : listed;
      return card ? { kind: 'card_chosen', intent: pending.intent, paymentMethodId: card.paymentMethodId } : null;
    }
    case 'anything_else': {
      if (isConversationEnd(text)) return { kind: 'end' };
      return yesOrNo(text) === 'yes' && text.trim().split(/\s+/).length <= 3 ? { kind: 'more' } : null;
    }
  }
}
