import { z } from 'zod';
import { canonicalJson } from './action-key.js';
import { isAffirmative } from './affirmation.js';

/**
 * The confirmation protocol for actions (tools that move money or change a plan). The model never acts on
 * its own say-so:
 * 1. It proposes: it calls the tool with `customerConfirmed: false`. Nothing runs; the proposal (tool and
 *    exact arguments) is kept in the engine memory for exactly one turn, and the model asks the customer.
 * 2. On the customer's next message, a call with `customerConfirmed: true` runs only if it is the same tool
 *    with the same arguments as the proposal AND that message is a plain yes (isAffirmative).
 * Anything else is refused back to the model with what to do, and becomes the new proposal.
 */
export type PendingAction = { tool: string; args: Record<string, unknown> };

export type GateDecision = { run: true } | { run: false; code: 'confirmation_required'; message: string; propose: PendingAction };

export type ProposedCall = { tool: string; args: Record<string, unknown>; modelSaysConfirmed: boolean };

export type GateContext = { pending: PendingAction | null; lastCustomerMessage: string };

const describe = (action: PendingAction): string => `${action.tool} ${canonicalJson(action.args)}`;

function sameAction(a: PendingAction | null, b: PendingAction): boolean {
  return a !== null && a.tool === b.tool && canonicalJson(a.args) === canonicalJson(b.args);
}

export function gateAction(call: ProposedCall, context: GateContext): GateDecision {
  const action: PendingAction = { tool: call.tool, args: call.args };
  const proposed = sameAction(context.pending, action);
  const saidYes = isAffirmative(context.lastCustomerMessage);
  if (call.modelSaysConfirmed && proposed && saidYes) return { run: true };
  const ask = `Ask the customer to confirm exactly this action: ${describe(action)}. Only when their next message says yes, call ${call.tool} again with the same arguments and customerConfirmed true.`;
  const why = !call.modelSaysConfirmed
    ? 'Not done yet: recorded as a proposal.'
    : !proposed
      ? 'Not done: the customer has not said yes to exactly this action, proposed in your previous message.'
      : "Not done: the customer's latest message is not a clear yes.";
  return { run: false, code: 'confirmation_required', message: `${why} ${ask}`, propose: action };
}

const pendingSchema = z.object({ tool: z.string().min(1), args: z.record(z.string(), z.unknown()) });

/** The proposal carried in engine memory from the previous turn, if it is well-formed. */
export function pendingFromMemory(memory: Record<string, unknown>): PendingAction | null {
  const parsed = pendingSchema.safeParse(memory.pendingAction);
  return parsed.success ? parsed.data : null;
}
