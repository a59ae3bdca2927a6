import type { Principal } from '../domain/auth/access.js';
import type { AppDeps } from './deps.js';
import { forbidden } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import { runTool, type ToolDeps, type ToolOutcome } from './run-tool.js';

/** An agent acts on the customer's account through the same tools as the assistant, audited under their name. */
export async function agentRunTool(
  deps: Pick<AppDeps, 'store'> & { tools: ToolDeps },
  input: { principal: Principal; conversationId: string; tool: string; args: Record<string, unknown>; idempotencyKey?: string },
): Promise<ToolOutcome> {
  const { principal } = input;
  if (principal.kind !== 'agent') throw forbidden('only agents act on a customer’s account');
  const conversation = await loadReadableConversation(deps.store, principal, input.conversationId);
  if (conversation.state !== 'assigned' || conversation.ownerAgentId !== principal.agentId) {
    throw forbidden('you can act only in a conversation you own');
  }
  return runTool(deps.tools, {
    tool: input.tool,
    args: input.args,
    actor: { kind: 'agent', agentId: principal.agentId },
    customerId: conversation.customerId,
    conversationId: conversation.id,
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
  });
}
