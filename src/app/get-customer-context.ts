import { toolsByName } from '../backoffice/tools/catalogue.js';
import type { Principal } from '../domain/auth/access.js';
import type { AppDeps } from './deps.js';
import { AppError, forbidden } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import type { ToolDeps } from './run-tool.js';

/** The name the one audit row of a context load carries (not a tool anyone can call: a record of a look). */
export const CUSTOMER_CONTEXT_AUDIT_TOOL = 'view_customer_context';

type Read = { tool: string; args: Record<string, unknown>; ok: boolean };

/**
 * The customer's back-office context for the person handling the conversation: their account, purchases
 * and the schedule of each active purchase. Read through the same read tools as the assistant, and written
 * to the audit as ONE row per load under the agent's name (the agent looked at this customer's account in
 * this conversation), listing every read it made — not one row per purchase. Only the owning agent,
 * supervisors and the admin key may look.
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
  const reads: Read[] = [];
  const audit = (ok: boolean, result: Record<string, unknown>) =>
    deps.tools.audit.append({
      tool: CUSTOMER_CONTEXT_AUDIT_TOOL,
      actor,
      conversationId: conversation.id,
      customerId: conversation.customerId,
      args: {},
      result: { ...result, reads },
      ok,
      idempotencyKey: null,
      createdAt: deps.tools.clock.now(),
    });
  const read = async (name: string, args: Record<string, unknown> = {}) => {
    const tool = toolsByName.get(name);
    if (!tool || tool.kind !== 'read') throw new Error(`${name} is not a read tool`);
    const result = await tool.run(deps.tools.backOffice, conversation.customerId, tool.input.parse(args) as never);
    reads.push({ tool: name, args, ok: result.ok });
    if (!result.ok) {
      await audit(false, { code: result.code, message: result.message });
      throw new AppError(result.code === 'customer_not_found' ? 'not_found' : 'conflict', result.message);
    }
    return result.value;
  };
  const overview = await read('get_customer_overview');
  const purchases = (await read('list_purchases')) as { purchaseId: string; status: string }[];
  const schedules = [];
  for (const purchase of purchases.filter((p) => p.status === 'active')) schedules.push(await read('get_payment_schedule', { purchaseId: purchase.purchaseId }));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  await audit(true, { summary: `Viewed the account: ${plural(purchases.length, 'purchase')}, ${plural(schedules.length, 'payment schedule')}` });
  return { conversationId: conversation.id, customerId: conversation.customerId, overview, purchases, schedules };
}
