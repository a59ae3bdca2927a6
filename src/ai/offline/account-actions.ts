import type { CustomerOverview } from '../../backoffice/back-office.js';
import { articleAnswer } from './article-answer.js';
import { cardLabel, resolveCard } from './card-resolver.js';
import type { EngineParts } from './engine-parts.js';
import { CONFIRM_QUESTION, idempotencyKey } from './purchase-actions.js';
import { answered, asking, failed, TOOL_TROUBLE, type Step } from './step.js';
import type { TurnContext } from './turn-context.js';

type Card = CustomerOverview['paymentMethods'][number];

/** A card that has not reached the end of its expiry month ("MM/YYYY"). */
function usable(card: Card, today: string): boolean {
  const [month, year] = card.expires.split('/').map(Number) as [number, number];
  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return !card.frozen && (year > thisYear || (year === thisYear && month >= thisMonth));
}

/**
 * Change the card payments come from: only to another of the customer's own saved cards. Adding a new
 * card happens in the app, so with no other usable card the answer comes from the help article.
 */
export async function changeCard(turn: TurnContext, parts: EngineParts, text: string, chosenId: string | null, asked = 1): Promise<Step> {
  const overview = await turn.read<CustomerOverview>('get_customer_overview');
  if (!overview.ok) return failed(TOOL_TROUBLE);
  const { paymentMethods: cards, defaultPaymentMethod: current } = overview.data;
  const named = chosenId ? cards.filter((c) => c.paymentMethodId === chosenId) : resolveCard(text, cards);
  const others = cards.filter((c) => c.paymentMethodId !== current?.paymentMethodId && usable(c, turn.today));

  let card: Card | undefined;
  if (named.length === 1) {
    card = named[0] as Card;
    if (card.paymentMethodId === current?.paymentMethodId) return answered(`Your ${cardLabel(card)} is already the card your payments come from.`);
    if (!usable(card, turn.today)) return failed(`Your ${cardLabel(card)} can't be used: it's ${card.frozen ? 'frozen' : `expired (${card.expires})`}.`);
  } else if (others.length === 1) {
    card = others[0];
  } else if (others.length > 1) {
    const list = others.map((c, n) => `${n + 1}. ${cardLabel(c)} (expires ${c.expires})`).join('\n');
    return asking(`Which card should your payments come from?\n${list}`, {
      kind: 'which_card',
      intent: 'change_payment_method',
      candidates: others.map((c) => ({ paymentMethodId: c.paymentMethodId, brand: c.brand, last4: c.last4 })),
      asked,
    });
  }
  if (!card) {
    const howTo = articleAnswer(turn, parts, 'change_payment_method', 'add a new card in the app and make it your default');
    return answered(howTo ?? 'You can add a new card in the app and make it your default there.');
  }
  const instead = current ? `, instead of your ${cardLabel(current)}` : '';
  const effect = `I can make your ${cardLabel(card)} (expires ${card.expires}) the card your payments are taken from${instead}.`;
  return asking(`${effect} ${CONFIRM_QUESTION}`, {
    kind: 'confirm_action',
    intent: 'change_payment_method',
    action: {
      tool: 'change_default_payment_method',
      args: { paymentMethodId: card.paymentMethodId },
      idempotencyKey: idempotencyKey(turn.conversationId, 'change_default_payment_method', null, card.paymentMethodId),
      effect,
    },
    asked: 1,
  });
}

const MAX_SUMMARY = 600;

/**
 * A formal complaint, in the customer's own words: their messages go into the complaint's free-text
 * summary (inert data in their own account), never into any other tool argument.
 */
export function proposeComplaint(turn: TurnContext, customerMessages: readonly string[]): Step {
  const summary = customerMessages.slice(-3).join(' / ').replace(/\s+/g, ' ').trim().slice(0, MAX_SUMMARY);
  const quote = summary.length > 160 ? `${summary.slice(0, 157)}...` : summary;
  const effect = `I'm sorry you've had a bad experience. I can log a formal complaint for you, saying: "${quote}".`;
  return asking(`${effect} ${CONFIRM_QUESTION}`, {
    kind: 'confirm_action',
    intent: 'complaint',
    action: { tool: 'log_complaint', args: { summary }, idempotencyKey: idempotencyKey(turn.conversationId, 'log_complaint', null, null), effect },
    asked: 1,
  });
}
