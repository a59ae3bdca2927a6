import type { ActionReceipt } from '../../backoffice/back-office.js';
import type { ProposedAction } from './memory.js';
import { answered, failed, type Step } from './step.js';
import type { TurnContext } from './turn-context.js';

/**
 * Runs an action the customer has just said yes to, exactly as proposed (arguments were fixed when the
 * proposal was made from their own data). The reply restates the receipt, which is this turn's source.
 */
export async function runConfirmedAction(turn: TurnContext, action: ProposedAction): Promise<Step> {
  const outcome = await turn.act<ActionReceipt>(action.tool, action.args, action.idempotencyKey);
  if (!outcome.ok) {
    return failed(`Sorry, that didn't go through: ${outcome.message.replace(/^\w+: /, '')}. Nothing has been changed.`);
  }
  const receipt = outcome.data;
  turn.addFact(receipt.summary, outcome.citation);
  const reference = receipt.reference ? ` Your reference is ${receipt.reference}.` : '';
  return answered(outcome.replayed ? `That's already done: ${receipt.summary}${reference}` : `Done. ${receipt.summary}${reference}`);
}

/** The customer said no: nothing is run, and the proposal is forgotten. */
export function declineAction(action: ProposedAction): Step {
  const what = action.tool === 'log_complaint' ? "I won't log the complaint" : "I won't make that change";
  return answered(`OK, ${what}. Nothing has been changed.`);
}
