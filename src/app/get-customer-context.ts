import type { Principal } from '../domain/auth/access.js';
import type { AppDeps } from './deps.js';
import { AppError, forbidden } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import { runTool, type ToolDeps } from './run-tool.js';

/**
 * The customer's back-office context for the person handling the conversation: their account, purchases
 * and the schedule of each active purchase. Read through the same tools as the assistant, so every look
 * is in the audit under the agent's name. Only the owning agent, supervisors and the admin key may look.
 */
export async function getCustomerContext(
  deps: Pick<AppDeps, 'store'> & { tools: ToolDeps },
  input: { principal: Principal; conversationId: string },
) {
  const { principal } = input;
  if (principal.kind === 'customer') throw forbidden('customers read their own account through the assistant');
  const conversation = await loadReadableConversation(deps.store, principal, input.conversationId);
  if (principal.kind === 'agent' && principal.role !== 'supervisor' && conversation.ownerAgentId !== principal.agentId) {
    throw forbidden('only the agent who owns this conversation may read the customer’s account');
  }
  const actor = principal.kind === 'agent' ? ({ kind: 'agent', agentId: principal.agentId } as const) : ({ kind: 'agent', agentId: 'admin' } as const);
  const read = async (tool: string, args: Record<string, unknown> = {}) => {
    const outcome = await runTool(deps.tools, { tool, args, actor, customerId: conversation.customerId, conversationId: conversation.id });
    if (!outcome.ok) throw new AppError(outcome.code === 'customer_not_found' ? 'not_found' : 'conflict', outcome.message);
    return outcome.data;
  };
  const overview = await read('get_customer_overview');
  const purchases = (await read('list_purchases')) as { purchaseId: string; status: string }[];
  const schedules = [];
  for (const purchase of purchases.filter((p) => p.status === 'active')) schedules.push(await read('get_payment_schedule', { purchaseId: purchase.purchaseId }));
  return { conversationId: conversation.id, customerId: conversation.customerId, overview, purchases, schedules };
}
