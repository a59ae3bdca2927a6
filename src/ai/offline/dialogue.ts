import { changeCard, proposeComplaint } from './account-actions.js';
import { declineAction, runConfirmedAction } from './action-execution.js';
import { articleAnswer, articleSentencesFor } from './article-answer.js';
import { asksForRefund, requestedDays } from './conversation-phrases.js';
import type { EngineParts } from './engine-parts.js';
import { CAPABILITIES, INTENT_POLICIES, type PurchaseNeed, type PurchaseTask } from './intent-policies.js';
import type { Slots } from './memory.js';
import { askMerchantContacted, proposeExtension, proposeNotReceivedDispute, proposePayNow, proposeReturn } from './purchase-actions.js';
import { askAgain, pickPurchase, refreshPurchase, type PurchasePick } from './purchase-step.js';
import { answerBalance, answerDisputeStatus, answerFees, answerNextPayment, answerPartialRefund, answerPauseStatus, answerRefundStatus, answerSchedule, NO_REFUND_TOOL } from './read-answers.js';
import { aboutAssistant, smalltalk } from './smalltalk.js';
import { answered, asking, goodbye, saying, type Step } from './step.js';
import type { TurnContext } from './turn-context.js';
import type { Route, Understanding } from './understand.js';

/** Runs the dialogue policy for one understood message. Escalation has already been ruled out. */
export async function runDialogue(turn: TurnContext, parts: EngineParts, understanding: Understanding, text: string): Promise<Step> {
  const { route } = understanding;
  switch (route.kind) {
    case 'human':
      // Never reached: a request for a human always escalates first.
      return saying('A member of our team will be with you shortly.');
    case 'confirm':
      return route.answer === 'yes' ? runConfirmedAction(turn, route.pending.action) : declineAction(route.pending.action);
    case 'merchant_answer':
      if (route.answer === 'yes') return proposeNotReceivedDispute(turn, route.pending.purchaseId);
      return answered(
        articleSentencesFor(turn, parts, 'item-not-received', 'check the tracking, contact the shop and ask them to trace it', { maxSentences: 2 }) ??
          'Please contact the shop first and ask them to trace your order.',
      );
    case 'purchase_chosen': {
      const policy = INTENT_POLICIES[route.intent];
      if (policy?.kind !== 'purchase') return unclear(false);
      return runPurchaseTask(turn, parts, policy.then, await refreshPurchase(turn, route.purchaseId), route.slots, text, route.intent);
    }
    case 'purchase_narrowed': {
      const need = purchaseNeed(route.pending.intent);
      if (!need) return unclear(false);
      const ids = route.matches.map((m) => m.purchaseId);
      return askAgain(turn, route.pending.intent, need, ids, route.pending.slots, route.pending.asked + 1);
    }
    case 'card_chosen':
      return changeCard(turn, parts, text, route.paymentMethodId);
    case 'reask':
      return reask(turn, parts, route.pending);
    case 'end':
      return goodbye("You're welcome, I'm glad I could help. Goodbye!");
    case 'more':
      return saying('Of course. What else can I help with?');
    case 'unclear':
      return understanding.notHelped ? { ...notHelpedStep(), failedAttempt: true } : unclear(route.outOfScope);
    case 'intent':
      return runIntent(turn, parts, route.intent, text, understanding.notHelped);
  }
}

async function runIntent(turn: TurnContext, parts: EngineParts, intent: string, text: string, notHelped: boolean): Promise<Step> {
  const policy = INTENT_POLICIES[intent];
  const step = await (async (): Promise<Step> => {
    if (!policy) return articleStep(turn, parts, intent, text);
    switch (policy.kind) {
      case 'smalltalk':
        return smalltalk(intent, turn);
      case 'about':
        return aboutAssistant(turn, parts);
      case 'account_read':
        return policy.tool === 'get_next_payment' ? answerNextPayment(turn, turn.today) : answerBalance(turn);
      case 'change_card':
        return changeCard(turn, parts, text, null);
      case 'complaint':
        return proposeComplaint(turn, turn.input.transcript.filter((m) => m.authorKind === 'customer').map((m) => m.body));
      case 'purchase': {
        const slots: Slots = { ...(requestedDays(text) !== null ? { days: requestedDays(text) as number } : {}) };
        const preface = intent === 'refund_status' && asksForRefund(text) ? NO_REFUND_TOOL : '';
        const pick = await pickPurchase(turn, intent, policy.purchase, text, slots, preface);
        if (pick.kind === 'none') return policy.purchase.none === 'articles' ? articleStep(turn, parts, intent, text) : answered(policy.purchase.none.say);
        return runPurchaseTask(turn, parts, policy.then, pick, slots, text, intent);
      }
    }
  })();
  return notHelped ? { ...step, failedAttempt: true } : step;
}

async function runPurchaseTask(turn: TurnContext, parts: EngineParts, task: PurchaseTask, pick: PurchasePick, slots: Slots, text: string, intent: string): Promise<Step> {
  if (pick.kind === 'step') return pick.step;
  if (pick.kind === 'none') return articleStep(turn, parts, intent, text);
  const { purchase } = pick;
  switch (task) {
    case 'schedule':
      return answerSchedule(turn, purchase);
    case 'refund_status':
      return answerRefundStatus(turn, purchase, asksForRefund(text) || turn.input.transcript.some((m) => m.authorKind === 'customer' && asksForRefund(m.body)));
    case 'partial_refund':
      return answerPartialRefund(turn, purchase);
    case 'dispute_status':
      return answerDisputeStatus(turn, purchase);
    case 'fees':
      return answerFees(turn, purchase);
    case 'pause_status':
      return answerPauseStatus(turn, purchase);
    case 'propose_extension':
      return proposeExtension(turn, parts, purchase, slots.days ?? requestedDays(text));
    case 'propose_pay_now':
      return proposePayNow(turn, purchase);
    case 'propose_return':
      return proposeReturn(turn, parts, purchase);
    case 'item_not_received':
      return askMerchantContacted(purchase);
  }
}

function articleStep(turn: TurnContext, parts: EngineParts, intent: string, text: string): Step {
  const answer = articleAnswer(turn, parts, intent, text);
  return answer ? answered(answer) : unclear(false);
}

function purchaseNeed(intent: string): PurchaseNeed | null {
  const policy = INTENT_POLICIES[intent];
  return policy?.kind === 'purchase' ? policy.purchase : null;
}

async function reask(turn: TurnContext, parts: EngineParts, pending: Extract<Route, { kind: 'reask' }>['pending']): Promise<Step> {
  switch (pending.kind) {
    case 'which_purchase': {
      const need = purchaseNeed(pending.intent);
      if (!need) return unclear(false);
      return askAgain(turn, pending.intent, need, pending.candidates.map((c) => c.purchaseId), pending.slots, pending.asked + 1);
    }
    case 'confirm_action':
      return asking(`Sorry, I need a clear yes or no. ${pending.action.effect} Shall I go ahead? (yes/no)`, { ...pending, asked: pending.asked + 1 });
    case 'merchant_unanswered':
      return asking('Sorry, I need a yes or no: have you already asked the shop and had no answer?', { ...pending, asked: pending.asked + 1 });
    case 'which_card':
      return changeCard(turn, parts, '', null, pending.asked + 1);
  }
}

export function unclear(outOfScope: boolean): Step {
  return saying(
    outOfScope
      ? `Sorry, I can only help with your Tandem Pay account: ${CAPABILITIES}. What can I help you with?`
      : `Sorry, I'm not sure I understood. I can help with ${CAPABILITIES}. Could you tell me a bit more?`,
  );
}

function notHelpedStep(): Step {
  return saying(`I'm sorry that didn't help. Could you tell me a bit more about what you need? I can help with ${CAPABILITIES}.`);
}
