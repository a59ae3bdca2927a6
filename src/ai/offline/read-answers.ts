import type { DisputeStatusView, InstalmentView, PurchaseSummary, RefundStatusView, ScheduleView } from '../../backoffice/back-office.js';
import type { CustomerOverview } from '../../backoffice/back-office.js';
import type { FeesExplained } from '../../domain/lending/index.js';
import { answered, failed, TOOL_TROUBLE, type Step } from './step.js';
import type { TurnContext } from './turn-context.js';

/**
 * Replies built from one read tool each. Every amount, date and status in them is copied from the tool
 * result of this turn (MoneyView.text, ISO dates), which is cited by the turn context.
 */
type NextDue = { instalmentId: string; dueDate: string; amount: { text: string }; purchaseId: string; merchant: string } | null;

export async function answerNextPayment(turn: TurnContext, today: string): Promise<Step> {
  const next = await turn.read<NextDue>('get_next_payment');
  if (!next.ok) return failed(TOOL_TROUBLE);
  if (next.data === null) return answered("You don't have any payments due at the moment.");
  const { amount, merchant, dueDate } = next.data;
  const sentence =
    dueDate < today
      ? `Your next payment is overdue: ${amount.text} to ${merchant} was due on ${dueDate}.`
      : `Your next payment is ${amount.text} to ${merchant}, due on ${dueDate}.`;
  turn.addFact(sentence, next.citation);
  return answered(`${sentence} It's taken automatically from your default card.`);
}

export async function answerBalance(turn: TurnContext): Promise<Step> {
  const overview = await turn.read<CustomerOverview>('get_customer_overview');
  if (!overview.ok) return failed(TOOL_TROUBLE);
  const owed = overview.data.outstanding.filter((m) => m.amountMinor > 0);
  const count = overview.data.activePurchases;
  const sentence =
    owed.length === 0
      ? "You don't owe anything at the moment."
      : `You owe ${owed.map((m) => m.text).join(' and ')} in total across ${count} active purchase${count === 1 ? '' : 's'}.`;
  turn.addFact(sentence, overview.citation);
  return answered(sentence);
}

function instalmentLine(i: InstalmentView): string {
  const state =
    i.status === 'paid'
      ? `paid${i.paidOn ? ` on ${i.paidOn}` : ''}`
      : i.status === 'late'
        ? 'overdue'
        : i.status === 'paused'
          ? `paused${i.pausedUntil ? ` until ${i.pausedUntil}` : ''}`
          : i.status === 'refunded'
            ? 'refunded'
            : 'scheduled';
  const moved = i.extendedByDays > 0 ? `, moved by ${i.extendedByDays} days` : '';
  return `- Payment ${i.sequence}: ${i.amount.text} due ${i.dueDate} (${state}${moved})`;
}

export async function answerSchedule(turn: TurnContext, purchase: PurchaseSummary): Promise<Step> {
  const schedule = await turn.read<ScheduleView>('get_payment_schedule', { purchaseId: purchase.purchaseId });
  if (!schedule.ok) return failed(TOOL_TROUBLE);
  const s = schedule.data;
  turn.addFact(`${s.merchant} (${s.plan}): ${s.outstanding.text} still to pay.`, schedule.citation);
  return answered([`Here's the schedule for your ${s.merchant} purchase (${s.plan}):`, ...s.instalments.map(instalmentLine), `Still to pay: ${s.outstanding.text}.`].join('\n'));
}

/** There is no refund tool: refunds are the merchant's to make, whatever a message asks. */
export const NO_REFUND_TOOL = "I can't issue refunds myself: refunds come from the shop.";

export async function answerRefundStatus(turn: TurnContext, purchase: PurchaseSummary, askedUsToRefund: boolean): Promise<Step> {
  const status = await turn.read<RefundStatusView>('get_refund_status', { purchaseId: purchase.purchaseId });
  if (!status.ok) return failed(TOOL_TROUBLE);
  const lines: string[] = [];
  if (askedUsToRefund) lines.push(`${NO_REFUND_TOOL} Here's where things stand:`);
  const { merchant, refunds } = status.data;
  if (refunds.length === 0) {
    lines.push(`I can't see a refund from ${merchant} on this purchase yet. Once the shop processes it, it will show in your account and reduce what you owe.`);
  }
  for (const r of refunds) {
    const when = r.status === 'processed' ? `processed on ${r.processedOn ?? r.requestedOn}` : `pending since ${r.requestedOn}`;
    let sentence = `Your ${r.kind} refund of ${r.amount.text} from ${merchant} was ${when}.`;
    if (r.status === 'processed' && r.toCard && r.toCard.amountMinor > 0) sentence += ` ${r.toCard.text} of it went back to your card.`;
    else if (r.status === 'processed') sentence += ' It reduced what you owe on this purchase, so nothing needed to go back to your card.';
    lines.push(sentence);
    turn.addFact(sentence, status.citation);
  }
  return answered(lines.join(' '));
}

export async function answerPartialRefund(turn: TurnContext, purchase: PurchaseSummary): Promise<Step> {
  const refund = await answerRefundStatus(turn, purchase, false);
  if (refund.failedAttempt) return refund;
  const schedule = await turn.read<ScheduleView>('get_payment_schedule', { purchaseId: purchase.purchaseId });
  if (!schedule.ok) return refund;
  const left = schedule.data.instalments.filter((i) => i.status === 'scheduled' || i.status === 'late' || i.status === 'paused');
  const lines = [refund.reply, left.length === 0 ? 'There is nothing left to pay on it.' : 'Your remaining payments are now:', ...left.map(instalmentLine)];
  return answered(lines.join('\n'));
}

export async function answerDisputeStatus(turn: TurnContext, purchase: PurchaseSummary): Promise<Step> {
  const status = await turn.read<DisputeStatusView>('get_dispute_status', { purchaseId: purchase.purchaseId });
  if (!status.ok) return failed(TOOL_TROUBLE);
  const { merchant, disputes, paymentsPaused } = status.data;
  if (disputes.length === 0) return answered(`There's no dispute on your ${merchant} purchase.`);
  const lines = disputes.map((d) => {
    const outcome = d.status === 'resolved' ? ` It was resolved on ${d.resolvedOn ?? 'record'}${d.outcome ? `: ${d.outcome}` : ''}.` : ' It is still open.';
    const sentence = `Your dispute with ${merchant} ("${d.reason}") was opened on ${d.openedOn}.${outcome}`;
    turn.addFact(sentence, status.citation);
    return sentence;
  });
  if (paymentsPaused) lines.push('Payments on this purchase are paused while the dispute is open.');
  return answered(lines.join(' '));
}

export async function answerFees(turn: TurnContext, purchase: PurchaseSummary): Promise<Step> {
  const fees = await turn.read<FeesExplained>('explain_fees', { purchaseId: purchase.purchaseId });
  if (!fees.ok) return failed(TOOL_TROUBLE);
  const { items, capText, rules } = fees.data;
  if (items.length === 0) return answered(`There are no late fees on your ${purchase.merchant} purchase. ${rules[0]?.text ?? ''}`.trim());
  const lines = items.map((item) => {
    const which = item.instalmentSequence === null ? 'a payment' : `payment ${item.instalmentSequence}`;
    const state = item.status === 'waived' ? ' (waived)' : item.status === 'paid' ? ' (paid)' : '';
    const sentence = `${item.amountText} was added on ${item.triggeredOn} because ${which} (due ${item.instalmentDueDate}) was ${item.daysLateWhenCharged} days late${state}.`;
    turn.addFact(`${purchase.merchant}: ${sentence}`, fees.citation);
    return sentence;
  });
  const rule = items[0]?.ruleText;
  return answered([`On your ${purchase.merchant} purchase: ${lines.join(' ')}`, rule, capText].filter(Boolean).join(' '));
}

export async function answerPauseStatus(turn: TurnContext, purchase: PurchaseSummary): Promise<Step> {
  const schedule = await turn.read<ScheduleView>('get_payment_schedule', { purchaseId: purchase.purchaseId });
  if (!schedule.ok) return failed(TOOL_TROUBLE);
  const paused = schedule.data.instalments.filter((i) => i.status === 'paused');
  if (paused.length === 0) return answered(`Payments on your ${schedule.data.merchant} purchase are not paused.`);
  const until = paused.map((i) => i.pausedUntil).filter((d): d is string => d !== null).sort();
  const why = purchase.openDispute ? 'while your dispute is open' : 'while the shop processes your return';
  const sentence = `Payments on your ${schedule.data.merchant} purchase are paused ${why}${until.length > 0 ? `, until ${until[until.length - 1]}` : ''}.`;
  turn.addFact(sentence, schedule.citation);
  return answered(sentence);
}
