import { z } from 'zod';
import { disputeReasons } from '../back-office.js';
import { defineTool, type ToolDefinition, type ToolMode } from './definition.js';

const purchaseId = z.string().min(1).max(64).describe('The purchase id, e.g. pur_000123 (from list_purchases)');
const instalmentId = z.string().min(1).max(64).describe('The instalment id (from get_payment_schedule); omit for the next one due');
const noInput = z.strictObject({});

/** Every tool the assistant and agents act through. Descriptions are written for an LLM to choose by. */
export const toolCatalogue: ToolDefinition[] = [
  defineTool({
    name: 'get_customer_overview',
    description: "The signed-in customer's account: status, cards, number of active purchases, total outstanding, open cases.",
    kind: 'read',
    input: noInput,
    run: (bo, customerId) => bo.customerOverview(customerId),
  }),
  defineTool({
    name: 'list_purchases',
    description: "All of the customer's purchases, newest first, with merchant, amount, plan, status, outstanding balance and next payment due.",
    kind: 'read',
    input: noInput,
    run: (bo, customerId) => bo.listPurchases(customerId),
  }),
  defineTool({
    name: 'get_purchase',
    description: 'One purchase: merchant, amount, plan, status, outstanding balance, next payment, whether paused or disputed.',
    kind: 'read',
    input: z.strictObject({ purchaseId }),
    run: (bo, customerId, input) => bo.getPurchase(customerId, input.purchaseId),
  }),
  defineTool({
    name: 'get_payment_schedule',
    description: 'Every instalment of one purchase with its due date, amount and status (scheduled, late, paused, paid, refunded).',
    kind: 'read',
    input: z.strictObject({ purchaseId }),
    run: (bo, customerId, input) => bo.paymentSchedule(customerId, input.purchaseId),
  }),
  defineTool({
    name: 'get_next_payment',
    description: 'The next payment due across all purchases: date, amount, merchant.',
    kind: 'read',
    input: noInput,
    run: (bo, customerId) => bo.nextPayment(customerId),
  }),
  defineTool({
    name: 'get_refund_status',
    description: 'Refunds on one purchase: amount, pending or processed, and how much went back to the card.',
    kind: 'read',
    input: z.strictObject({ purchaseId }),
    run: (bo, customerId, input) => bo.refundStatus(customerId, input.purchaseId),
  }),
  defineTool({
    name: 'get_dispute_status',
    description: 'Disputes on one purchase: reason, open or resolved, outcome, and whether payments are paused.',
    kind: 'read',
    input: z.strictObject({ purchaseId }),
    run: (bo, customerId, input) => bo.disputeStatus(customerId, input.purchaseId),
  }),
  defineTool({
    name: 'explain_fees',
    description: 'Every fee on one purchase, the rule that charged it, the day it was charged, and the cap on late fees.',
    kind: 'read',
    input: z.strictObject({ purchaseId }),
    run: (bo, customerId, input) => bo.feesExplained(customerId, input.purchaseId),
  }),
  defineTool({
    name: 'extend_due_date',
    description: 'Move one instalment later by 1 to 10 days (once per instalment; not when already late; not past the next instalment).',
    kind: 'act',
    input: z.strictObject({ purchaseId, instalmentId: instalmentId.optional(), days: z.number().int().min(1).max(10).describe('Days to move it by, 1 to 10') }),
    run: (bo, customerId, input) => bo.extendDueDate(customerId, input),
  }),
  defineTool({
    name: 'pay_instalment_now',
    description: "Take one instalment now from the customer's default card (the next one due when none is named).",
    kind: 'act',
    input: z.strictObject({ purchaseId, instalmentId: instalmentId.optional() }),
    run: (bo, customerId, input) => bo.payInstalmentNow(customerId, input),
  }),
  defineTool({
    name: 'report_return',
    description: "Record that the customer sent the item back: pauses the purchase's payments for 21 days while the merchant processes it.",
    kind: 'act',
    input: z.strictObject({ purchaseId }),
    run: (bo, customerId, input) => bo.reportReturn(customerId, input),
  }),
  defineTool({
    name: 'change_default_payment_method',
    description: "Make one of the customer's saved cards the card future payments are taken from.",
    kind: 'act',
    input: z.strictObject({ paymentMethodId: z.string().min(1).max(64).describe('The card id, e.g. pm_000123') }),
    run: (bo, customerId, input) => bo.changeDefaultPaymentMethod(customerId, input),
  }),
  defineTool({
    name: 'open_dispute',
    description: 'Open a dispute with the merchant on one purchase; payments are paused while it is open.',
    kind: 'act',
    input: z.strictObject({
      purchaseId,
      reason: z.enum(disputeReasons),
      details: z.string().max(1000).optional(),
      merchantUnresponsive: z.boolean().optional().describe('true when the customer asked the merchant and had no answer within 7 days'),
    }),
    run: (bo, customerId, input) => bo.openDispute(customerId, input),
  }),
  defineTool({
    name: 'request_hardship_arrangement',
    description: 'Record that the customer is struggling to pay and wants a hardship arrangement; a certified specialist follows up.',
    kind: 'act',
    input: z.strictObject({ reason: z.string().min(1).max(1000) }),
    run: (bo, customerId, input) => bo.requestHardship(customerId, input),
  }),
  defineTool({
    name: 'close_account',
    description: 'Close the customer account (only possible with nothing left to pay).',
    kind: 'act',
    input: z.strictObject({ reason: z.string().max(500).optional() }),
    run: (bo, customerId, input) => bo.closeAccount(customerId, input),
  }),
  defineTool({
    name: 'report_unauthorised_purchase',
    description: "Report a purchase the customer did not make: freezes the card it was made with and opens a fraud case.",
    kind: 'act',
    input: z.strictObject({ purchaseId, details: z.string().max(1000).optional() }),
    run: (bo, customerId, input) => bo.reportUnauthorisedPurchase(customerId, input),
  }),
  defineTool({
    name: 'log_complaint',
    description: 'Log a formal complaint (acknowledged within 3 business days, final response within 8 weeks).',
    kind: 'act',
    input: z.strictObject({ summary: z.string().min(1).max(2000), purchaseId: purchaseId.optional() }),
    run: (bo, customerId, input) => bo.logComplaint(customerId, input),
  }),
];

export const toolsByName = new Map(toolCatalogue.map((t) => [t.name, t]));

/**
 * The default policy (an admin can change it): reads are free; anything that moves money or changes a
 * plan needs the customer's explicit yes; the risky ones are for people. "Item not received after the
 * merchant did not answer" is the one dispute the AI may open (with confirmation): see toolModeFor.
 */
export const defaultToolPolicy: Record<string, ToolMode> = {
  get_customer_overview: 'ai',
  list_purchases: 'ai',
  get_purchase: 'ai',
  get_payment_schedule: 'ai',
  get_next_payment: 'ai',
  get_refund_status: 'ai',
  get_dispute_status: 'ai',
  explain_fees: 'ai',
  extend_due_date: 'confirm',
  pay_instalment_now: 'confirm',
  report_return: 'confirm',
  change_default_payment_method: 'confirm',
  open_dispute: 'human_only',
  request_hardship_arrangement: 'human_only',
  close_account: 'human_only',
  report_unauthorised_purchase: 'human_only',
  log_complaint: 'confirm',
};

/** The mode for one call: the policy's, except the documented dispute the AI may open with confirmation. */
export function toolModeFor(policy: Record<string, ToolMode>, tool: string, input: Record<string, unknown>): ToolMode {
  const mode = policy[tool] ?? 'human_only';
  if (tool === 'open_dispute' && mode === 'human_only' && input.reason === 'item_not_received' && input.merchantUnresponsive === true) return 'confirm';
  return mode;
}
