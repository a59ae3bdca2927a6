import type { InstalmentView, PurchaseSummary, ScheduleView } from '../../backoffice/back-office.js';
import { addDays, diffDays } from '../../domain/lending/index.js';
import { POLICY } from '../knowledge/index.js';
import { articleSentencesFor } from './article-answer.js';
import type { EngineParts } from './engine-parts.js';
import type { ProposedAction } from './memory.js';
import { answered, asking, failed, TOOL_TROUBLE, type Step } from './step.js';
import type { TurnContext } from './turn-context.js';

/**
 * Proposals for actions on one purchase. Each states the exact effect with this turn's figures and asks
 * for a yes; nothing changes until the customer confirms (see action-execution.ts). The idempotency key
 * names conversation, action, purchase and instalment, so a repeated yes cannot act twice.
 */
export const idempotencyKey = (conversationId: string, action: string, purchase: string | null, instalment: string | null): string =>
  `${conversationId}:${action}:${purchase ?? '-'}:${instalment ?? '-'}`;

export const CONFIRM_QUESTION = 'Shall I go ahead? (yes/no)';

function propose(intent: string, action: ProposedAction): Step {
  return asking(`${action.effect} ${CONFIRM_QUESTION}`, { kind: 'confirm_action', intent, action, asked: 1 });
}

const owed = (i: InstalmentView) => i.status === 'scheduled' || i.status === 'late';
const byDue = (a: InstalmentView, b: InstalmentView) => a.dueDate.localeCompare(b.dueDate) || a.sequence - b.sequence;

/** Nothing to act on: either it is all paid, or what is left is paused (a return or a dispute). */
function nothingToDo(schedule: ScheduleView): Step {
  const paused = schedule.instalments.some((i) => i.status === 'paused');
  return answered(
    paused
      ? `The payments left on your ${schedule.merchant} purchase are paused at the moment, so there's nothing to change now.`
      : `There's nothing left to pay on your ${schedule.merchant} purchase.`,
  );
}

async function nextOwed(turn: TurnContext, purchase: PurchaseSummary): Promise<{ schedule: ScheduleView; target: InstalmentView | undefined } | null> {
  const schedule = await turn.read<ScheduleView>('get_payment_schedule', { purchaseId: purchase.purchaseId });
  if (!schedule.ok) return null;
  return { schedule: schedule.data, target: schedule.data.instalments.filter(owed).sort(byDue)[0] };
}

export async function proposeExtension(turn: TurnContext, parts: EngineParts, purchase: PurchaseSummary, requestedDays: number | null): Promise<Step> {
  const found = await nextOwed(turn, purchase);
  if (!found) return failed(TOOL_TROUBLE);
  const { schedule, target } = found;
  if (!target) return nothingToDo(schedule);
  const rules = articleSentencesFor(turn, parts, 'extending-a-due-date', 'extend each instalment once before the payment is late', { maxSentences: 2 });
  if (target.status === 'late') {
    return failed(`Your ${schedule.merchant} payment of ${target.amount.text} was due on ${target.dueDate}, so it's already overdue and can't be moved. ${rules ?? ''} I can take it now instead if you like.`.trim());
  }
  if (target.extendedByDays > 0) {
    return failed(`Your ${schedule.merchant} payment due ${target.dueDate} has already been moved once, and each payment can only be moved once. ${rules ?? ''}`.trim());
  }
  // Not past the next payment still owed: the new date must be at least a day before it (lending rule).
  const later = schedule.instalments.filter((i) => i.sequence > target.sequence && (owed(i) || i.status === 'paused')).sort((a, b) => a.sequence - b.sequence)[0];
  const roomDays = later ? diffDays(later.dueDate, target.dueDate) - 1 : POLICY.extensions.maxDays;
  const maxDays = Math.min(POLICY.extensions.maxDays, roomDays);
  if (maxDays < 1) return failed(`Your ${schedule.merchant} payment due ${target.dueDate} can't be moved without running into your next payment.`);
  const wanted = requestedDays ?? 7;
  const days = Math.max(1, Math.min(wanted, maxDays));
  const limitNote = wanted > days ? ' (the furthest it can go)' : '';
  const newDate = addDays(target.dueDate, days);
  return propose('extend_due_date', {
    tool: 'extend_due_date',
    args: { purchaseId: purchase.purchaseId, instalmentId: target.instalmentId, days },
    idempotencyKey: idempotencyKey(turn.conversationId, 'extend_due_date', purchase.purchaseId, target.instalmentId),
    effect: `I can move your ${schedule.merchant} payment of ${target.amount.text} due ${target.dueDate} to ${newDate}${limitNote}.`,
  });
}

export async function proposePayNow(turn: TurnContext, purchase: PurchaseSummary): Promise<Step> {
  const found = await nextOwed(turn, purchase);
  if (!found) return failed(TOOL_TROUBLE);
  const { schedule, target } = found;
  if (!target) return nothingToDo(schedule);
  return propose('pay_early', {
    tool: 'pay_instalment_now',
    args: { purchaseId: purchase.purchaseId, instalmentId: target.instalmentId },
    idempotencyKey: idempotencyKey(turn.conversationId, 'pay_instalment_now', purchase.purchaseId, target.instalmentId),
    effect: `I can take ${target.amount.text} now from your default card for your ${schedule.merchant} payment due ${target.dueDate}.`,
  });
}

export async function proposeReturn(turn: TurnContext, parts: EngineParts, purchase: PurchaseSummary): Promise<Step> {
  const fresh = await turn.read<PurchaseSummary>('get_purchase', { purchaseId: purchase.purchaseId });
  if (!fresh.ok) return failed(TOOL_TROUBLE);
  const p = fresh.data;
  if (p.paused) return answered(`Payments on your ${p.merchant} purchase are already paused, so there's nothing more to report.`);
  const pause = articleSentencesFor(turn, parts, 'reporting-a-return', 'reporting a return pauses the payments for that order', { maxSentences: 1 });
  return propose('report_return', {
    tool: 'report_return',
    args: { purchaseId: p.purchaseId },
    idempotencyKey: idempotencyKey(turn.conversationId, 'report_return', p.purchaseId, null),
    effect: `I can record that you've sent back your ${p.merchant} order (${p.description}, ${p.amount.text}). ${pause ?? ''}`.trim(),
  });
}

/** Item not received: first ask whether the shop has had its chance (the tool's own condition). */
export function askMerchantContacted(purchase: PurchaseSummary): Step {
  const days = POLICY.disputes.merchantResponseDays;
  return asking(
    `I'm sorry your ${purchase.merchant} order (${purchase.description}) hasn't arrived. Have you already asked ${purchase.merchant} about it and had no answer for ${days} days or more? (yes/no)`,
    { kind: 'merchant_unanswered', intent: 'item_not_received', purchaseId: purchase.purchaseId, asked: 1 },
  );
}

export async function proposeNotReceivedDispute(turn: TurnContext, purchaseId: string): Promise<Step> {
  const fresh = await turn.read<PurchaseSummary>('get_purchase', { purchaseId });
  if (!fresh.ok) return failed(TOOL_TROUBLE);
  const p = fresh.data;
  if (p.openDispute) return answered(`There's already an open dispute on your ${p.merchant} purchase.`);
  return propose('item_not_received', {
    tool: 'open_dispute',
    args: {
      purchaseId: p.purchaseId,
      reason: 'item_not_received',
      merchantUnresponsive: true,
      details: `Customer says the order has not arrived and the shop has not answered for ${POLICY.disputes.merchantResponseDays} days.`,
    },
    idempotencyKey: idempotencyKey(turn.conversationId, 'open_dispute', p.purchaseId, null),
    effect: `I can open a dispute with ${p.merchant} about your ${p.description} order, because it hasn't arrived and they haven't answered you. Its payments will be paused while the dispute is open.`,
  });
}
