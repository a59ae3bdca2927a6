import { z } from 'zod';
import type { AssistantMemory } from '../engine.js';

/**
 * What the offline engine remembers between turns of one conversation, stored by the application as
 * JSON (`AssistantMemory`). Candidates for a "which purchase?" question keep the few fields the answer
 * is matched against, so the next message resolves without a tool call; replies never quote them (a
 * reply's figures come from this turn's tool results).
 */
const purchaseCandidate = z.object({
  purchaseId: z.string(),
  merchant: z.string(),
  description: z.string(),
  purchasedOn: z.string(),
  amountMinor: z.number().int(),
  outstandingMinor: z.number().int(),
  nextDueMinor: z.number().int().nullable(),
  nextDueDate: z.string().nullable(),
});
export type PurchaseCandidate = z.infer<typeof purchaseCandidate>;

const cardCandidate = z.object({ paymentMethodId: z.string(), brand: z.string(), last4: z.string() });
export type CardCandidate = z.infer<typeof cardCandidate>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** An action the customer has been asked to confirm, with the exact effect they were told. */
const proposedAction = z.object({
  tool: z.string(),
  args: z.record(z.string(), scalar),
  idempotencyKey: z.string(),
  effect: z.string(),
});
export type ProposedAction = z.infer<typeof proposedAction>;

/** Slot values said before the purchase was known ("move it by 3 days"), kept while we ask which one. */
const slots = z.object({ days: z.number().int().optional() });
export type Slots = z.infer<typeof slots>;

const pendingQuestion = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('which_purchase'),
    intent: z.string(),
    /** The purchases listed in the question, in the order shown ("the second one"). */
    candidates: z.array(purchaseCandidate),
    /** The customer's other purchases: the answer may name one we did not list. */
    others: z.array(purchaseCandidate),
    slots,
    asked: z.number().int(),
  }),
  z.object({ kind: z.literal('which_card'), intent: z.string(), candidates: z.array(cardCandidate), asked: z.number().int() }),
  z.object({ kind: z.literal('confirm_action'), intent: z.string(), action: proposedAction, asked: z.number().int() }),
  z.object({ kind: z.literal('merchant_unanswered'), intent: z.string(), purchaseId: z.string(), asked: z.number().int() }),
  z.object({ kind: z.literal('anything_else') }),
]);
export type PendingQuestion = z.infer<typeof pendingQuestion>;

const fact = z.object({ text: z.string(), citation: z.string() });
const tried = z.object({ tool: z.string(), resultSummary: z.string() });

const offlineMemory = z.object({
  version: z.literal(1),
  pending: pendingQuestion.nullable(),
  lastIntent: z.string().nullable(),
  /** Facts found so far, with their source, for a handoff summary. */
  facts: z.array(fact),
  /** Actions tried so far (ok or refused), for a handoff summary. */
  tried: z.array(tried),
});
export type OfflineMemory = z.infer<typeof offlineMemory>;

/** The handoff shows the most recent few; older ones are in the transcript and the tool audit. */
const KEEP = 12;

export const emptyMemory = (): OfflineMemory => ({ version: 1, pending: null, lastIntent: null, facts: [], tried: [] });

/**
 * Reads stored memory. Anything that does not parse (a first turn's `{}`, or memory written by the LLM
 * engine or an older version) starts a fresh memory: losing a pending question is recoverable, the
 * customer is simply asked again.
 */
export function readMemory(raw: AssistantMemory): OfflineMemory {
  const parsed = offlineMemory.safeParse(raw);
  return parsed.success ? parsed.data : emptyMemory();
}

export function writeMemory(memory: OfflineMemory): AssistantMemory {
  return { ...memory, facts: memory.facts.slice(-KEEP), tried: memory.tried.slice(-KEEP) };
}
